/**
 * Pashto rights vocabulary (Afghanistan and Pakistan have no data protection law in force that names these
 * rights; writers ask for them in everyday words or cite the GDPR). eld does not know Pashto and reads it as
 * Persian: it is recognised by its own letters (`spelling-language.ts`) and read beside the Persian list
 * (`READ_AS`), which holds the words the two share ("حذف", "اعتراض", "انتقال"); this list holds Pashto's own.
 * Pashto writes "ي", "ی" and "ې" for the same sound in loan words: `Y` reads any of them.
 */
import { basicLexicon } from './build.js';

const Y = '[يیېۍ]';
const DATA = `(?:معلومات|ډاټا|ډ${Y}ټا|اطلاعات)`;
const DONT = '(?:مه|نه) ';

export const ps = basicLexicon({
  language: 'ps',
  latin: false,
  data: `${DATA}|حساب|اکاونټ|اکاؤنټ|شخص${Y}`,
  consent: `رضا${Y}ت|اجاز(?:ه|ې)|موافقه`,
  names: {
    access: `د لاسرس${Y} حق|${DATA}~{0,20}کاپ${Y}`,
    rectification: 'د (?:سمون|اصلاح) حق',
    erasure: `د (?:ړنګولو|پاکولو|له منځه وړلو) حق|د ه${Y}ر${Y}دو حق`,
    restriction: `(?:پروسس|پروس${Y}س|پروسې|کارونې)~{0,20}محدود`,
    objection: 'اعتراض (?:کوم|لرم)',
    portability: `د (?:ل${Y}ږد|انتقال) حق`,
    withdraw_consent: `(?:رضا${Y}ت|اجازه)~{0,20}(?:ب${Y}رته|لغوه)`,
    opt_out_sale: `${DONT}(?:پلورئ|پلوري|خرڅوئ)`,
  },
  verbs: {
    access: `کاپ${Y}|لاسرس${Y}`,
    rectification: 'سم کړئ|سمه کړئ|اصلاح کړئ|تازه کړئ',
    erasure: `(?<!${DONT})ړنګ(?:وئ| کړئ| کړ${Y})|لرې کړئ|ختم کړئ|ورک کړئ`,
    restriction: 'محدود کړئ',
    objection: 'اعتراض کوم',
    portability: `ول${Y}ږدوئ|انتقال کړئ`,
    withdraw_consent: `ب${Y}رته اخلم|لغوه کوم`,
    opt_out_sale: 'پلور|خرڅ',
  },
  extra: {
    access: [[1, `زما (?:په اړه|په باب)~{0,20}(?:کوم|څه) ${DATA}|${DATA}~{0,30}(?:را ول${Y}ږئ|را واستوئ)`]],
    objection: [
      [
        1,
        `(?:اعلان|تبل${Y}غ|مارک${Y}ټ${Y}نګ|بازارموندن)\\S*~{0,30}(?:مه (?:را)?ل${Y}ږئ|بند کړئ|نه غواړم)`,
        'absorbable',
      ],
    ],
  },
  keepAccount: `حساب\\S* مه (?:ړنګوئ|ړنګ|لرې)|${DONT}ړنګ`,
  hypothetical: `آ${Y}ا~{0,60}(?:پلورئ|خرڅوئ)|که~{0,30}ړنګ~{0,30}څه`,
});
