// Lithuanian: Bendrasis duomenų apsaugos reglamentas (BDAR), VDAI.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const lt = compactPack({
  id: 'lt', locale: 'lt-LT', country: 'Lithuania', tz: '+0200', legacyCharset: 'iso-8859-13',
  names: ['Rūta Kazlauskienė', 'Jurgita Petrauskienė', 'Eglė Jankauskienė', 'Asta Stankevičienė', 'Inga Vasiliauskienė', 'Laura Žukauskienė'],
  law: 'Bendrąjį duomenų apsaugos reglamentą (BDAR)', authority: 'Valstybinei duomenų apsaugos inspekcijai',
  articles: gdprArticles((n) => `BDAR ${n} straipsnį`, 'BDAR 7 straipsnio 3 dalį', 'CCPA 1798.120 skirsnį'),
  style: {
    hi: 'Laba diena,', dear: 'Gerbiamieji,', thanks: 'Ačiū,', regards: 'Pagarbiai', mobile: 'Išsiųsta iš mano iPhone',
    formalIntro: 'Šiuo laišku įgyvendinu savo teises pagal {law}.', deadline: 'Prašau atsakyti per vieną mėnesį, kaip numato BDAR 12 straipsnio 3 dalis.',
    withdrawAny: 'Jei koks nors tvarkymas grindžiamas mano sutikimu, šiuo laišku jį atšaukiu.',
    angry: 'Rašau jau trečią kartą, ir iki šiol niekas neatsakė. Tai nepriimtina.',
    complaint: 'Jei per mėnesį negausiu atsakymo, pateiksiu skundą {authority}.',
  },
  subjects: ['Prašymas susipažinti su duomenimis', 'Mano duomenų ištaisymas', 'Ištrinkite mano paskyrą', 'Tvarkymo apribojimas', 'Reklaminiai laiškai', 'Mano duomenų eksportas', 'Sutikimo atšaukimas', 'Neparduokite mano duomenų', 'Mano paskyra', 'Klausimas apie mano duomenis'],
  asks: [
    ['Kokius mano asmens duomenis turite? Prašau atsiųsti jų kopiją.', 'Remdamasi {art}, prašau patvirtinti, ar tvarkote mano asmens duomenis, ir, jei taip, pateikti jų kopiją kartu su tikslais, gavėjais, saugojimo laikotarpiu ir šaltiniu.', 'Jau dvejus metus nesinaudoju {product} ir norėčiau žinoti, ką apie mane dar saugote. Ar galite parodyti viską, kas susiję su {email}?', 'Pasakykite, kokio pobūdžio informaciją apie mane surinkote, iš kur ji gauta, kam ją naudojate ir kam ją perdavėte.'],
    ['Mano pavardė paskyroje ir sąskaitose parašyta „{wrong}“. Teisingai – „{last}“. Prašau ištaisyti.', 'Remdamasi {art}, reikalauju ištaisyti netikslius duomenis: mano pavardė įrašyta kaip „{wrong}“, o teisinga yra „{last}“.', 'Persikrausčiau ir turiu naują el. pašto adresą. Prašau atnaujinti mano duomenis, kad viskas būtų siunčiama į {newEmail}.', 'Mano profilis pas jus pasenęs ir neišsamus: sąskaitų adresas jau daug metų ne mano, trūksta viso vardo. Prašau jį atnaujinti.'],
    ['Prašau ištrinti mano paskyrą ir visus mano asmens duomenis.', 'Remdamasi {art}, reikalauju ištrinti visus su manimi susijusius asmens duomenis, įskaitant paskyrą ir atsargines kopijas, išskyrus tuos, kuriuos privalote saugoti pagal įstatymą.', 'Su {product} baigiau. Uždarykite paskyrą ir ištrinkite viską, ką apie mane turite, nebegrįšiu.', 'Geriausia, kad pas jus apie mane neliktų nieko: nei paskyros, nei senų transkripcijų, nei žurnalų su mano vardu. Tiesiog tegul viskas išnyksta.'],
    ['Prašau apriboti mano duomenų tvarkymą, kol tikrinate ginčijamus mokėjimus pagal sąskaitą {order}.', 'Remdamasi {art}, reikalauju apriboti tvarkymą, nes ginčiju su mano paskyra susijusių naudojimo duomenų tikslumą. Kol bus išsiaiškinta, tik saugokite juos.', 'Nieko netrinkite, bet ir nenaudokite mano duomenų niekam, kol nebus išspręstas mano skundas dėl sąskaitos {order}.', 'Dėl šios paskyros bylinėjuosi su buvusiu verslo partneriu. Iki sprendimo palikite mano duomenis tokius, kokie yra: nepaliestus, nenaudojamus ir neištrintus.'],
    ['Prašau nebesiųsti man reklaminių laiškų. Noriu gauti tik paslaugos pranešimus.', 'Remdamasi {art}, nesutinku, kad mano duomenys būtų tvarkomi analitikai ir profiliavimui, remiantis jūsų teisėtu interesu.', 'Nenoriu, kad mano naudojimo duomenys patektų į jūsų produktų tyrimus ar statistiką. Liaukitės.', 'NEUŽDARYKITE mano paskyros. Tiesiog nebenoriu naujienlaiškių ir akcijų, ir praneškite iš anksto, jei dėl prieštaravimo paskyra būtų ištrinta.'],
    ['Ar galite atsiųsti mano duomenų eksportą JSON ar CSV formatu?', 'Remdamasi {art}, prašau pateikti mano jums pateiktus duomenis susistemintu, įprastai naudojamu ir kompiuterio skaitomu formatu.', 'Pereinu prie kito įrankio ir man reikia visų projektų, užduočių istorijos ir nustatymų faile, kurį galėčiau ten importuoti.', 'Prašau mano paskyros duomenis perduoti tiesiai įmonei {provider}, kuri nuo kito mėnesio perima šį darbą. Jie laukia JSON failo.'],
    ['Atšaukiu sutikimą gauti naujienlaiškį ir dėl analitinių slapukų.', 'Šiuo laišku atšaukiu pagal {art} duotą sutikimą tvarkyti mano duomenis produkto analizei.', 'Registruodamasi pažymėjau, kad galite naudoti mano įkeltą turinį modeliams tobulinti. Šį leidimą atšaukiu.', 'Buvau leidusi naudoti savo vardą ir nuotrauką kliento istorijoje. Šį leidimą atšaukiu, prašau juos pašalinti.'],
    ['Neparduokite ir nesidalykite mano asmenine informacija.', 'Remdamasi {art}, reikalauju neparduoti ir nesidalyti mano asmenine informacija, taip pat ir elgsena grindžiamai reklamai. Gyvenu Kalifornijoje.', 'Prašau pašalinti mane iš tikslinės reklamos ir bet kokio reklaminio profiliavimo.', 'Ar parduodate mano duomenis? Jei taip, liaukitės. Nenoriu, kad mano informacija ar naršymas pasiektų reklamuotojus ar duomenų brokerius.'],
  ],
  multi: [
    'Pirmiausia atsiųskite visų turimų mano duomenų kopiją. Kai ją gausiu, ištrinkite mano paskyrą ir visus duomenis.',
    'Prašau leisti susipažinti su mano asmens duomenimis, įskaitant tikslus ir gavėjus. Be to, nesutinku, kad mano duomenys būtų tvarkomi tiesioginės rinkodaros ir profiliavimo tikslais.',
    'Ištrinkite mano paskyrą ir asmens duomenis. Iki tol nesutinku su jokiu mano duomenų naudojimu reklamai.',
  ],
  negatives: {
    billing: ['Dvigubas mokėjimas {order}', 'Laba diena,\n\nUž sąskaitą {order} ({amount}) nuskaityta du kartus. Ar galite grąžinti permoką?\n\n{name}'],
    bug: ['Eksportas baigiasi klaida 500', 'Laba diena,\n\nNuo ryto kiekvienas eksportas baigiasi klaida 500. Užduotis {order}. Ar yra gedimas?\n\n{name}'],
    phishing: ['Skubu: patvirtinkite savo sutikimą', 'Gerbiamas naudotojau,\n\nJūsų pašto dėžutė bus užblokuota, jei per 24 valandas nepatvirtinsite sutikimo nustatymų. Norėdami atsisakyti blokavimo, prisijunkite: http://secure-verify.example.net/sutikimas\n\nSaugumo komanda'],
    sale_question: ['Ar parduodate duomenis?', 'Laba diena,\n\nLyginu įrankius klientui. Ar {product} parduoda ar dalijasi klientų duomenimis su reklamuotojais?\n\n{name}'],
    policy_question: ['Žurnalų saugojimas', 'Laba diena,\n\nKiek laiko saugote užklausų žurnalus ir ar juose yra IP adresų?\n\n{name}'],
    out_of_office: ['Automatinis atsakymas: {product}', 'Ačiū už laišką. Iki {date} atostogauju ir el. laiškų neskaitau. Skubiais klausimais: biuras@example.com.\n\n{name}'],
  },
});
