/** Czech and Slovak rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { csEveryday, skEveryday } from './everyday-europe.js';
import { mergeExtra } from './merge-extra.js';
import { csImplicit, skImplicit } from './implicit-west-slavic-baltic.js';

export const cs = basicLexicon({
  language: 'cs',
  negation: 'nechci|nechceme|nepřeji si',
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
  extra: mergeExtra(
    {
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
        // "Ať po mně u vás nic nezůstane": nothing of me is to remain with you.
        [
          1,
          'ať po mně~{0,20}nic (?:nezůstane|nezůstalo)|nic (?:ode|o) mně~{0,20}(?:nezůstane|neuchovávejte)',
        ],
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
    csEveryday,
    csImplicit,
  ),
  keepAccount:
    'nic nemažte|nemažte (?:nic|(?:můj )?účet)|účet (?:mi )?(?:nerušte|nemažte|si ponechám|si chci ponechat)|nerušte (?:mi )?účet',
  // A question about the practice ("prodáváte data uživatelů?") or the retention policy.
  hypothetical:
    'jinak (?:bude|budou)|jak (?:můžu |mohu |lze )?(?:smazat|odstranit|zrušit|smažu|odstraním)(?! (?:svůj|můj|moje|všechn))|(?<!ne)(?:prodáváte|předáváte|sdílíte) (?:osobní |naše |moje |svá )?(?:údaj|data)|jak dlouho (?:uchováváte|uchováte|držíte|ukládáte)',
});

export const sk = basicLexicon({
  language: 'sk',
  negation: 'nechcem|nechceme|neželám si',
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
  extra: mergeExtra(
    {
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
    skEveryday,
    skImplicit,
  ),
  keepAccount:
    'nič nemažte|nemažte (?:nič|(?:môj )?účet)|účet (?:mi )?(?:nerušte|nemažte|si (?:chcem )?ponechať|si ponechám)|nerušte (?:mi )?účet',
  hypothetical:
    'inak (?:bude|budú)|ako (?:môžem |možno )?(?:zmazať|vymazať|odstrániť|zrušiť|zmažem|vymažem)(?! (?:svoj|môj|moje|všetk))|(?<!ne)(?:predávate|odovzdávate|zdieľate) (?:osobné |vaše |moje )?(?:údaj|dáta)|ako dlho (?:uchovávate|uchováte|držíte|ukladáte)',
});
