/**
 * Sinhala and Mongolian (Cyrillic script) rights vocabulary: Sri Lanka's Personal Data Protection Act No. 9
 * of 2022 (s. 13 access, s. 14 withdrawal of consent, s. 15 rectification, s. 16 erasure) and Mongolia's 2021
 * Law on the Protection of Personal Information, in everyday wording with the loan words people type
 * ("ඩිලීට් කරන්න", "аккаунт"). Sinhala puts "don't" after the verb ("මකන්න එපා"), Mongolian before it
 * ("битгий устгаарай", "бүү худалдаарай"). Read as substrings; data words are stems.
 */
import { aiTrainingObjection } from './ai-training.js';
import { basicLexicon } from './build.js';

const LATIN_DATA = '(?<![a-z])(?:data|account|profile)(?![a-z])';

// Sinhala's "ප්‍ර" joins its letters with a zero-width joiner that some keyboards leave out.
const PR = 'ප්\\u200d?ර';
/**
 * A section of Sri Lanka's PDPA: "13 වන වගන්තිය", "13 වැනි වගන්තිය", or "section 13" under the Act's Sinhala
 * name; never "PDPA section 13" wholly in English, which Singapore's PDPA numbers otherwise (s. 13 is consent).
 */
function pdpaSection(n: number): string {
  const number = `${n}(?![0-9])`;
  return `(?:pdpa|පුද්ගලික දත්ත ආරක්ෂණ)[^.\\n]{0,40}${number}(?: ?(?:වන|වැනි))? වගන්ති|පුද්ගලික දත්ත ආරක්ෂණ[^.\\n]{0,40}(?:section|sec\\.?|s\\.)\\s?${number}`;
}

const SI_ACCOUNT = '(?:ගිණුම|ඇකවුන්ට්)';

export const si = basicLexicon({
  language: 'si',
  latin: false,
  data: `දත්ත|තොරතුරු|${SI_ACCOUNT}|${LATIN_DATA}`,
  consent: 'කැමැත්|එකඟත්ව|අවසර',
  names: {
    access: `(?:දත්ත|තොරතුරු)\\S{0,15} (?:පිටපතක්|පිටපත)|${PR}වේශ වීමේ අයිතිය`,
    rectification: 'නිවැරදි කිරීමේ අයිතිය|යාවත්කාලීන කිරීමේ අයිතිය',
    erasure: `මකා දැමීමේ අයිතිය|${SI_ACCOUNT}\\S{0,15} (?:සම්පූර්ණයෙන්ම )?(?:මකා දමන්න|මකන්න|ඩිලීට් කරන්න|delete කරන්න)(?! එපා)`,
    restriction: 'සැකසීම\\S{0,15} (?:සීමා කරන්න|අත්හිටුවන්න)',
    objection: 'විරුද්ධ වෙමි|විරුද්ධත්වය (?:දක්වමි|පළ කරමි)|විරෝධය (?:දක්වමි|පළ කරමි)',
    portability: 'දත්ත ගෙන යාමේ අයිතිය|දත්ත අතේ ගෙන යාම',
    withdraw_consent: '(?:කැමැත්|එකඟත්ව|අවසර)\\S{0,15} (?:ඉල්ලා අස්කර|ආපසු ගන්න|ආපසු ගනිමි|අවලංගු කරමි)',
    opt_out_sale: 'විකුණන්න එපා|විකිණීමට එපා|නොවිකුණන්න|විකිණීම නවත්වන්න',
  },
  verbs: {
    access: 'පිටපත',
    rectification: 'නිවැරදි කර|යාවත්කාලීන කර|අප්ඩේට්|update කර',
    erasure: 'මකන්න|මකා දම|මකලා|ඉවත් කරන්න|ඩිලීට්|ඩිලිට්|delete කර',
    restriction: 'සීමා කර|අත්හිටුව',
    objection: 'විරුද්ධ|විරෝධ',
    portability: 'මාරු කර|ගෙන යාම|අපනයනය',
    withdraw_consent: 'ඉල්ලා අස්කර|ආපසු ගන්න|ආපසු ගනිමි',
    opt_out_sale: 'විකුණ|විකිණ',
  },
  extra: {
    access: [
      [1, 'මා ගැන~{0,40}(?:මොන|කුමන|මොනවද|කුමක්ද)~{0,20}(?:දත්ත|තොරතුරු)'],
      [1, '(?:මගේ|සියලු|සියලුම) (?:පුද්ගලික )?(?:දත්ත|තොරතුරු)~{0,30}(?:එවන්න|ලබා දෙන්න)'],
      [1, 'මා (?:ගැන|පිළිබඳ)~{0,40}(?:දත්ත|තොරතුරු)~{0,30}(?:එවන්න|ලබා දෙන්න)'],
      [1.5, pdpaSection(13)],
    ],
    rectification: [
      [1, '(?:නම|ලිපිනය|දුරකථන අංකය|ඊමේල්|උපන් දිනය)\\S{0,15}~{0,40}(?:වැරදි|නිවැරදි කර|යාවත්කාලීන)'],
      [1.5, pdpaSection(15)],
    ],
    erasure: [
      [1, `${SI_ACCOUNT}\\S{0,15} වසා දමන්න|සියල්ල (?:මකා දමන්න|මකන්න)`],
      [1.5, pdpaSection(16)],
    ],
    objection: [
      aiTrainingObjection('දත්ත|තොරතුරු', 'කෘත්‍රිම බුද්ධි', 'පුහුණු'),
      [
        1,
        `(?:දැන්වීම්|${PR}චාරණ|${PR}වර්ධන|අලෙවිකරණ)\\S{0,15}~{0,30}(?:භාවිතා කරන්න එපා|භාවිත නොකරන්න)`,
        'absorbable',
      ],
      [
        1,
        `(?:දැන්වීම්|${PR}චාරණ|${PR}වර්ධන|${PR}මෝෂන්|අලෙවිකරණ|මාකටින්|පුවත් ලිපි|නිව්ස්ලෙටර්)\\S{0,15}~{0,40}(?:එවන්න එපා|එවීම නවත්වන්න|නවත්වන්න)`,
        'absorbable',
      ],
    ],
    withdraw_consent: [[1, pdpaSection(14)]],
  },
  trailingNegation: 'එපා|නොකර',
  keepAccount: `${SI_ACCOUNT}\\S{0,15} (?:තබා ගන්න|තියාගන්න)|නොමකන්න|කිසිවක් (?:මකන්න|ඩිලීට් කරන්න) එපා`,
  // "ඔබ පාරිභෝගික දත්ත විකුණනවාද?" asks about the practice; "මැකුවොත් මොකද වෙන්නේ" about a consequence.
  hypothetical: 'විකුණනවාද|විකුණනවද|විකුණන්නේද|බෙදා ගන්නවාද|මැකුවොත්~{0,30}(?:මොකද|කුමක්)',
});

