/**
 * Uzbek in Cyrillic script (the Latin list is in `kazakh-uzbek.ts`): the older alphabet, still written by
 * many in Uzbekistan and by most Uzbeks abroad. Recognised by its letters "ў", "қ", "ғ", "ҳ" and its
 * function words (`spelling-language.ts`), and read beside the Russian list for the words it borrows
 * ("аккаунт", "удалите"). On a Russian keyboard the four letters are typed "у", "к", "г", "х": each pattern
 * is written once with them and also reads them so typed.
 */
import { basicLexicon } from './build.js';

const KEYBOARD: Readonly<Record<string, string>> = { ў: '[ўу]', қ: '[қк]', ғ: '[ғг]', ҳ: '[ҳх]' };

/** The pattern with each Uzbek letter also matching the Russian letter typed for it. */
function typed(pattern: string): string {
  return pattern.replace(/[ўқғҳ]/g, (letter) => KEYBOARD[letter]!);
}

const DATA = '(?:маълумот|малумот)\\S*';

export const uzCyrillic = basicLexicon({
  language: 'uz-cyrl',
  latin: false,
  data: typed(`${DATA}|аккаунт\\S*|ҳисоб\\S*|профил\\S*`),
  consent: typed('розилиг\\S*|розилик\\S*|рухсат\\S*|руҳсат\\S*'),
  names: {
    access: typed(`${DATA}~{0,20}нусха\\S*|нусха\\S*~{0,20}${DATA}|мен ҳақимда~{0,30}${DATA}`),
    rectification: typed('(?:исм|фамилия|манзил)\\S*~{0,30}(?:нотўғри|хато|тузатинг|тўғриланг)'),
    erasure: typed(`(?:аккаунт|ҳисоб|${DATA})\\S*~{0,30}(?:ўчиринг|ўчириб ташланг|ўчиришингизни|йўқ қилинг)`),
    restriction: typed('қайта ишлаш\\S*~{0,20}чекла\\S*'),
    objection: typed('эътироз билдираман|қаршиман'),
    portability: typed('(?:бошқа|янги) (?:хизмат|компания|провайдер)\\S*~{0,30}(?:ўтказ|кўчир)\\S*'),
    withdraw_consent: typed(
      '(?:розилиг|розилик|рухсат|руҳсат)\\S*~{0,20}(?:қайтариб ол|бекор қил|чақириб ол)\\S*',
    ),
    opt_out_sale: typed('сотманг|сотмаслигингиз\\S*'),
  },
  verbs: {
    access: 'нусха\\S*',
    rectification: typed('тузатинг|тўғриланг|янгиланг|ўзгартиринг'),
    erasure: typed('ўчиринг|ўчириб ташланг|ўчиришингизни'),
    restriction: 'чекланг|чеклаш\\S*',
    objection: typed('эътироз\\S*'),
    portability: typed('ўтказинг|кўчиринг'),
    withdraw_consent: typed('қайтариб оламан|бекор қиламан'),
    opt_out_sale: 'сотманг|сотиш\\S*',
  },
  extra: {
    access: [[1, typed(`мен ҳақимда қандай ${DATA}|қандай ${DATA}~{0,30}(?:сақла|бор)`)]],
    erasure: [[1, typed('аккаунт\\S* (?:ёпинг|бекор қилинг)')]],
    objection: [[1, typed('(?:реклама|маркетинг|хабарнома)\\S*~{0,40}(?:юборманг|тўхтатинг)'), 'absorbable']],
  },
  keepAccount: typed('(?:аккаунт|ҳисоб)\\S* (?:ўчирманг|ёпманг)'),
  // "Мижозлар маълумотларини сотасизми?" asks about the practice.
  hypothetical: typed('сотасизми|улашасизми|агар~{0,30}ўчирсам~{0,40}нима'),
});
