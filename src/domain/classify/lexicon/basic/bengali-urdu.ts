/**
 * Bengali and Urdu rights vocabulary: the GDPR as Bangladeshi and Pakistani writers abroad cite it, and the
 * everyday wording of each right ("আমার অ্যাকাউন্ট ডিলিট করে দিন", "میرا اکاؤنٹ ڈیلیٹ کر دیں"). Both are read
 * as substrings (no ASCII word boundaries); English loanwords (ডিলিট, ڈیلیٹ, ڈیٹا) are as common as the
 * native verbs, so both are listed.
 */
import { basicLexicon } from './build.js';

// "য়" is written precomposed (U+09DF) by some keyboards and as য + nukta by others.
const Y = '(?:\u09df|\u09af\u09bc)';
const BN_DATA = `(?:তথ্য|ডেটা|ডাটা|উপাত্ত)`;

export const bn = basicLexicon({
  language: 'bn',
  latin: false,
  data: 'তথ্য|ডেটা|ডাটা|উপাত্ত|অ্যাকাউন্ট|একাউন্ট|অ্যাকাউন্টটি|প্রোফাইল',
  consent: 'সম্মতি|অনুমতি',
  names: {
    access: `${BN_DATA}\\S* (?:একটি )?(?:কপি|অনুলিপি)|প্রবেশাধিকার|অ্যাক্সেসের অধিকার`,
    rectification: 'সংশোধনের অধিকার',
    erasure: `মুছে ফেলার অধিকার|(?:অ্যাকাউন্ট|একাউন্ট)\\S* (?:স্থা${Y}ীভাবে )?(?:ডিলিট|মুছে)`,
    restriction: `প্রক্রি${Y}াকরণ\\S* (?:সীমিত|সীমাবদ্ধ)`,
    objection: 'আপত্তি জানাচ্ছি|আপত্তি করছি|আপত্তির অধিকার',
    portability: 'পোর্টেবিলিটি|বহনযোগ্যতা|স্থানান্তরযোগ্যতা',
    withdraw_consent: '(?:সম্মতি|অনুমতি)\\S* প্রত্যাহার',
    opt_out_sale: `বিক্রি করবেন না|বিক্র${Y} করবেন না|বিক্রি করা বন্ধ`,
  },
  verbs: {
    access: 'কপি|অনুলিপি|দেখতে চাই|জানতে চাই',
    rectification: 'সংশোধন|ঠিক করে|ঠিক করুন|আপডেট|হালনাগাদ',
    erasure: 'মুছে|মুছুন|ডিলিট|অপসারণ',
    restriction: 'সীমিত|সীমাবদ্ধ',
    objection: 'আপত্তি',
    portability: 'স্থানান্তর|ট্রান্সফার|এক্সপোর্ট',
    withdraw_consent: `প্রত্যাহার|ফিরি${Y}ে নিচ্ছি|তুলে নিচ্ছি`,
    opt_out_sale: `বিক্রি|বিক্র${Y}`,
  },
  extra: {
    access: [
      [1, `আমার (?:সম্পর্কে|ব্যাপারে)~{0,40}(?:কী|কি|কোন) (?:কী )?${BN_DATA}`],
      [1, `${BN_DATA}\\S*~{0,30}(?:পাঠি${Y}ে দিন|পাঠান)`],
    ],
    rectification: [[1, '(?:নাম|ঠিকানা|ইমেইল|ফোন নম্বর)\\S*~{0,40}(?:ভুল|সংশোধন|ঠিক করে|আপডেট|পরিবর্তন)']],
    erasure: [[1, '(?:অ্যাকাউন্ট|একাউন্ট)\\S* বন্ধ করে দিন|সবকিছু মুছে']],
    restriction: [[2, '(?:মুছবেন না|ডিলিট করবেন না)~{0,80}ব্যবহার করবেন না']],
    objection: [
      [
        1,
        '(?:বিজ্ঞাপন|মার্কেটিং|প্রচারণা|প্রচারমূলক)~{0,40}(?:পাঠানো বন্ধ|পাঠাবেন না|বন্ধ করুন|চাই না)',
        'absorbable',
      ],
    ],
  },
  keepAccount: '(?:অ্যাকাউন্ট|একাউন্ট)\\S* (?:মুছবেন|ডিলিট করবেন|বন্ধ করবেন) না|কিছুই মুছবেন না',
  // "আপনারা কি গ্রাহকদের তথ্য বিক্রি করেন?" asks about the practice; "করলে কী হবে" about a consequence.
  hypothetical: `আপনারা কি~{0,50}(?:বিক্রি|শে${Y}ার) করেন|করলে~{0,30}(?:কী|কি) হবে`,
});