// Mongolian verbs take their endings after a stem: "устга-х" (to delete), "устга-на уу" (please delete),
// "устга-аарай", "устга-ж өгнө үү".
const MN_ACCOUNT = '(?:бүртгэл|аккаунт|акаунт)';
const MN_DATA = '(?:мэдээл|өгөгд)';
const MN_NOT = '(?<![а-яёөү])(?:битгий|бүү)(?![а-яёөү])';

export const mn = basicLexicon({
  language: 'mn',
  latin: false,
  data: `мэдээл|өгөгд|${MN_ACCOUNT}|профайл|${LATIN_DATA}`,
  consent: 'зөвшөөр',
  names: {
    access: `${MN_DATA}\\S{0,15} хуулбар|танилцах эрх|мэдээлэлтэй танилцах`,
    rectification: `засварлах эрх|залруулах эрх|${MN_DATA}\\S{0,15} (?:засна уу|засаж өг|засварла|залруул)`,
    erasure: `устгах эрх|(?:${MN_ACCOUNT}|${MN_DATA})\\S{0,15} (?:бүрмөсөн )?(?:устгана уу|устгаарай|устгаж өг|устгах хүсэлт)`,
    restriction: 'боловсруулалт\\S{0,15} (?:хязгаарла|түр зогсоо)',
    objection: 'эсэргүүцэх эрх|эсэргүүцэж байна',
    portability: 'шилжүүлэх эрх|зөөвөрлөх эрх',
    withdraw_consent: 'зөвшөөр\\S{0,15} (?:цуцл|цуцал|буцаан ав|буцааж ав|эргүүлэн ав)',
    opt_out_sale: `${MN_NOT} (?:худалда|зара)|худалдахгүй байх`,
  },
  verbs: {
    access: 'хуулбар',
    rectification: 'засварла|залруул|шинэч|засна уу|засаж өг',
    erasure: 'устг|арилга',
    restriction: 'хязгаарла',
    objection: 'эсэргүүц',
    portability: 'шилжүүл',
    withdraw_consent: 'буцаан ав|буцааж ав',
    opt_out_sale: 'худалда',
  },
  extra: {
    access: [
      [1, `миний (?:тухай|талаар|талаарх)~{0,40}ямар(?: ямар)?(?: хувийн)? ${MN_DATA}`],
      [1, `миний (?:хувийн )?${MN_DATA}\\S{0,15}~{0,30}(?:илгээнэ үү|илгээж өг|өгнө үү)`],
      [1, `${MN_DATA}\\S{0,15}(?: (?:талаар|тухай|талаарх))?~{0,30}(?:мэдээлэл авах|танилцах)`],
    ],
    rectification: [
      [
        1,
        '(?:нэр|хаяг|утасны дугаар|имэйл|төрсөн огноо)\\S{0,15}~{0,40}(?:буруу|засна уу|засаж|өөрчил|өөрчл|шинэч)',
      ],
    ],
    erasure: [[1, `бүгдийг (?:нь )?устга|${MN_ACCOUNT}\\S{0,15} (?:хаана уу|хааж өг)`]],
    objection: [
      aiTrainingObjection(MN_DATA, 'хиймэл оюун', 'сурга'),
      [
        1,
        `(?:сурталчил|реклам|маркетинг)\\S{0,15}~{0,40}(?:${MN_NOT} илгээ|илгээхээ (?:боль|зогсоо)|зогсооно уу)`,
        'absorbable',
      ],
    ],
  },
  negation: MN_NOT,
  keepAccount: `${MN_ACCOUNT}\\S{0,15} (?:хадгал|үлдээ)|${MN_NOT} (?:юу ч )?устга`,
  // "Та хэрэглэгчдийн мэдээллийг худалддаг уу?" asks about the practice.
  hypothetical: '(?:худалддаг|зардаг|хуваалцдаг) уу|устгавал~{0,30}юу',
});
