// Hungarian: GDPR (általános adatvédelmi rendelet) citations, NAIH.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const hu = compactPack({
  id: 'hu', locale: 'hu-HU', country: 'Hungary', tz: '+0100', legacyCharset: 'iso-8859-2',
  names: ['Nagy Eszter', 'Kovács Péter', 'Tóth Anna', 'Szabó Gábor', 'Horváth Réka', 'Varga Dániel'],
  law: 'általános adatvédelmi rendelet (GDPR)', authority: 'Nemzeti Adatvédelmi és Információszabadság Hatósághoz',
  articles: gdprArticles((n) => `a GDPR ${n}. cikke`, 'a GDPR 7. cikk (3) bekezdése', 'a CCPA 1798.120. szakasza'),
  style: {
    hi: 'Jó napot!', dear: 'Tisztelt Hölgyem/Uram!', thanks: 'Köszönöm,', regards: 'Üdvözlettel:', mobile: 'iPhone-ról küldve',
    formalIntro: 'Ezúton élek az {law} szerinti jogaimmal.', deadline: 'Kérem, a GDPR 12. cikk (3) bekezdése szerinti egy hónapon belül válaszoljanak.',
    withdrawAny: 'Amennyiben bármely adatkezelés a hozzájárulásomon alapul, azt ezennel visszavonom.',
    angry: 'Már harmadszor írok ez ügyben, és még mindig senki nem válaszolt. Ez elfogadhatatlan.',
    complaint: 'Ha egy hónapon belül nem kapok választ, panaszt teszek a {authority}.',
  },
  subjects: ['Hozzáférési kérelem', 'Adataim helyesbítése', 'Fiókom törlése', 'Az adatkezelés korlátozása', 'Reklám e-mailek', 'Adataim exportja', 'Hozzájárulás visszavonása', 'Ne adják el az adataimat', 'A fiókom', 'Kérdés az adataimról'],
  asks: [
    ['Milyen személyes adatokat tárolnak rólam? Kérem, küldjenek róluk másolatot.', 'Hivatkozva arra, amit {art} biztosít, tájékoztatást kérek arról, hogy kezelik-e a személyes adataimat, és ha igen, kérem azok másolatát, az adatkezelés céljait, a címzetteket, a tárolás idejét és az adatok forrását.', 'Két éve nem használom a {product} szolgáltatást, és kíváncsi vagyok, mit őriznek még rólam. Meg tudnák mutatni mindazt, ami a(z) {email} címhez kapcsolódik?', 'Mondják meg, milyen fajta információkat gyűjtöttek rólam, honnan származnak, mire használják és kinek adták tovább.'],
    ['A vezetéknevem a fiókban és a számlákon „{wrong}” formában szerepel. Helyesen: „{last}”. Kérem, javítsák ki.', 'Hivatkozva arra, amit {art} biztosít, kérem a pontatlan adat helyesbítését: a nevem „{wrong}” formában szerepel, helyesen „{last}”.', 'Elköltöztem, és új e-mail-címem van. Kérem, frissítsék az adataimat, hogy minden a(z) {newEmail} címre menjen.', 'A rólam tárolt profil elavult és hiányos: a számlázási cím évek óta nem az enyém, és hiányzik a teljes nevem. Kérem, frissítsék.'],
    ['Kérem, töröljék a fiókomat és minden rólam tárolt személyes adatot.', 'Hivatkozva arra, amit {art} biztosít, kérem valamennyi rám vonatkozó személyes adat törlését, a fiókot és a biztonsági mentéseket is beleértve, kivéve amit jogszabály alapján meg kell őrizniük.', 'Végeztem a {product} szolgáltatással. Zárják le a fiókomat, és töröljenek mindent, ami rólam van, nem jövök vissza.', 'Legszívesebben semmit nem hagynék maguknál magamról: se fiókot, se régi átiratokat, se a nevemet tartalmazó naplókat. Egyszerűen tűnjön el minden.'],
    ['Kérem, korlátozzák az adataim kezelését, amíg a(z) {order} számla vitatott terheléseit vizsgálják.', 'Hivatkozva arra, amit {art} biztosít, kérem az adatkezelés korlátozását, mivel vitatom a fiókomhoz tartozó használati adatok pontosságát. A tisztázásig csak tárolják azokat.', 'Ne töröljenek semmit, de ne is használják semmire az adataimat, amíg a(z) {order} számlával kapcsolatos panaszom nem rendeződik.', 'Jogvitában állok egy volt üzlettársammal erről a fiókról. A döntésig hagyják az adataimat pontosan úgy, ahogy vannak: érintetlenül, használat és törlés nélkül.'],
    ['Kérem, ne küldjenek több reklám e-mailt. Csak a szolgáltatási értesítéseket kérem.', 'Hivatkozva arra, amit {art} biztosít, tiltakozom az adataim jogos érdekükön alapuló, elemzési és profilalkotási célú kezelése ellen.', 'Nem szeretném, ha a használati adataim a termékkutatásukba vagy a statisztikáikba kerülnének. Hagyják abba.', 'A fiókomat NE szüntessék meg. Csak hírlevelet és akciókat nem kérek többé, és szóljanak előre, ha a tiltakozás a fiók törlésével járna.'],
    ['Elküldenék az adataimat JSON vagy CSV formátumban?', 'Hivatkozva arra, amit {art} biztosít, kérem az általam megadott adatokat tagolt, széles körben használt, géppel olvasható formátumban.', 'Másik eszközre váltok, és minden projektemre, a feladatok előzményeire és a beállításaimra szükségem van egy ott importálható fájlban.', 'Kérem, a fiókom adatait közvetlenül a(z) {provider} részére továbbítsák, jövő hónaptól ők végzik ezt a munkát. JSON-fájlt várnak.'],
    ['Visszavonom a hírlevélhez és az analitikai sütikhez adott hozzájárulásomat.', 'Hivatkozva arra, amit {art} biztosít, visszavonom a termékelemzési célú adatkezeléshez adott hozzájárulásomat.', 'Regisztrációkor bejelöltem, hogy a feltöltött tartalmaimat a modelljeik fejlesztésére használhatják. Ezt az engedélyt visszavonom.', 'Engedélyt adtam, hogy a nevemet és a fotómat egy ügyféltörténetben használják. Ezt az engedélyt visszavonom, kérem, vegyék le.'],
    ['Ne adják el és ne osszák meg a személyes adataimat.', 'Hivatkozva arra, amit {art} biztosít, kérem, hogy ne adják el és ne osszák meg a személyes adataimat, viselkedésalapú hirdetésekhez sem. Kaliforniában élek.', 'Kérem, zárjanak ki a célzott hirdetésekből és minden hirdetési profilalkotásból.', 'Eladják az adataimat? Ha igen, hagyják abba. Nem szeretném, ha az adataim vagy a böngészésem hirdetőkhöz vagy adatkereskedőkhöz kerülne.'],
  ],
  multi: [
    'Először küldjenek másolatot minden rólam tárolt adatról. Ha megkaptam, töröljék a fiókomat és minden adatomat.',
    'Hozzáférést kérek a személyes adataimhoz, a célokat és a címzetteket is beleértve. Emellett tiltakozom az adataim közvetlen üzletszerzési és profilalkotási célú kezelése ellen.',
    'Töröljék a fiókomat és a személyes adataimat. Addig is tiltakozom az adataim bármilyen reklámcélú felhasználása ellen.',
  ],
  negatives: {
    billing: ['Kétszeres terhelés {order}', 'Jó napot!\n\nA(z) {order} számlát ({amount}) kétszer terhelték a kártyámra. Visszautalnák a különbözetet?\n\n{name}'],
    bug: ['Az export 500-as hibával leáll', 'Jó napot!\n\nReggel óta minden export 500-as hibával leáll. Feladat: {order}. Üzemzavar van?\n\n{name}'],
    phishing: ['Sürgős: erősítse meg hozzájárulását', 'Kedves Felhasználó!\n\nPostafiókját felfüggesztjük, ha 24 órán belül nem erősíti meg hozzájárulási beállításait. A felfüggesztés lemondásához lépjen be: http://secure-verify.example.net/hozzajarulas\n\nBiztonsági csapat'],
    sale_question: ['Eladnak adatokat?', 'Jó napot!\n\nEszközöket hasonlítok össze egy ügyfelemnek. A {product} elad vagy megoszt ügyféladatokat hirdetőkkel?\n\n{name}'],
    policy_question: ['Naplók megőrzése', 'Jó napot!\n\nMeddig őrzik a kérésnaplókat, és szerepelnek bennük IP-címek?\n\n{name}'],
    out_of_office: ['Automatikus válasz: {product}', 'Köszönöm üzenetét. {date}-ig szabadságon vagyok, e-mailjeimet nem olvasom. Sürgős ügyben: iroda@example.com.\n\n{name}'],
  },
});
