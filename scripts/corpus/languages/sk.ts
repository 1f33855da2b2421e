// Slovak: GDPR (všeobecné nariadenie) citations, Úrad na ochranu osobných údajov. Feminine first person.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const sk = compactPack({
  id: 'sk', locale: 'sk-SK', country: 'Slovakia', tz: '+0100', legacyCharset: 'iso-8859-2',
  names: ['Zuzana Horváthová', 'Martina Kováčová', 'Lenka Vargová', 'Monika Tóthová', 'Simona Baloghová', 'Veronika Szabová'],
  law: 'všeobecného nariadenia o ochrane údajov (GDPR)', authority: 'Úrade na ochranu osobných údajov',
  articles: gdprArticles((n) => `čl. ${n} GDPR`, 'čl. 7 ods. 3 GDPR', 'oddielu 1798.120 CCPA'),
  style: {
    hi: 'Dobrý deň,', dear: 'Vážení,', thanks: 'Ďakujem,', regards: 'S pozdravom', mobile: 'Odoslané z iPhonu',
    formalIntro: 'Týmto uplatňujem svoje práva podľa {law}.', deadline: 'Žiadam o odpoveď do jedného mesiaca podľa čl. 12 ods. 3 GDPR.',
    withdrawAny: 'Ak sa akékoľvek spracúvanie zakladá na mojom súhlase, týmto ho odvolávam.',
    angry: 'Píšem už tretíkrát a doteraz mi nikto neodpovedal. To je neprijateľné.',
    complaint: 'Ak do mesiaca nedostanem odpoveď, podám sťažnosť na {authority}.',
  },
  subjects: ['Žiadosť o prístup k osobným údajom', 'Oprava mojich údajov', 'Vymazanie účtu', 'Obmedzenie spracúvania', 'Reklamné e-maily', 'Export mojich údajov', 'Odvolanie súhlasu', 'Nepredávajte moje údaje', 'Môj účet', 'Otázka k mojim údajom'],
  asks: [
    ['Aké osobné údaje o mne máte? Pošlite mi prosím ich kópiu.', 'Podľa {art} žiadam o potvrdenie, či spracúvate moje osobné údaje, a ak áno, o ich kópiu spolu s účelmi, príjemcami, dobou uchovávania a zdrojom.', 'Už dva roky {product} nepoužívam a zaujíma ma, čo o mne ešte máte. Môžete mi ukázať všetko, čo súvisí s {email}?', 'Povedzte mi, aké druhy informácií ste o mne zhromaždili, odkiaľ pochádzajú, na čo ich používate a komu ste ich poskytli.'],
    ['Moje priezvisko je v účte a na faktúrach ako „{wrong}“. Správne je „{last}“. Opravte ho, prosím.', 'Podľa {art} žiadam o opravu nesprávnych údajov: moje priezvisko je vedené ako „{wrong}“, správne je „{last}“.', 'Presťahovala som sa a mám nový e-mail. Aktualizujte prosím moje údaje, nech všetko chodí na {newEmail}.', 'Môj profil u vás je zastaraný a neúplný: fakturačná adresa už roky nie je moja a chýba celé meno. Doplňte ho, prosím.'],
    ['Vymažte prosím môj účet a všetky osobné údaje, ktoré o mne máte.', 'Podľa {art} žiadam o vymazanie všetkých mojich osobných údajov vrátane účtu a záloh, okrem tých, ktoré musíte uchovávať zo zákona.', 'S {product} končím. Zrušte mi účet a vymažte všetko, čo o mne máte, už sa nevrátim.', 'Najradšej by som bola, keby po mne u vás nezostalo vôbec nič: žiadny účet, žiadne staré prepisy, žiadne logy s mojím menom. Nech to všetko jednoducho zmizne.'],
    ['Obmedzte prosím spracúvanie mojich údajov, kým preverujete sporné platby z faktúry {order}.', 'Podľa {art} žiadam o obmedzenie spracúvania, pretože namietam správnosť údajov o používaní pri mojom účte. Do vyjasnenia ich prosím len uchovávajte.', 'Nič nemažte, ale moje údaje ani na nič nepoužívajte, kým sa nevyrieši moja reklamácia faktúry {order}.', 'Vediem súdny spor s bývalým spoločníkom o tento účet. Do rozhodnutia nechajte moje údaje presne tak, ako sú: nedotknuté, nepoužívané a nevymazané.'],
    ['Prestaňte mi prosím posielať reklamné e-maily. Chcem len servisné správy.', 'Podľa {art} namietam spracúvanie mojich údajov na analýzy a profilovanie na základe vášho oprávneného záujmu.', 'Nechcem, aby údaje o mojom používaní končili vo vašom produktovom výskume alebo štatistikách. Prestaňte s tým.', 'Účet mi NERUŠTE. Len už nechcem newslettery a akcie, a dajte mi vopred vedieť, keby námietka mala viesť k vymazaniu účtu.'],
    ['Môžete mi poslať export mojich údajov v JSON alebo CSV?', 'Podľa {art} žiadam o poskytnutie údajov, ktoré som vám poskytla, v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte.', 'Prechádzam na iný nástroj a potrebujem všetky projekty, históriu úloh a nastavenia v súbore, ktorý tam naimportujem.', 'Preneste prosím údaje môjho účtu priamo spoločnosti {provider}, ktorá túto prácu od budúceho mesiaca preberá. Čakajú súbor JSON.'],
    ['Odvolávam súhlas s newsletterom a analytickými cookies.', 'Týmto odvolávam súhlas udelený podľa {art} so spracúvaním mojich údajov na produktové analýzy.', 'Pri registrácii som zaškrtla, že môžete používať môj nahraný obsah na zlepšovanie modelov. Toto povolenie ruším.', 'Dala som vám povolenie použiť moje meno a fotku v príbehu zákazníka. To povolenie beriem späť, stiahnite ich, prosím.'],
    ['Nepredávajte a nezdieľajte moje osobné informácie.', 'Podľa {art} žiadam, aby ste moje osobné informácie nepredávali ani nezdieľali, ani na behaviorálnu reklamu. Bývam v Kalifornii.', 'Vyraďte ma prosím z cielenej reklamy a akéhokoľvek reklamného profilovania.', 'Predávate moje údaje? Ak áno, prestaňte. Nechcem, aby moje údaje alebo moje prehliadanie končili u inzerentov alebo obchodníkov s údajmi.'],
  ],
  multi: [
    'Najprv mi pošlite kópiu všetkých údajov, ktoré o mne máte. Keď ju dostanem, vymažte môj účet a všetky moje údaje.',
    'Žiadam o prístup k svojim osobným údajom vrátane účelov a príjemcov. Zároveň namietam spracúvanie mojich údajov na priamy marketing a profilovanie.',
    'Vymažte môj účet a osobné údaje. Dovtedy namietam akékoľvek použitie mojich údajov na reklamu.',
  ],
  negatives: {
    billing: ['Dvojitá platba {order}', 'Dobrý deň,\n\nfaktúra {order} ({amount}) mi bola stiahnutá dvakrát. Môžete preplatok vrátiť?\n\n{name}'],
    bug: ['Export padá s chybou 500', 'Dobrý deň,\n\nod rána každý export skončí chybou 500. Úloha {order}. Máte výpadok?\n\n{name}'],
    phishing: ['Naliehavé: potvrďte svoj súhlas', 'Vážený používateľ,\n\nváš e-mail bude zablokovaný, ak do 24 hodín nepotvrdíte nastavenia súhlasu. Na odhlásenie z blokovania sa prihláste tu: http://secure-verify.example.net/suhlas\n\nBezpečnostný tím'],
    sale_question: ['Predávate údaje?', 'Dobrý deň,\n\nporovnávam nástroje pre klienta. Predáva alebo zdieľa {product} zákaznícke údaje s inzerentmi?\n\n{name}'],
    policy_question: ['Ako dlho uchovávate logy?', 'Dobrý deň,\n\nako dlho uchovávate logy požiadaviek a sú v nich IP adresy?\n\n{name}'],
    out_of_office: ['Automatická odpoveď: {product}', 'Ďakujem za správu. Do {date} som mimo kancelárie a poštu nečítam. V naliehavých prípadoch: kancelaria@example.com.\n\n{name}'],
  },
});