const UR_DATA = '(?:ڈیٹا|ڈیٹے|معلومات|کوائف)';

export const ur = basicLexicon({
  language: 'ur',
  latin: false,
  data: 'ڈیٹا|معلومات|کوائف|اکاؤنٹ|اکاونٹ|پروفائل',
  consent: 'رضامندی|اجازت',
  names: {
    access: `رسائی کا حق|${UR_DATA} کی (?:ایک )?(?:کاپی|نقل)`,
    rectification: 'درستگی کا حق|تصحیح کا حق',
    erasure: `مٹانے کا حق|حذف کرنے کا حق|(?:اکاؤنٹ|اکاونٹ) (?:ڈیلیٹ|حذف|ختم) کر`,
    restriction: 'پروسیسنگ (?:کو )?محدود',
    objection: 'اعتراض کا حق|اعتراض کرتا|اعتراض کرتی',
    portability: 'پورٹیبلٹی|پورٹیبلیٹی|منتقلی کا حق',
    withdraw_consent: '(?:رضامندی|اجازت) واپس',
    opt_out_sale: 'فروخت نہ کریں|نہ بیچیں|مت بیچیں|فروخت مت کریں',
  },
  // Short mail is read by every basic lexicon: the Arabic and Persian verbs ("حذف", "اعتراض", "محدود", "نقل")
  // are left out, or one word would count once per lexicon.
  verbs: {
    access: 'کاپی',
    rectification: 'درست کر|اپ ڈیٹ|اپڈیٹ|ٹھیک کر',
    erasure: 'ڈیلیٹ|مٹا',
    restriction: 'محدود کر',
    objection: 'اعتراض کر',
    portability: 'منتقل|ٹرانسفر|ایکسپورٹ',
    withdraw_consent: 'واپس لے|واپس لیت|منسوخ',
    opt_out_sale: 'فروخت|بیچ',
  },
  extra: {
    access: [
      [
        1,
        `میرے (?:بارے|متعلق)~{0,40}(?:کون سی|کون سا|کیا) ${UR_DATA}|(?:کون سی|کون سا|کیا) ${UR_DATA}~{0,40}میرے (?:بارے|متعلق)`,
      ],
    ],
    rectification: [[1, '(?:نام|پتہ|پتا|ای میل|فون نمبر)~{0,40}(?:غلط|درست کر|اپ ڈیٹ|تبدیل کر)']],
    erasure: [[1, '(?:اکاؤنٹ|اکاونٹ) بند کر دیں|سب کچھ (?:ڈیلیٹ|مٹا|حذف)']],
    restriction: [[2, '(?:ڈیلیٹ|حذف) نہ کریں~{0,80}استعمال نہ کریں']],
    objection: [
      [
        1,
        '(?:اشتہار|مارکیٹنگ|تشہیری|پروموشن)~{0,40}(?:بھیجنا بند|نہ بھیجیں|مت بھیجیں|بند کریں)',
        'absorbable',
      ],
    ],
  },
  keepAccount: '(?:اکاؤنٹ|اکاونٹ) (?:ڈیلیٹ|حذف|بند) نہ کریں',
  // "کیا آپ صارفین کا ڈیٹا فروخت کرتے ہیں؟" asks about the practice.
  hypothetical: 'کیا آپ~{0,50}(?:فروخت|بیچتے|شیئر) کرتے|کروں تو~{0,30}کیا',
});
