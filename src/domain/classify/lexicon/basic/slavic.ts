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
      // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
      [1, '(?:odakle|gdje) ste (?:dobili|nabavili)~{0,30}(?:moj|moju|moje)'],
      [1, '(?<!sve |svime |svim )što (?:još )?(?:znate|imate|čuvate) o meni'],
      [1, '(?:pokazati|pokažite|pošaljite mi)~{0,30}(?:sve što|što čuvate|što imate)'],
      [0.5, 'što (?:još )?(?:čuvate|imate|pohranjujete) o meni'],
      [
        1,
        '(?:koje|kakve) (?:sve )?(?:moje )?(?:osobne )?podatke~{0,20}(?:o meni|moje)|koje moje (?:osobne )?podatke',
      ],
      [1, 'što (?:sve )?znate o meni'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [1, '(?:ime|prezime|adres\\w*|broj telefona|datum rođenja)~{0,50}(?:krivo|pogrešno|netočno)'],
      [0.5, '(?:moje|moja) (?:ime|prezime|adresa)|(?:ime|prezime) mi je'],
      [1, '(?:ažurirajte|promijenite|izmijenite|ispravite)~{0,30}(?:adres|e-mail|email|ime|prezime|podatk)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:ne želim|ne želimo|nećem)~{0,50}(?:ništa|išta|bilo što|bilo šta)~{0,20}o meni'],
      [
        1,
        '(?:uklonite|maknite|izbrišite|obrišite) me\\b~{0,40}(?:baz|sustav|sistem|evidencij|sve što imate)',
      ],
      [1, 'ne želim (?:više )?(?:da budem|biti) u vašoj bazi'],
      [1, '(?:zatvorite|ugasite|ukinite) (?:mi )?(?:moj )?(?:račun|profil)'],
      [1, '(?:obrišite|izbrišite) sve'],
      [1, '(?:još (?:uvijek )?|i dalje )nij\\w* (?:obrisan|izbrisan|uklonjen)\\w*'],
    ],
    restriction: [
      // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
      [1.5, 'ne (?:koristite|obrađujte)~{0,40}(?:ni za što|ništa)~{0,10}osim (?:za )?pohran\\w*'],
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
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [
        1,
        '(?:ne koristite|ne želim)~{0,50}(?:treniranj|učenj|obuk)\\w*~{0,20}(?:\\bai\\b|umjetne inteligencije|model)',
      ],
      [1, 'ne želim~{0,90}(?:istraživanj|statistik|marketing|reklam|analiz|profilir)'],
      [1, 'prestanite (?:mi )?slati~{0,20}(?:reklam|promotiv|marketinšk|newsletter)', 'absorbable'],
      // Direct marketing refused in everyday words (Art. 21(2)-(3)).
      [
        1,
        '(?:(?:prestanite|molim (?:vas )?da prestanete)(?: da)?(?: mi)? (?:slati|šaljete)|ne šalj(?:ite|ete)|ne želim (?:više )?(?:primati|dobivati|da mi šaljete))~{0,40}(?:reklam|promotiv|marketinšk|newsletter|ponud)',
        'absorbable',
      ],
      [1, '(?:odjavite|maknite|uklonite|izbrišite) me s~{0,30}(?:popis|list|newsletter)', 'absorbable'],
      [1, 'prigovor\\w* na obradu|podnosim prigovor'],
    ],
    portability: [[1, '(?:datotec\\w*|datoteku|format\\w*)~{0,30}(?:uvesti|uvezem|uvoz\\w*|importirati)']],
    withdraw_consent: [[1, '(?:poništavam|ukidam|povlačim)~{0,30}(?:dopuštenj|odobrenj|privol|suglasnost)']],
    opt_out_sale: [[1, '(?:isključite|izuzmite|maknite) me~{0,40}(?:ciljan\\w* oglašavanj|reklam|profilir)']],
  },
  keepAccount:
    'ne (?:brišite|izbrišite|obrišite) (?:ništa|(?:moj )?račun)|nemojte (?:ništa )?(?:brisati|obrisati)|zadržite (?:moj )?račun|račun (?:mi )?(?:nemojte|ne) (?:brisati|brišite|zatvarati|zatvarajte)',
  // A question about the company's practice ("prodajete li podatke korisnika?") or its retention policy.
  hypothetical:
    'kako (?:mogu )?(?:obrisati|izbrisati|ukloniti|obrišem|izbrišem)(?! (?:svoj|moj|sve))|(?:prodajete|dijelite|prosljeđujete|dajete) li|koliko (?:dugo|vremena) (?:čuvate|pohranjujete)',
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
    // Not the participle: "opravenou fakturu" is a corrected invoice.
    rectification: 'oprav(?!en)\\w*|aktualiz\\w*|změňte|změň (?:mi|můj|moje)',
    erasure:
      'smaž\\w*|smazá\\w*|vymaž\\w*|vymazá\\w*|odstraň\\w*|zruš(?!\\w* (?:předplatné|objednávk|tarif|plán))\\w*',
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
      // "I'd like to know which data you hold about me": Art. 15 without its name.
      [1, '(?:jaké|které) (?:osobní )?údaje o mně|(?:jaké|které) (?:mé|moje) (?:osobní )?údaje'],
      [1, 'co (?:všechno )?o mně (?:víte|vedete)'],
      [1, 'pošlete mi~{0,20}(?:jejich |jej(?:ich)? )?kopi\\w*'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:jméno|jména|příjmení|adres\\w*|telefonní číslo|datum narození)~{0,50}(?:špatně|chybně|nesprávně)|(?:špatně|chybně) (?:napsan|uveden|zapsan)\\w*~{0,20}(?:jméno|příjmení|adres)',
      ],
      [1, '(?:aktualizujte|opravte|změňte)~{0,30}(?:adres|e-mail|email|jméno|příjmení|údaj)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:nechci|nepřeji si)~{0,50}(?:cokoli|cokoliv|nic)~{0,20}o mně'],
      [
        1,
        '(?:odstraňte|vymažte|smažte|vymazali|smazali|odstranili) mě\\b~{0,40}(?:databáz|systém|evidenc|všech|úplně)',
      ],
      [1, '(?:zrušte|smažte|zavřete) (?:mi )?(?:můj )?účet'],
      [1, '(?:smažte|vymažte) (?:všechno|vše)'],
      [1, '(?:stále|pořád|ještě|dosud) (?:není|nejsou|nebyl\\w*) (?:smaza|vymaza|odstraně)\\w*'],
    ],
    restriction: [
      // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
      [
        1.5,
        'nepoužívejte~{0,40}(?:k ničemu|na nic)~{0,10}kromě uložení|(?:jen|pouze) (?:je )?(?:uchovávejte|uložte)~{0,40}nepoužívejte',
      ],
      [2, 'nemažte~{0,60}(?:nepoužívejte|nezpracovávejte)'],
      [
        1.5,
        '(?:dokud (?:se )?ne|do vyřešení)~{0,40}(?:nepoužívejte|nezpracovávejte)|(?:nepoužívejte|nezpracovávejte)~{0,60}(?:dokud|do vyřešení)',
      ],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [
        1,
        '(?:nepoužívejte|nechci|nesouhlasím)~{0,50}(?:trénování|trénink|učení)~{0,20}(?:\\bai\\b|umělé inteligence|model)',
      ],
      [1, 'nechci~{0,90}(?:výzkum|statistik|marketing|reklam|analýz|profilov)'],
      [1, 'přestaňte (?:mi )?posílat~{0,20}(?:reklam|marketing|obchodní|newsletter)', 'absorbable'],
      [
        1,
        '(?:přestaňte|neposílejte|nezasílejte|nechci (?:už )?(?:dostávat|dostat|dostávat žádné))~{0,40}(?:reklam|marketing|obchodní sdělení|newsletter|nabíd)',
        'absorbable',
      ],
      [1, '(?:odhlaste|vyřaďte|odstraňte) mě z~{0,30}(?:seznam|rozesíl|newsletter|databáze)', 'absorbable'],
    ],
    portability: [[1, '(?:soubor|formát)\\w*~{0,30}(?:naimport|importovat|nahrát)']],
    withdraw_consent: [
      [1, '(?:ruším|zrušit|zrušení|zrušte|beru zpět)~{0,30}(?:souhlas|svolení|povolení)'],
      [1, '(?:souhlas|svolení|povolení)\\w*~{0,30}(?:ruším|zrušit|zrušení|zrušte|beru zpět)'],
    ],
    opt_out_sale: [[1, '(?:vyřaďte|vyjměte|vynechte) mě~{0,40}(?:cílen|reklam|profilov)']],
  },
  keepAccount:
    'nic nemažte|nemažte (?:nic|(?:můj )?účet)|účet (?:mi )?(?:nerušte|nemažte|si ponechám|si chci ponechat)|nerušte (?:mi )?účet',
  // A question about the practice ("prodáváte data uživatelů?") or the retention policy.
  hypothetical:
    'jinak (?:bude|budou)|jak (?:můžu |mohu |lze )?(?:smazat|odstranit|zrušit|smažu|odstraním)(?! (?:svůj|můj|moje|všechn))|(?<!ne)(?:prodáváte|předáváte|sdílíte) (?:osobní |naše |moje |svá )?(?:údaj|data)|jak dlouho (?:uchováváte|uchováte|držíte|ukládáte)',
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
    rectification: 'oprav(?!en)\\w*|aktualiz\\w*|zmeňte|zmeň (?:mi|môj|moje)',
    erasure: 'vymaž\\w*|vymaza\\w*|odstráň\\w*|zruš(?!\\w* (?:predplatné|objednávk|tarif|plán))\\w*|zmaž\\w*',
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
      [1, '(?:aké|ktoré) (?:osobné )?údaje o mne|(?:aké|ktoré) (?:moje) (?:osobné )?údaje'],
      [1, 'čo (?:všetko )?o mne (?:viete|vediete)'],
      [1, 'pošlite mi~{0,20}(?:ich )?kópi\\w*'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:meno|mena|priezvisk\\w*|adres\\w*|telefónne číslo|dátum narodenia)~{0,50}(?:zle|chybne|nesprávne)',
      ],
      [1, '(?:aktualizujte|opravte|zmeňte)~{0,30}(?:adres|e-mail|email|meno|priezvisko|údaj)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:nechcem|neželám si)~{0,50}(?:čokoľvek|nič)~{0,20}o mne'],
      [
        1,
        '(?:odstráňte|vymažte|zmažte|vymazali|zmazali|odstránili) ma\\b~{0,40}(?:databáz|systém|evidenc|všetk|úplne)',
      ],
      [1, '(?:zrušte|zmažte|zatvorte) (?:mi )?(?:môj )?účet'],
      [1, '(?:zmažte|vymažte) (?:všetko|všetky)'],
      [1, '(?:stále|ešte|doteraz) (?:nie je|nie sú|nebol\\w*) (?:zmaza|vymaza|odstráne)\\w*'],
    ],
    restriction: [
      // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
      [
        1.5,
        'nepoužívajte~{0,40}(?:na nič|nič)~{0,10}okrem uloženia|(?:len|iba) (?:ich )?(?:uchovávajte|uložte)~{0,40}nepoužívajte',
      ],
      [2, 'nemažte~{0,60}(?:nepoužívajte|nespracúvajte)'],
      [
        1.5,
        '(?:kým sa ne|do vyriešenia)~{0,40}(?:nepoužívajte|nespracúvajte)|(?:nepoužívajte|nespracúvajte)~{0,60}(?:kým|do vyriešenia)',
      ],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [
        1,
        '(?:nepoužívajte|nechcem|nesúhlasím)~{0,50}(?:trénovani|tréning|učeni)\\w*~{0,20}(?:\\bai\\b|umelej inteligencie|model)',
      ],
      [1, 'nechcem~{0,90}(?:výskum|štatistik|marketing|reklam|analýz|profilov)'],
      [1, 'prestaňte (?:mi )?posielať~{0,20}(?:reklam|marketing|obchodn|newsletter)', 'absorbable'],
      [
        1,
        '(?:prestaňte|neposielajte|nechcem (?:už )?(?:dostávať|dostať))~{0,40}(?:reklam|marketing|obchodn|newsletter|ponuk)',
        'absorbable',
      ],
      [1, '(?:odhláste|vyraďte|odstráňte) ma z~{0,30}(?:zoznam|newsletter|databáz)', 'absorbable'],
    ],
    portability: [[1, '(?:súbor|formát)\\w*~{0,30}(?:naimport|importovať|nahrať)']],
    withdraw_consent: [
      [1, '(?:ruším|zrušiť|zrušenie|zrušte|beriem späť)~{0,30}(?:súhlas|povolen)'],
      [1, '(?:súhlas|povolen)\\w*~{0,30}(?:ruším|zrušiť|zrušenie|zrušte|beriem späť)'],
    ],
    opt_out_sale: [[1, '(?:vyraďte|vyňajte|vynechajte) ma~{0,40}(?:cielen|reklam|profilov)']],
  },
  keepAccount:
    'nič nemažte|nemažte (?:nič|(?:môj )?účet)|účet (?:mi )?(?:nerušte|nemažte|si (?:chcem )?ponechať|si ponechám)|nerušte (?:mi )?účet',
  hypothetical:
    'inak (?:bude|budú)|ako (?:môžem |možno )?(?:zmazať|vymazať|odstrániť|zrušiť|zmažem|vymažem)(?! (?:svoj|môj|moje|všetk))|(?<!ne)(?:predávate|odovzdávate|zdieľate) (?:osobné |vaše |moje )?(?:údaj|dáta)|ako dlho (?:uchovávate|uchováte|držíte|ukladáte)',
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
      // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
      [1, '(?:od kod|kje) (?:imate|ste dobili)~{0,30}(?:moj|mojo|moje)'],
      [1, 'kaj (?:še )?(?:veste|imate|hranite) o meni'],
      [1, '(?:pokažite|pošljite mi|povejte mi)~{0,30}(?:vse|kaj)'],
      [1, 'kaj (?:vse )?(?:še )?(?:hranite|imate|shranjujete|vodite) o meni'],
      [
        1,
        '(?:katere|kakšne) (?:moje )?(?:osebne )?podatke (?:o meni|hranite o meni)|katere moje (?:osebne )?podatke',
      ],
      [1, 'kaj (?:vse )?veste o meni'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:ime|priimek|naslov|telefonsk\\w* števil\\w*|datum rojstva)~{0,50}(?:napačno|narobe|nepravilno)',
      ],
      [
        1,
        '(?:posodobite|spremenite|popravite|zamenjajte)~{0,30}(?:naslov|e-pošt|e-naslov|ime|priimek|telefon|podatk)',
      ],
      [1, '(?:nov|moj nov)\\w* (?:naslov|e-naslov|e-poštni naslov|elektronski naslov)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:nočem|ne želim|ne bi želel\\w*)~{0,50}(?:karkoli|kar koli|ničesar|nič)~{0,20}o meni'],
      [1, '(?:odstranite|izbrišite|umaknite) me\\b~{0,40}(?:baz|sistem|evidenc|vse, kar imate)'],
      [1, '(?:zaprite|ukinite|izbrišite|odstranite) (?:mi )?(?:moj )?(?:račun|profil)'],
      [1, 'izbrišite vse'],
      [1, '(?:še vedno|še zmeraj|še) (?:ni|niso) (?:izbrisan|odstranjen)\\w*'],
    ],
    restriction: [
      // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
      [1.5, 'ne (?:uporabljajte|obdelujte)~{0,40}(?:za nič|ničesar)~{0,10}razen (?:za )?hramb\\w*'],
      [2, 'ne (?:brišite|izbrišite)~{0,60}ne (?:jih )?(?:uporabljajte|obdelujte)'],
      [1.5, 'ne (?:jih )?(?:uporabljajte|obdelujte)~{0,60}(?:dokler|do rešitve|do konca)'],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [
        1,
        '(?:ne uporabljajte|nočem|ne želim)~{0,50}(?:učenj|treniranj)\\w*~{0,20}(?:\\bai\\b|umetne inteligence|model)',
      ],
      [1, 'ne želim~{0,90}(?:raziskav|statistik|trženj|marketing|oglaš|analiz|analitik|profilir)'],
      [1, 'nehajte (?:mi )?pošiljati~{0,20}(?:oglas|promocij|trženj|novic)', 'absorbable'],
      [
        1,
        '(?:nehajte|prenehajte|ne pošiljajte|ne želim (?:več )?(?:prejemati|dobivati))~{0,40}(?:oglas|reklam|promocij|trženj|marketin|novičnik|e-novic|ponudb)',
        'absorbable',
      ],
      [1, '(?:odjavite|izbrišite|odstranite) me s~{0,30}(?:sezna|list|novičnik|prejemnik)', 'absorbable'],
    ],
    portability: [[1, '(?:datotek|format)\\w*~{0,40}(?:uvoz|uvozi|naložiti|naložim)']],
    withdraw_consent: [
      [1, '(?:preklicujem|prekličem|umikam|ne dovoljujem več)~{0,30}(?:dovoljenj|privolit|soglasj)'],
      [1, '(?:dovoljenj|privolit|soglasj)\\w*~{0,30}(?:preklicujem|prekličem|umikam)'],
      [
        1,
        '(?:ne dovolim več|ne strinjam se več|premislil\\w* sem)~{0,60}(?:dovoljenj|soglasj|privolit|uporab)',
      ],
    ],
    opt_out_sale: [[1, '(?:izključite|izvzemite|odstranite) me~{0,40}(?:ciljan|oglaš|profilir)']],
  },
  keepAccount:
    'ne (?:brišite|izbrišite) (?:ničesar|(?:mojega )?računa)|ne zapirajte (?:mojega )?računa|obdržite (?:moj )?račun|računa ne želim (?:zapreti|izbrisati)',
  hypothetical:
    'kako (?:lahko )?(?:izbrišem|zbrišem|odstranim|izvozim)(?! (?:svoj|moj|vse))|(?:ali|a) (?:\\w+ )?(?:prodajate|posredujete|delite)|koliko časa (?:hranite|shranjujete)|ali imate (?:pripravljen|na voljo)\\w*~{0,30}pogodb',
});
