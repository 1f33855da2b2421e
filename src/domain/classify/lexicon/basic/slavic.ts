/** Croatian (and Bosnian/Serbian Latin), Czech, Slovak and Slovenian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';

export const hr = basicLexicon({
  language: 'hr',
  latin: true,
  data: 'podat\\w*|račun\\w*|informacij\\w*',
  consent: 'privol\\w*|dozvol\\w*|suglasnost\\w*',
  names: {
    access: 'pravo na pristup|pristup (?:mojim )?(?:osobnim )?podacima',
    rectification: 'pravo na ispravak|ispravak (?:mojih )?(?:osobnih )?podataka',
    erasure: 'pravo na brisanje|pravo na zaborav|brisanje (?:mojih|svih|osobnih|korisničkog)',
    restriction: 'ograničenj\\w* obrade|pravo na ograničenje',
    objection: 'pravo na prigovor|ulažem prigovor',
    portability: 'prenosivost\\w*',
    withdraw_consent:
      '(?:povlačim|povlačenje|opozivam|opoziv)\\w*~{0,20}privol\\w*|privol\\w*~{0,20}povlač\\w*',
    opt_out_sale: 'ne prodajte',
  },
  verbs: {
    access: 'kopij\\w*|pristup\\w*|uvid\\w*',
    rectification: 'isprav\\w*|izmijen\\w*|ažurir\\w*',
    erasure: 'obriš\\w*|izbriš\\w*|brisanj\\w*|uklon\\w*',
    restriction: 'ograniči\\w*',
    objection: 'prigovar\\w*|protiv\\w*',
    portability: 'prenes\\w*|prijenos\\w*|prenij\\w*',
    withdraw_consent: 'povlač\\w*|povuć\\w*|opoziv\\w*',
    opt_out_sale: 'prodaj\\w*|prodav\\w*',
  },
  extra: {
    access: [
      [1, '(?:pokazati|pokažite|pošaljite mi)~{0,30}(?:sve što|što čuvate|što imate)'],
      [0.5, 'što (?:još )?(?:čuvate|imate|pohranjujete) o meni'],
    ],
    rectification: [
      [1, '(?:ažurirajte|promijenite|izmijenite|ispravite)~{0,30}(?:adres|e-mail|email|ime|prezime|podatk)'],
    ],
    erasure: [
      [1, '(?:zatvorite|ugasite|ukinite) (?:mi )?(?:moj )?(?:račun|profil)'],
      [1, '(?:obrišite|izbrišite) sve'],
    ],
    restriction: [
      [
        2,
        '(?:ne (?:brišite|izbrišite|obrišite)|nemojte (?:ništa )?(?:brisati|obrisati))~{0,60}(?:ne koristite|nemojte (?:ih )?koristiti|ne obrađujte)',
      ],
      [
        1.5,
        '(?:dok se ne|sve dok)~{0,40}(?:ne koristite|nemojte koristiti|ne obrađujte)|(?:ne koristite|nemojte koristiti|ne obrađujte)~{0,60}(?:dok se ne|sve dok|do rješenja)',
      ],
    ],
    objection: [
      [1, 'ne želim~{0,90}(?:istraživanj|statistik|marketing|reklam|analiz|profilir)'],
      [1, 'prestanite (?:mi )?slati~{0,20}(?:reklam|promotiv|marketinšk|newsletter)', 'absorbable'],
    ],
    portability: [[1, '(?:datotec\\w*|datoteku|format\\w*)~{0,30}(?:uvesti|uvezem|uvoz\\w*|importirati)']],
    withdraw_consent: [[1, '(?:poništavam|ukidam|povlačim)~{0,30}(?:dopuštenj|odobrenj|privol|suglasnost)']],
    opt_out_sale: [[1, '(?:isključite|izuzmite|maknite) me~{0,40}(?:ciljan\\w* oglašavanj|reklam|profilir)']],
  },
  keepAccount:
    'ne (?:brišite|izbrišite|obrišite) (?:ništa|račun)|nemojte (?:ništa )?(?:brisati|obrisati)|zadržite (?:moj )?račun',
});

export const cs = basicLexicon({
  language: 'cs',
  latin: true,
  data: 'údaj\\w*|účet|účtu|informac\\w*',
  consent: 'souhlas\\w*|svolení',
  names: {
    access: 'právo na přístup|přístup k (?:mým )?(?:osobním )?údajům',
    rectification: 'právo na opravu|opravu (?:mých )?(?:osobních )?údajů',
    erasure: 'právo na výmaz|výmaz\\w*|právo být zapomenut',
    restriction: 'omezení zpracování',
    objection: 'námitk\\w*|vznáším námitku',
    portability: 'přenositelnost\\w*',
    withdraw_consent: 'odvolá\\w*~{0,20}souhlas\\w*|odvolání souhlasu',
    opt_out_sale: 'neprodáv\\w*',
  },
  verbs: {
    access: 'kopi\\w*|přístup\\w*|sdělte',
    rectification: 'oprav\\w*|aktualiz\\w*|změň\\w*',
    erasure: 'smaž\\w*|smazá\\w*|vymaž\\w*|vymazá\\w*|odstraň\\w*|zruš\\w*',
    restriction: 'omez\\w*',
    objection: 'nesouhlas\\w*|namít\\w*',
    portability: 'přenes\\w*|předat|převed\\w*',
    // Not "zrušit" alone: "zrušte mi účet" closes an account; a cancelled consent is an extra cue.
    withdraw_consent: 'odvol\\w*',
    opt_out_sale: 'prodej\\w*|prodáv\\w*',
  },
  extra: {
    access: [
      [1, '(?:ukázat|ukažte|pošlete mi)~{0,30}(?:vše|všechno|co)'],
      [0.5, 'co o mně~{0,15}(?:uchováváte|máte|evidujete|zpracováváte)'],
    ],
    rectification: [[1, '(?:aktualizujte|opravte|změňte)~{0,30}(?:adres|e-mail|email|jméno|příjmení|údaj)']],
    erasure: [
      [1, '(?:zrušte|smažte|zavřete) (?:mi )?(?:můj )?účet'],
      [1, '(?:smažte|vymažte) (?:všechno|vše)'],
    ],
    restriction: [
      [2, 'nemažte~{0,60}(?:nepoužívejte|nezpracovávejte)'],
      [
        1.5,
        '(?:dokud (?:se )?ne|do vyřešení)~{0,40}(?:nepoužívejte|nezpracovávejte)|(?:nepoužívejte|nezpracovávejte)~{0,60}(?:dokud|do vyřešení)',
      ],
    ],
    objection: [
      [1, 'nechci~{0,90}(?:výzkum|statistik|marketing|reklam|analýz|profilov)'],
      [1, 'přestaňte (?:mi )?posílat~{0,20}(?:reklam|marketing|obchodní|newsletter)', 'absorbable'],
    ],
    portability: [[1, '(?:soubor|formát)\\w*~{0,30}(?:naimport|importovat|nahrát)']],
    withdraw_consent: [
      [1, '(?:ruším|zrušit|zrušení|zrušte|beru zpět)~{0,30}(?:souhlas|svolení|povolení)'],
      [1, '(?:souhlas|svolení|povolení)\\w*~{0,30}(?:ruším|zrušit|zrušení|zrušte|beru zpět)'],
    ],
    opt_out_sale: [[1, '(?:vyřaďte|vyjměte|vynechte) mě~{0,40}(?:cílen|reklam|profilov)']],
  },
  keepAccount: 'nic nemažte|nemažte (?:nic|účet)|účet (?:nerušte|nemažte|si ponechám)|nerušte (?:mi )?účet',
});

export const sk = basicLexicon({
  language: 'sk',
  latin: true,
  data: 'údaj\\w*|účet|účtu|informáci\\w*',
  consent: 'súhlas\\w*|povolen\\w*',
  names: {
    access: 'právo na prístup',
    rectification: 'právo na opravu',
    erasure: 'právo na vymazanie|právo na zabudnutie|vymazanie',
    restriction: 'obmedzenie spracúvania|obmedzenie spracovania',
    objection: 'námietk\\w*',
    portability: 'prenosnosť|prenositeľnosť',
    withdraw_consent: 'odvol\\w*~{0,20}súhlas\\w*|odvolanie súhlasu',
    opt_out_sale: 'nepredáv\\w*',
  },
  verbs: {
    access: 'kópi\\w*|prístup\\w*',
    rectification: 'oprav\\w*|aktualiz\\w*|zmeň\\w*',
    erasure: 'vymaž\\w*|vymaza\\w*|odstráň\\w*|zruš\\w*|zmaž\\w*',
    restriction: 'obmedz\\w*',
    objection: 'nesúhlas\\w*|namiet\\w*',
    portability: 'prenes\\w*|prenos\\w*',
    withdraw_consent: 'odvolá\\w*|odvola\\w*',
    opt_out_sale: 'predaj\\w*|predáv\\w*',
  },
  extra: {
    access: [
      [1, '(?:ukázať|ukážte|pošlite mi)~{0,30}(?:všetko|čo)'],
      [0.5, 'čo o mne~{0,15}(?:uchovávate|máte|evidujete|spracúvate)'],
    ],
    rectification: [[1, '(?:aktualizujte|opravte|zmeňte)~{0,30}(?:adres|e-mail|email|meno|priezvisko|údaj)']],
    erasure: [
      [1, '(?:zrušte|zmažte|zatvorte) (?:mi )?(?:môj )?účet'],
      [1, '(?:zmažte|vymažte) (?:všetko|všetky)'],
    ],
    restriction: [
      [2, 'nemažte~{0,60}(?:nepoužívajte|nespracúvajte)'],
      [
        1.5,
        '(?:kým sa ne|do vyriešenia)~{0,40}(?:nepoužívajte|nespracúvajte)|(?:nepoužívajte|nespracúvajte)~{0,60}(?:kým|do vyriešenia)',
      ],
    ],
    objection: [
      [1, 'nechcem~{0,90}(?:výskum|štatistik|marketing|reklam|analýz|profilov)'],
      [1, 'prestaňte (?:mi )?posielať~{0,20}(?:reklam|marketing|obchodn|newsletter)', 'absorbable'],
    ],
    portability: [[1, '(?:súbor|formát)\\w*~{0,30}(?:naimport|importovať|nahrať)']],
    withdraw_consent: [
      [1, '(?:ruším|zrušiť|zrušenie|zrušte|beriem späť)~{0,30}(?:súhlas|povolen)'],
      [1, '(?:súhlas|povolen)\\w*~{0,30}(?:ruším|zrušiť|zrušenie|zrušte|beriem späť)'],
    ],
    opt_out_sale: [[1, '(?:vyraďte|vyňajte|vynechajte) ma~{0,40}(?:cielen|reklam|profilov)']],
  },
  keepAccount: 'nič nemažte|nemažte (?:nič|účet)|účet (?:nerušte|nemažte)|nerušte (?:mi )?účet',
});

export const sl = basicLexicon({
  language: 'sl',
  latin: true,
  // "Račun" is both the account and the invoice: only the writer's own or the user account counts.
  data: 'podatk\\w*|podatek|(?:moj|uporabnišk)\\w* račun\\w*|profil\\w*|informacij\\w*',
  consent: 'privolit\\w*|soglas\\w*|dovoljenj\\w*',
  names: {
    access: 'pravic\\w* do dostopa|dostop do (?:mojih )?(?:osebnih )?podatkov',
    rectification: 'pravic\\w* do popravka|popravek',
    erasure: 'pravic\\w* do izbrisa|pravic\\w* do pozabe|izbris\\w*',
    restriction: 'omejit\\w* obdelave',
    objection: 'pravic\\w* do ugovora|ugovor\\w*',
    portability: 'prenosljivost\\w*',
    withdraw_consent: 'preklic\\w*~{0,20}privolit\\w*|privolit\\w*~{0,20}preklic\\w*',
    opt_out_sale: 'ne prodajajte',
  },
  verbs: {
    access: 'kopij\\w*|dostop\\w*|vpogled\\w*',
    rectification: 'poprav\\w*|posodob\\w*|spremen\\w*',
    erasure: 'izbriš\\w*|izbris\\w*|odstran\\w*',
    restriction: 'omej\\w*',
    objection: 'ugovarj\\w*|nasprotuj\\w*',
    portability: 'prenes\\w*|prenos\\w*',
    withdraw_consent: 'preklic\\w*|prekli\\w*',
    opt_out_sale: 'prodaj\\w*',
  },
  extra: {
    access: [
      [1, '(?:pokažite|pošljite mi|povejte mi)~{0,30}(?:vse|kaj)'],
      [1, 'kaj (?:vse )?(?:še )?(?:hranite|imate|shranjujete|vodite) o meni'],
    ],
    rectification: [
      [
        1,
        '(?:posodobite|spremenite|popravite|zamenjajte)~{0,30}(?:naslov|e-pošt|e-naslov|ime|priimek|telefon|podatk)',
      ],
      [1, '(?:nov|moj nov)\\w* (?:naslov|e-naslov|e-poštni naslov|elektronski naslov)'],
    ],
    erasure: [
      [1, '(?:zaprite|ukinite|izbrišite|odstranite) (?:mi )?(?:moj )?(?:račun|profil)'],
      [1, 'izbrišite vse'],
    ],
    restriction: [
      [2, 'ne (?:brišite|izbrišite)~{0,60}ne (?:jih )?(?:uporabljajte|obdelujte)'],
      [1.5, 'ne (?:jih )?(?:uporabljajte|obdelujte)~{0,60}(?:dokler|do rešitve|do konca)'],
    ],
    objection: [
      [1, 'ne želim~{0,90}(?:raziskav|statistik|trženj|marketing|oglaš|analiz|analitik|profilir)'],
      [1, 'nehajte (?:mi )?pošiljati~{0,20}(?:oglas|promocij|trženj|novic)', 'absorbable'],
    ],
    portability: [[1, '(?:datotek|format)\\w*~{0,40}(?:uvoz|uvozi|naložiti|naložim)']],
    withdraw_consent: [
      [1, '(?:preklicujem|prekličem|umikam|ne dovoljujem več)~{0,30}(?:dovoljenj|privolit|soglasj)'],
      [
        1,
        '(?:ne dovolim več|ne strinjam se več|premislil\\w* sem)~{0,60}(?:dovoljenj|soglasj|privolit|uporab)',
      ],
    ],
    opt_out_sale: [[1, '(?:izključite|izvzemite|odstranite) me~{0,40}(?:ciljan|oglaš|profilir)']],
  },
  keepAccount:
    'ne (?:brišite|izbrišite) (?:ničesar|računa)|ne zapirajte (?:mojega )?računa|obdržite (?:moj )?račun|računa ne želim (?:zapreti|izbrisati)',
});
