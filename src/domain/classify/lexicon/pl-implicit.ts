/**
 * Polish cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("już się nie zgadzam, żeby", "odznaczcie to, co zaznaczyłem", "nie pozwalam już"), data kept but left
 * alone ("przechowujcie je, ale ich nie używajcie"), not being analysed ("nie chcę być profilowany"), a
 * field wrong ("moje nazwisko pisze się przez ż", "mój adres jest nieaktualny"). Joined to `pl.ts`;
 * sentences and near misses in `implicit-asks-pl.test.ts`.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:moje|moich|moimi|wszystkie moje) (?:\\w+ )?dan(?:e|ych|ymi)\\b';
const FIELD = '(?:adres|numer|nazwisko|imię|e-?mail|mail|telefon)\\w*';

export const plImplicit: Cues = {
  withdraw_consent: [
    [
      1,
      '\\b(?:już|więcej) się nie zgadzam\\b~{0,5}\\b(?:żeby|żebyście|by|aby|na)\\b|\\bnie zgadzam się już\\b~{0,5}\\b(?:żeby|żebyście|by|aby|na)\\b',
    ],
    [
      1,
      '\\bodznacz\\w*\\b~{0,40}\\b(?:zaznaczy\\w*|zgod\\w*|newsletter\\w*|cookies|ciasteczk\\w*|marketing\\w*)',
    ],
    [
      1,
      '\\b(?:zaakceptowa\\w*|zgodzi\\w*|zaznaczy\\w*|klikną\\w*|wyrazi\\w* zgodę)\\b~{0,40}\\b(?:przez pomyłkę|przypadkiem|przez przypadek|omyłkowo|niechcący)\\b|\\b(?:przez pomyłkę|przypadkiem|omyłkowo|niechcący)\\b~{0,20}\\b(?:zaakceptowa|zgodzi|zaznaczy)\\w*',
    ],
    [
      1,
      '\\bnie (?:pozwalam|zezwalam|upoważniam) (?:już|więcej)\\b|\\bjuż nie (?:pozwalam|zezwalam|upoważniam)\\b|\\bnie macie już mojej zgody\\b',
    ],
    [1, '\\bzmieni\\w* zdanie\\b~{0,40}\\b(?:zgod\\w*|zaakceptowa\\w*|zaznaczy\\w*|newsletter\\w*|cookies)'],
  ],
  restriction: [
    [
      1,
      `\\b(?:przechowuj|zachowaj|zatrzymaj|trzymaj)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bale\\b~{0,30}\\bnie (?:używaj|wykorzystuj|przetwarzaj|ruszaj|dotykaj)\\w*`,
    ],
    [
      1,
      '\\bnic nie usuwaj\\w*\\b~{0,20}\\bale\\b~{0,30}\\b(?:przestańcie|nie) (?:używ|wykorzyst|przetwarz)\\w*',
    ],
    [
      1,
      `\\b(?:dopóki|do czasu|póki)\\b~{0,60}\\bnie (?:róbcie|ruszajcie|róbmy|rób)\\b~{0,10}\\b(?:nic|niczego) z ${MY_DATA}|\\bnie (?:róbcie|rób) (?:nic|niczego) z ${MY_DATA}~{0,50}\\b(?:dopóki|do czasu|póki)\\b`,
    ],
  ],
  objection: [
    [
      1,
      '\\bnie (?:chcę|życzę sobie),? (?:żeby|żebyście|by|aby|abyście)\\b~{0,30}\\b(?:analizowa|profilowa|monitorowa)\\w*',
    ],
    [1, '\\bnie (?:chcę|życzę sobie) (?:być )?(?:profilowan|analizowan|monitorowan)\\w*'],
    [
      1,
      '\\bnie (?:twórzcie|twórz|róbcie|budujcie)\\b~{0,5}\\b(?:mojego profilu|profilu (?:na mój temat|o mnie))\\b|\\bbez profilowania\\b',
    ],
  ],
  rectification: [
    [1, '\\b(?:nazwisk|imi|adres)\\w*\\b~{0,60}\\bpopraw\\w* na\\b'],
    [1, '\\bmoje (?:\\w+ )?(?:nazwisko|imię)\\b~{0,5}\\bpisze się\\b'],
    [
      1,
      `\\b(?:mój|moje|moja) (?:\\w+ )?${FIELD}\\b~{0,15}\\b(?:jest|są) (?:już )?(?:nieaktualn|błędn|niepoprawn|nieprawidłow)\\w*|\\b(?:mój|moje|moja) (?:\\w+ )?${FIELD}\\b~{0,15}\\bjest (?:źle|błędnie) (?:zapisan|wpisan)\\w*`,
    ],
    [
      1,
      `\\b${FIELD}\\b~{0,25}\\bktór\\w* macie\\b~{0,10}\\bjest (?:już )?(?:nieaktualn|błędn|niepoprawn|star)\\w*`,
    ],
    [1, `\\bzmieńcie\\b~{0,5}\\b(?:mój|moje|moją|mojego) (?:\\w+ )?${FIELD}\\b~{0,20}\\bna\\b`],
  ],
  portability: [
    [
      1,
      `\\bwyeksportuj\\w*\\b~{0,40}\\b(?:żebym|abym|bym)\\b~{0,20}\\b(?:przejść|przenieść|zmienić)\\w*|\\bzmieniam (?:dostawcę|operatora|usługodawcę|bank)\\b~{0,60}\\b(?:dajcie|wyślijcie|przekażcie|prześlijcie)\\b~{0,5}\\bmi ${MY_DATA}`,
    ],
    [
      1,
      '\\bplik\\w*\\b~{0,30}\\b(?:odczyta|otworzy|zaimportuje|wczyta)\\w*\\b~{0,15}\\b(?:mój|nowy|mojego)\\b',
    ],
  ],
  access: [
    [
      1,
      `\\bkomu (?:daliście|przekazaliście|sprzedaliście|udostępniliście|wysłaliście|przesłaliście)\\b~{0,5}\\b${MY_DATA}|\\bdo czego (?:używacie|wykorzystujecie|przetwarzacie)\\b~{0,5}\\b${MY_DATA}`,
    ],
    [
      1,
      '\\b(?<!(?:wszystko|to),? )co o mnie (?:wiecie|macie|przechowujecie|zbieracie)\\b|\\b(?<!(?:wszystko|to),? )co (?:wiecie|macie|przechowujecie) o mnie\\b',
    ],
  ],
  erasure: [
    [
      1,
      `\\bpozbądźcie się\\b~{0,20}\\b(?:wszystkiego|moich)\\b~{0,30}(?:o mnie|danych)|\\b(?:wykreślcie|wyrzućcie)\\b~{0,5}\\bmnie\\b~{0,20}\\bz (?:waszych|wszystkich) (?:systemów|baz|rejestrów|list)`,
    ],
    [1, '\\bzapomnijcie (?:o mnie|mnie)\\b'],
    [
      1,
      `\\b${MY_DATA}~{0,10}\\b(?:znikną|zniknęły|mają zniknąć)\\b|\\bniech\\b~{0,20}\\b(?:dane|wszystko)\\b~{0,10}\\bznikn\\w*`,
    ],
  ],
  opt_out_sale: [
    [
      1,
      `\\bzatrzymajcie ${MY_DATA}~{0,5}\\bdla siebie\\b|\\bnie (?:przekazujcie|sprzedawajcie|udostępniajcie|dawajcie)\\b~{0,10}\\b(?:ich|moich danych)\\b~{0,15}\\b(?:dalej|innym|osobom trzecim|podmiotom trzecim|reklamodawcom|brokerom)\\b|\\bnie chcę,? (?:żeby|by|aby) ${MY_DATA}~{0,20}\\btrafi\\w* do (?:brokerów|reklamodawców|innych firm|osób trzecich|podmiotów trzecich)`,
    ],
    [1, `\\bprzestańcie (?:udostępniać|sprzedawać|przekazywać|dzielić się)\\b~{0,10}\\b${MY_DATA}`],
  ],
};
