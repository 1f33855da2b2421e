/**
 * Kazakh (Cyrillic) and Uzbek (Latin) rights vocabulary: Kazakhstan's Law No. 94-V on personal data and their
 * protection and Uzbekistan's Law No. ZRU-547 on personal data give access, correction, deletion and the
 * withdrawal of consent; writers abroad cite the GDPR. eld knows neither: Kazakh is recognised by its own
 * Cyrillic letters, Uzbek by its spelling (`spelling-language.ts`). Kazakh mail often borrows Russian words
 * ("аккаунт", "удалите"), which the Russian list reads beside it (`READ_AS`). Uzbek writes its "oʻ" and
 * "gʻ" with any of four apostrophes, or none ("o'chiring", "oʻchiring", "ochiring").
 */
import { basicLexicon } from './build.js';
import { withGdprArticles } from './gdpr-articles.js';

const KK_DATA = '(?:дерек|мәлімет|ақпарат)\\S*';

export const kk = basicLexicon({
  language: 'kk',
  latin: false,
  data: 'дерек\\S*|мәлімет\\S*|ақпарат\\S*|аккаунт\\S*|есептік жазба\\S*|профиль\\S*',
  consent: 'келісім\\S*|рұқсат\\S*',
  names: {
    access: `${KK_DATA} көшірме\\S*|қол жеткізу құқығы|мен туралы~{0,30}${KK_DATA}|қандай ${KK_DATA}~{0,30}мен туралы`,
    rectification: 'түзету құқығы|(?:аты|атым|тегім|мекенжай)\\S*~{0,30}(?:қате|түзетіңіз)',
    erasure: `жою құқығы|ұмытылу құқығы|(?:аккаунт|есептік жазба|${KK_DATA})\\S*~{0,30}(?:жойыңыз|жойып|өшіріңіз|өшіріп|жойылуын|жоюыңызды|өшіруіңізді)`,
    restriction: 'өңдеу\\S*~{0,20}шекте\\S*',
    objection: 'қарсымын|қарсылық білдіремін',
    portability: '(?:басқа|өзге) (?:қызмет|компания|провайдер)\\S*~{0,30}(?:тасымалда|беріңіз|жіберіңіз)\\S*',
    withdraw_consent: '(?:келісім|рұқсат)\\S*~{0,20}(?:кері қайтар|қайтарып ал|кері ал|бас тарт)\\S*',
    opt_out_sale: 'сатпаңыз|сатуға болмайды',
  },
  verbs: {
    access: 'көшірме\\S*',
    // The imperative and the converb of "… беруіңізді сұраймын" (I ask you to … for me).
    rectification: 'түзетіңіз|түзетіп|жаңартыңыз|жаңартып|өзгертіңіз|өзгертіп',
    erasure: 'жойыңыз|жойып|жойылуын|өшіріңіз|өшіріп|жоюыңызды|өшіруіңізді',
    restriction: 'шектеңіз|шектеу\\S*',
    objection: 'қарсымын|қарсылық\\S*',
    portability: 'тасымалда\\S*',
    withdraw_consent: 'кері қайтар\\S*|қайтарып аламын',
    opt_out_sale: 'сатпаңыз|сату\\S*',
  },
  extra: withGdprArticles(
    {
      erasure: [[1, '(?:аккаунт|есептік жазба)\\S* жабыңыз']],
      objection: [[1, '(?:жарнама|маркетинг|хабарлам)\\S*~{0,40}(?:тоқтатыңыз|жібермеңіз)', 'absorbable']],
    },
    (n) => `${n}(?!\\d)-?(?:бап|баб)`,
  ),
  keepAccount: '(?:аккаунт|есептік жазба)\\S* (?:жоймаңыз|өшірмеңіз|жаппаңыз)',
  // "Клиенттердің деректерін сатасыздар ма?" asks about the practice.
  hypothetical: 'сатасыз(?:дар)? ма|сатасыз ба|егер~{0,30}жойсам~{0,40}не болады',
});

/** Uzbek "oʻ", "gʻ" and the glottal stop, with whichever apostrophe, or none. */
const apostrophes = (pattern: string) => pattern.replaceAll("'", "[ʻʼ']?");
const UZ_DATA = apostrophes("(?:ma'lumot\\w*|data)");

export const uz = basicLexicon({
  language: 'uz',
  latin: true,
  data: apostrophes("ma'lumot\\w*|data|akkaunt\\w*|hisob\\w*|profil\\w*"),
  consent: 'rozilig\\w*|rozilik\\w*|ruxsat\\w*',
  names: {
    access: apostrophes(`${UZ_DATA}~{0,20}nusxa\\w*|nusxa\\w*~{0,20}${UZ_DATA}|men haqimda~{0,30}${UZ_DATA}`),
    rectification: apostrophes("(?:ism|familiya|manzil)\\w*~{0,30}(?:noto'g'ri|xato|tuzating|to'g'rilang)"),
    erasure: apostrophes(
      `(?:akkaunt|hisob|${UZ_DATA})\\w*~{0,30}(?:o'chiring|o'chirib tashlang|o'chirishingizni|yo'q qiling)`,
    ),
    restriction: apostrophes('qayta ishlash\\w*~{0,20}chekla\\w*'),
    objection: apostrophes("e'tiroz bildiraman|qarshiman"),
    portability: apostrophes(
      '(?:boshqa|yangi) (?:xizmat|kompaniya|provayder)\\w*~{0,30}(?:o.tkaz|ko.chir)\\w*',
    ),
    withdraw_consent: apostrophes(
      '(?:rozilig|rozilik|ruxsat)\\w*~{0,20}(?:qaytarib ol|bekor qil|chaqirib ol)\\w*',
    ),
    opt_out_sale: 'sotmang|sotmasligingiz\\w*',
  },
  verbs: {
    access: 'nusxa\\w*',
    rectification: apostrophes("tuzating|to'g'rilang|yangilang|o'zgartiring"),
    erasure: apostrophes("o'chiring|o'chirib tashlang|o'chirishingizni"),
    restriction: 'cheklang|cheklash\\w*',
    objection: apostrophes("e'tiroz\\w*"),
    portability: apostrophes("o'tkazing|ko'chiring"),
    withdraw_consent: 'qaytarib olaman|bekor qilaman',
    opt_out_sale: 'sotmang|sotish\\w*',
  },
  extra: withGdprArticles(
    {
      erasure: [[1, 'akkaunt\\w* (?:yoping|bekor qiling)']],
      objection: [[1, '(?:reklama|marketing|xabarnoma)\\w*~{0,40}(?:yubormang|to.xtating)', 'absorbable']],
    },
    (n) => `\\b${n}-?modda`,
  ),
  keepAccount: apostrophes("(?:akkaunt|hisob)\\w* (?:o'chirmang|yopmang)"),
  // "Mijozlar ma'lumotlarini sotasizmi?" asks about the practice.
  hypothetical: apostrophes("sotasizmi|ulashasizmi|agar~{0,30}o'chirsam~{0,40}nima"),
});
