/**
 * Everyday asks in Turkish and Arabic that name no right: "what do you have on me?", "get rid of my
 * account", "my name is written wrong, fix it", "stop using my data for that", "I take my permission back",
 * and Gulf and Levantine "وقفوا" (stop) for marketing mail. Each needs the writer's own data or field
 * ("اسمي", "verilerimi"), so an invoice's name or a project is no request.
 */
import type { Extra } from './merge-extra.js';

const A = '[اأإآ]';
const AR_DATA = '(?:بياناتي|معلوماتي|البيانات|المعلومات|بيانات|معلومات)';
const AR_FIELD = '(?:اسمي|اسم عائلتي|عنواني|بريدي|رقم هاتفي|رقمي|تاريخ ميلادي)';
const AR_EDGE = '(?<![\\u0621-\\u064a])';

export const trEveryday: Extra = {
  access: [
    // "Hakkımda neleriniz var?", "hakkımda ne bilgi tutuyorsunuz".
    [
      1,
      'hakkımda (?:başka )?(?:ne|neler|hangi) (?:\\w+ ){0,2}(?:biliyorsunuz|tutuyorsunuz|saklıyorsunuz|tutuluyor|saklanıyor)',
    ],
    [1, 'hakkımda (?:neleriniz|neyiniz|ne|neler) var'],
  ],
  objection: [
    // "Verilerimi bunun için kullanmayı bırakın", "Bilgilerimi reklam için kullanmayın".
    [
      1,
      '(?:verilerimi|bilgilerimi|kişisel verilerimi)~{0,30}(?:kullanmayı|işlemeyi) (?:bırakın|durdurun|kesin)',
    ],
    [
      1,
      '(?:verilerimi|bilgilerimi|kişisel verilerimi)~{0,20}(?:reklam|pazarlama|analiz|profil|araştırma|istatistik|bunun|bu amaç|başka amaç)\\w*~{0,10}(?:kullanmayın|işlemeyin)',
    ],
    // An unsubscribe that did not work: "aboneliği iptal ettim ama kampanya e-postalarınız hâlâ geliyor".
    [
      1,
      '(?:kampanya|reklam|pazarlama|tanıtım|promosyon)\\w* (?:mail|e-posta|mesaj|sms|ileti)\\w*~{0,30}(?:hâlâ|hala|halen) (?:geliyor|gelmeye devam)',
      'absorbable',
    ],
  ],
  withdraw_consent: [[1.5, 'izn\\w*~{0,20}geri (?:al|çek)\\w*|onay\\w*~{0,20}geri çek\\w*']],
};

export const arEveryday: Extra = {
  access: [
    // "ماذا لديكم عني؟".
    [1, `(?<!(?:كل|جميع) )(?:ماذا|ما الذي|ما) (?:لديكم|عندكم|تعرفون|تحتفظون به|تملكون)~{0,10}(?:عني|عنّي)`],
  ],
  erasure: [[1, `(?:تخلصوا|تخلّصوا|تخلص) من (?:حسابي|${AR_DATA})`]],
  rectification: [
    // "اسمي مكتوب خطأ في الحساب. الصحيح: أحمد. أرجو التصحيح".
    [0.5, `${AR_FIELD}~{0,30}(?:خطأ|خاطئ|غلط|قديم|غير صحيح)`],
    [0.5, `${AR_EDGE}الصحيح(?![\\u0621-\\u064a])`],
    [1, `${AR_FIELD}~{0,40}(?:صححوه|صححوها|عدلوه|عدلوها|غيروه|غيروها|غيّروه|غيّروها|حدثوه|حدّثوه|صلحوه)`],
  ],
  objection: [
    // "توقفوا عن استخدام بياناتي لهذا الغرض", "لا تستخدموا بياناتي في الإعلانات".
    [1, `(?:توقفوا عن|${A}وقفوا|التوقف عن|كفوا عن) (?:استخدام|معالجة|استعمال) ${AR_DATA}`],
    [
      1,
      `لا (?:تستخدموا|تستعملوا|تعالجوا) ${AR_DATA}~{0,20}(?:الإعلان|الاعلان|إعلان|اعلان|التسويق|تسويق|التحليل|تحليل|الأبحاث|الابحاث|هذا|هذه|${A}غراض)`,
    ],
    [
      1,
      `${AR_EDGE}(?:وقفوا|وقّفوا|بطلوا|بطّلوا)~{0,20}(?:الإيميلات|الايميلات|الرسائل|الإعلانات|الاعلانات|التسويق)`,
      'absorbable',
    ],
  ],
  withdraw_consent: [[1, `${A}تراجع عن (?:موافقتي|الموافقة|إذني)`]],
};
