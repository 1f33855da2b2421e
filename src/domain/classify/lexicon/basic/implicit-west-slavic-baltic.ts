/**
 * Implicit asks in Czech, Slovak, Latvian and Lithuanian (eleventh round): freeze my account while a
 * complaint is open, stop using my data for analytics or profiling, a wrong field and its right value,
 * "I'm moving, send my data in a file", "what do you know about me", "don't share my data with third
 * parties", "I no longer agree". Each needs the writer's own data, account or field.
 */
import type { Extra } from './merge-extra.js';

export const csImplicit: Extra = {
  rectification: [
    [
      1,
      '(?:mám u vás|máte(?: u mě| u mne)?) (?:špatn|chybn|nesprávn)\\w* (?:e-?mail|adres|jméno|příjmení|telefon|datum narození)',
    ],
    [
      1,
      '(?:můj|moje|mé|moji) (?:e-?mail|adres\\w*|jméno|příjmení|telefon\\w*)~{0,20}(?:je |jsou )?(?:špatn|chybn|nesprávn)',
    ],
  ],
  restriction: [
    [1, 'zmrazte~{0,30}(?:účet|účtu|profil|údaj|data)'],
    [1, '(?:dočasně )?(?:pozastavte|zablokujte) (?:dočasně )?~{0,20}(?:účet|zpracován|použív)'],
    [1.5, 'dokud (?:ne)?(?:vyřešíte|vyřeší|prověříte|ověříte)~{0,80}(?:nepoužívejte|nezpracovávejte)'],
  ],
  objection: [
    [
      1,
      '(?:přestaňte|nepoužívejte|nezpracovávejte)~{0,30}(?:údaj|data)\\w*~{0,30}(?:analýz|analytik|profilov|statistik|reklam|marketing)',
    ],
  ],
  portability: [
    [1, 'přecházím (?:k |ke |na |do )?(?:jin|nov)\\w*~{0,80}(?:údaj|data|soubor)'],
    [1, '(?:pošlete|zašlete) mi~{0,30}(?:údaj|data)\\w*~{0,30}(?:soubor|csv|json|formát)'],
  ],
  withdraw_consent: [[1, 'už (?:vám )?(?:nedávám|neuděluji) (?:svůj )?souhlas']],
  opt_out_sale: [[1, '(?:nesdílejte|nepředávejte|neposkytujte)~{0,30}(?:údaj|data)']],
};

export const skImplicit: Extra = {
  rectification: [
    [
      1,
      '(?:mám u vás|máte(?: u mňa)?) (?:zl|nesprávn|chybn)\\w* (?:e-?mail|adres|meno|priezvisko|telefón|dátum narodenia)',
    ],
    [
      1,
      '(?:môj|moje|moju) (?:e-?mail|adres\\w*|meno|priezvisko|telefón\\w*)~{0,20}(?:je |sú )?(?:zl|nesprávn|chybn)',
    ],
  ],
  restriction: [
    [1, 'zmrazte~{0,30}(?:účet|účtu|profil|údaj)'],
    [1.5, 'kým (?:ne)?(?:vyriešite|vyrieši|preveríte|overíte)~{0,80}(?:nepoužívajte|nespracúvajte)'],
  ],
  objection: [
    [
      1,
      '(?:prestaňte|nepoužívajte|nespracúvajte)~{0,30}(?:údaj|dát)\\w*~{0,30}(?:analýz|analytik|profilov|štatistik|reklam|marketing)',
    ],
  ],
  portability: [
    [1, 'prechádzam (?:k |ku |na |do )?(?:in|nov)\\w*~{0,80}(?:údaj|dát|súbor)'],
    [1, '(?:pošlite|zašlite) mi~{0,30}(?:údaj|dát)\\w*~{0,30}(?:súbor|csv|json|formát)'],
  ],
  withdraw_consent: [[1, 'už (?:vám )?(?:nedávam|neudeľujem) (?:svoj )?súhlas']],
  opt_out_sale: [[1, '(?:nezdieľajte|neposkytujte|neodovzdávajte)~{0,30}(?:údaj|dát)']],
};

export const lvImplicit: Extra = {
  access: [
    [
      1,
      '(?<!(?:visu|visus|to|tos),?\\s)(?:kādus|kādi|kāda) (?:personas )?(?:dat\\w*|informācij\\w*)~{0,30}par mani',
    ],
    [1, '(?<!(?:visu|to),?\\s)ko (?:jūs )?(?:zināt|glabājat) par mani'],
  ],
  rectification: [
    [
      1,
      '(?:mans|mana|manu|manas) (?:e-pasts|e-pasta adrese|adrese|uzvārds|vārds|tālrunis|tālruņa numurs)~{0,20}(?:ir )?(?:nepareiz|kļūdai)\\w*',
    ],
  ],
  restriction: [
    [1, 'iesald\\w*~{0,30}(?:kont|dat|profil)'],
    [1.5, 'kamēr (?:tiek|netiek|nav)~{0,60}(?:neizmantojiet|neapstrādājiet)'],
  ],
  objection: [
    [
      1,
      '(?:pārtrauciet|neizmantojiet|beidziet)~{0,30}(?:dat\\w*)~{0,30}(?:analīt|analīz|profil|statistik|reklām|mārketing)',
    ],
  ],
  portability: [
    [1, 'pārceļos (?:uz|pie) (?:cit|jaun)\\w*~{0,100}(?:dat|fail)'],
    [1, '(?:atsūtiet|nosūtiet)~{0,20}(?:manus |visus )?dat\\w*~{0,30}(?:fail|csv|json|formāt)'],
  ],
  withdraw_consent: [[1, 'vairs (?:ne)?piekrītu~{0,30}(?:dat|apstrād|izmantošan)']],
  opt_out_sale: [[1, '(?:nenododiet|nedaliet|neizpaudiet)~{0,30}(?:dat|informācij)']],
};

export const ltImplicit: Extra = {
  access: [
    [1, 'kokius (?:mano )?(?:asmens )?duomenis~{0,20}(?:tvarkote|turite|saugote)'],
    [
      1,
      '(?<!(?:viską|visa|tai),?\\s)(?:ką (?:jūs )?(?:žinote|turite|saugote) apie mane|ką apie mane (?:jūs )?(?:žinote|turite|saugote))',
    ],
  ],
  rectification: [
    [
      1,
      '(?:mano|jūsų turimas) (?:el\\. pašto adresas|el\\. paštas|adresas|pavardė|vardas|telefono numeris)~{0,20}(?:yra )?(?:neteising|klaiding)\\w*',
    ],
  ],
  restriction: [
    [1, 'įšald\\w*~{0,30}(?:paskyr|duomen|profil)'],
    [1.5, 'kol (?:bus|nebus|nėra)~{0,60}(?:nenaudokite|netvarkykite)'],
  ],
  objection: [
    [
      1,
      '(?:nustokite|nebenaudokite|nenaudokite)~{0,30}duomen\\w*~{0,30}(?:analiti|analiz|profiliav|statistik|reklam|rinkodar)',
    ],
  ],
  portability: [
    [1, 'pereinu (?:pas|į) (?:kit|nauj)\\w*~{0,100}(?:duomen|fail)'],
    [1, '(?:atsiųskite|išsiųskite)~{0,20}(?:mano |visus )?duomen\\w*~{0,30}(?:fail|csv|json|format)'],
  ],
  withdraw_consent: [[1, 'nebesutinku~{0,40}(?:duomen|tvarky|naudo)']],
  opt_out_sale: [[1, '(?:neperduokite|nesidalinkite|neparduokite)~{0,30}(?:duomen|informacij)']],
};
