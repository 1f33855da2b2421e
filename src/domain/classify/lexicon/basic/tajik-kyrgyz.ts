/**
 * Tajik and Kyrgyz rights vocabulary (both in Cyrillic script; Tajikistan's Law No. 1537 and Kyrgyzstan's Law
 * No. 58 on personal data give access, correction, deletion and the withdrawal of consent; writers abroad cite
 * the GDPR). eld knows neither and reads them as Russian, Bulgarian or Kazakh: each is recognised by its own
 * letters (`spelling-language.ts`) and read beside the Russian list for the words they borrow ("аккаунт",
 * "реклама"). Tajik is Persian in Cyrillic letters ("нест кунед", delete); Kyrgyz a Turkic language close to
 * Kazakh ("өчүрүңүз", delete). Written from the meaning of each right, with no mail to measure them on.
 */
import { basicLexicon } from './build.js';

const TG_DATA = '(?:маълумот|додаҳо)\\S*';

export const tg = basicLexicon({
  language: 'tg',
  latin: false,
  data: `${TG_DATA}|ҳисоб\\S*|аккаунт\\S*|профил\\S*`,
  consent: 'розигӣ\\S*|иҷозат\\S*',
  names: {
    access: `${TG_DATA}~{0,20}нусха\\S*|нусхаи ${TG_DATA}|ҳуқуқи дастрасӣ`,
    rectification: 'ҳуқуқи ислоҳ',
    erasure: `ҳуқуқи нест кардан|(?:ҳисоб|${TG_DATA})\\S*~{0,30}(?:нест кунед|хориҷ кунед|пок кунед)`,
    restriction: 'коркард\\S*~{0,20}маҳдуд',
    objection: 'эътироз дорам|мухолифам',
    portability: `${TG_DATA}~{0,30}интиқол диҳед`,
    withdraw_consent: '(?:розигӣ|иҷозат)\\S*~{0,20}(?:бозпас мегирам|бекор мекунам)',
    opt_out_sale: 'нафурӯшед',
  },
  verbs: {
    access: 'нусха\\S*',
    rectification: 'ислоҳ кунед|дуруст кунед|навсозӣ кунед',
    erasure: 'нест кунед|хориҷ кунед|пок кунед',
    restriction: 'маҳдуд кунед',
    objection: 'эътироз\\S*',
    portability: 'интиқол диҳед',
    withdraw_consent: 'бозпас мегирам|бекор мекунам',
    opt_out_sale: 'нафурӯшед|фурӯш\\S*',
  },
  extra: {
    access: [[1, `дар бораи ман~{0,30}чӣ ${TG_DATA}|кадом ${TG_DATA}~{0,30}дар бораи ман`]],
    objection: [[1, '(?:реклама|таблиғ|маркетинг)\\S*~{0,40}(?:нафиристед|қатъ кунед)', 'absorbable']],
  },
  keepAccount: '(?:ҳисоб|аккаунт)\\S* (?:нест накунед|нигоҳ доред)',
  hypothetical: 'мефурӯшед|агар~{0,30}нест кунам~{0,40}чӣ',
});

const KY_DATA = 'маалымат\\S*';

export const ky = basicLexicon({
  language: 'ky',
  latin: false,
  data: `${KY_DATA}|аккаунт\\S*|эсеп\\S*|профил\\S*`,
  consent: 'макулдук\\S*|уруксат\\S*',
  names: {
    access: `${KY_DATA}~{0,20}көчүрмө\\S*|көчүрмө\\S*~{0,20}${KY_DATA}|мен тууралуу~{0,30}${KY_DATA}`,
    rectification: `${KY_DATA}~{0,30}(?:оңдоңуз|түзөтүңүз)`,
    erasure: `(?:аккаунт|эсеп|${KY_DATA})\\S*~{0,30}(?:өчүрүңүз|өчүрүп салыңыз|жок кылыңыз)`,
    restriction: 'иштетүү\\S*~{0,20}чекте\\S*',
    objection: 'каршымын|нааразычылык билдирем',
    portability: `${KY_DATA}~{0,30}өткөрүп бериңиз`,
    withdraw_consent: '(?:макулдук|уруксат)\\S*~{0,20}(?:кайра алам|жокко чыгарам)',
    opt_out_sale: 'сатпаңыз',
  },
  verbs: {
    access: 'көчүрмө\\S*',
    rectification: 'оңдоңуз|түзөтүңүз|жаңылаңыз',
    erasure: 'өчүрүңүз|өчүрүп салыңыз|жок кылыңыз',
    restriction: 'чектеңиз',
    objection: 'каршымын',
    portability: 'өткөрүп бериңиз',
    withdraw_consent: 'кайра алам|жокко чыгарам',
    opt_out_sale: 'сатпаңыз|сатуу\\S*',
  },
  extra: {
    objection: [[1, '(?:жарнама|маркетинг)\\S*~{0,40}(?:жибербеңиз|токтотуңуз)', 'absorbable']],
  },
  keepAccount: '(?:аккаунт|эсеп)\\S* өчүрбөңүз',
  hypothetical: 'сатасыздарбы|сатасызбы|эгер~{0,30}өчүрсөм~{0,40}эмне',
});
