/**
 * Everyday asks in Hebrew, Hindi (and Hinglish), Vietnamese and Indonesian that name no right: "what do you
 * hold on me?", "get rid of my account", "my name is written wrong", "stop using my data for that", "take me
 * off the mailing list", "I cancel the consent I gave". Each needs the writer's own data or field, so an
 * invoice's name or a company's field is no request.
 */
import type { Extra } from './merge-extra.js';

const HE_EDGE = '(?<![\\u05d0-\\u05ea])';
const HE_END = '(?![\\u05d0-\\u05ea])';
const HE_FIELD = '(?:השם|שם המשפחה|הכתובת|מספר הטלפון|הטלפון|המייל|האימייל|תאריך הלידה)';
const HI_FIELD = '(?:नाम|पता|फ़ोन नंबर|फोन नंबर|मोबाइल नंबर|नंबर|ईमेल|जन्मतिथि|जन्म तिथि)';
const VI_FIELD = '(?:tên|họ tên|địa chỉ|số điện thoại|email|ngày sinh)';

export const heEveryday: Extra = {
  access: [
    [
      1,
      'איזה (?:מידע|נתונים|פרטים)(?: אישי| אישיים)? (?:יש לכם|אתם שומרים|אתם מחזיקים|נשמר|מוחזק|שמור|אספתם)~{0,6}(?:עליי|עלי|לגביי|אודותיי)',
    ],
    [1, 'מה (?:יש לכם|אתם יודעים|אתם שומרים|אתם מחזיקים) (?:עליי|עלי|לגביי)'],
  ],
  erasure: [[1, '(?:תיפטרו|היפטרו) מ(?:ה)?(?:חשבון|מידע|נתונים|פרטים)']],
  rectification: [
    // "הכתובת בחשבון שלי ישנה. הכתובת הנכונה: ... נא לתקן".
    [
      0.5,
      `${HE_FIELD}(?: שלי| בחשבון שלי| בפרופיל שלי)~{0,12}(?:לא נכון|לא נכונה|שגוי|שגויה|ישן|ישנה|בטעות)`,
    ],
    [0.5, '(?:הכתובת|השם|המספר|המייל) הנכונ(?:ה|ים)?|הנכון הוא'],
    [0.5, `${HE_EDGE}(?:תתקנו|תקנו|תעדכנו|עדכנו)${HE_END}`],
  ],
  objection: [[1, '(?:תורידו|הורידו|להוריד) אותי~{0,20}(?:רשימ|הדיוור|התפוצה)', 'absorbable']],
  withdraw_consent: [[1, 'מבטלת? את ההסכמה|חוזרת? בי מההסכמה|(?:לוקח|לוקחת) (?:בחזרה )?את ההסכמה']],
};

export const hiEveryday: Extra = {
  access: [
    // "आपके पास मेरा कौन-सा व्यक्तिगत डेटा है", "aapke paas mera kya kya data hai".
    [
      1,
      'आपके पास (?:मेरा|मेरी|मेरे)~{0,20}(?:कौन-सा|कौनसा|कौन सा|कौन-सी|कौन सी|क्या क्या|क्या-क्या|क्या)~{0,20}(?:डेटा|डाटा|जानकारी)',
    ],
    [
      1,
      'aapke paas (?:mera|meri|mere)~{0,20}(?:kya kya|kya|kaunsa|kaun sa|kaun si|konsa) (?:personal )?(?:data|jaankari|jankari|information|details)',
    ],
  ],
  rectification: [[1, `(?:मेरा|मेरी|मेरे) ${HI_FIELD}~{0,20}(?:सुधार|ठीक कर|बदल दें|बदल दीजिए|अपडेट कर)`]],
  objection: [
    [
      1,
      '(?:मेरे|मेरी) (?:डेटा|डाटा|जानकारी) का (?:इस्तेमाल|उपयोग|प्रयोग)~{0,30}(?:बंद करें|बंद कीजिए|बंद कर दें|न करें|मत करें|रोकें|रोक दें)',
    ],
  ],
};

export const viEveryday: Extra = {
  access: [
    [
      1,
      '(?:lưu|giữ|có|xử lý|thu thập) (?:những )?(?:dữ liệu|thông tin)(?: cá nhân)? (?:nào|gì) (?:của|về) (?:tôi|mình|em)',
    ],
    [1, '(?:cho tôi biết|muốn biết)~{0,30}(?:có|giữ|lưu) (?:gì|những gì) về (?:tôi|mình|em)'],
  ],
  rectification: [
    [0.5, `${VI_FIELD}(?: của tôi| của mình)? (?:bị )?(?:ghi |viết )?(?:sai|nhầm|cũ)`],
    [0.5, 'đúng là|đúng phải là'],
    [
      1,
      `(?:đổi|thay đổi|cập nhật|sửa)(?: giúp| giùm)?(?: tôi| mình)?~{0,10}${VI_FIELD}~{0,30}(?:thành|sang)`,
    ],
  ],
  objection: [
    [1, 'không đồng ý (?:để|cho)~{0,40}(?:dùng|sử dụng)~{0,10}(?:dữ liệu|thông tin)'],
    [1, '(?:ngừng|dừng|thôi) gửi~{0,20}(?:quảng cáo|khuyến mãi|tiếp thị|bản tin)', 'absorbable'],
    [1, '(?:đừng|không được) (?:dùng|sử dụng) (?:dữ liệu|thông tin)~{0,30}(?:vào|cho) (?:việc|mục đích)'],
  ],
};

export const idEveryday: Extra = {
  access: [
    [
      1,
      '(?:data|informasi) (?:pribadi |peribadi )?apa (?:saja |aja )?yang (?:anda|kalian|tuan|kamu) (?:simpan|miliki|punya|proses)',
    ],
    [1, '(?:punya|simpan|miliki) (?:data|informasi) apa (?:saja |aja )?(?:tentang|soal|mengenai) saya'],
    [
      1,
      '(?:ingin|mau) (?:tahu|tau|mengetahui) apakah (?:data|maklumat|informasi)~{0,30}(?:disimpan|diproses|dipegang)',
    ],
  ],
  erasure: [[1, '(?:buang|hilangkan|musnahkan|lenyapkan|tutup) (?:akun|akaun|data)(?: saya)?']],
  objection: [
    [
      1,
      '(?:berhenti|stop|jangan) (?:pakai|memakai|pake|gunakan|menggunakan) (?:data|informasi|maklumat)(?: pribadi| peribadi)? saya~{0,30}(?:untuk|buat)',
    ],
  ],
};
