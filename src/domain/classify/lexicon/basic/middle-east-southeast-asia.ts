/**
 * Hebrew, Persian, Thai, Vietnamese and Indonesian/Malay rights vocabulary (GDPR for residents of the EU;
 * Israel's Privacy Protection Law s. 13-14; Thailand's PDPA ss. 30-36; Vietnam's Decree 13/2023 Art. 9;
 * Indonesia's UU PDP Arts. 5-13). Arabic has a file of its own (`arabic.ts`). Hebrew and Persian attach
 * prefixes to words (ה-, ל-), Thai is written without spaces, and Vietnamese letters lie outside the
 * compiled word boundary's Latin range, so those are matched as substrings.
 */
import { basicLexicon } from './build.js';
import { heEveryday, idEveryday, viEveryday } from './everyday-more-asia.js';
import { mergeExtra } from './merge-extra.js';

export const he = basicLexicon({
  language: 'he',
  negation: '(?<![\\u05d0-\\u05ea])(?:לא|אל)(?![\\u05d0-\\u05ea])',
  negationExceptions: '\\s*(?:\\S+ )?(?:קיבלתי|הצלחתי|יודע|יודעת)',
  latin: false,
  data: 'מידע|נתונים|חשבון|פרטים|פרטיי',
  consent: 'הסכמה|הסכמתי|ההסכמה',
  names: {
    access: 'זכות עיון|לעיין במידע|עיון במידע|עותק של (?:המידע|הנתונים)',
    rectification: 'תיקון (?:המידע|מידע|הפרטים|פרטים)|לתקן את (?:המידע|הפרטים)',
    erasure: 'הזכות להישכח|מחיקת (?:המידע|הנתונים|החשבון|חשבוני)|למחוק את (?:המידע|הנתונים|החשבון|כל)',
    restriction: 'הגבלת (?:העיבוד|עיבוד)',
    objection: 'מתנגדת? ל(?:עיבוד|שימוש)|התנגדות ל(?:עיבוד|שימוש)|דיוור ישיר',
    portability: 'ניוד (?:המידע|מידע|הנתונים|נתונים)',
    withdraw_consent: 'ביטול (?:ה)?הסכמה|מבטלת? את הסכמתי|חוזרת? בי מהסכמתי',
    opt_out_sale: 'לא למכור|אל תמכרו|מכירת (?:המידע|הנתונים)',
  },
  verbs: {
    access: 'עיון|לעיין|עותק',
    rectification: 'לתקן|תיקון|לעדכן|עדכון',
    erasure: 'למחוק|מחיקה|מחקו|להסיר|הסירו',
    restriction: 'להגביל|הגבלה|להקפיא',
    objection: 'מתנגד|התנגדות',
    portability: 'להעביר|העברת|ניוד|לייצא',
    withdraw_consent: 'ביטול|לבטל|חוזר בי|חוזרת בי',
    opt_out_sale: 'למכור|מכירה|לשתף',
  },
  extra: mergeExtra(
    {
      access: [
        [1, 'איזה מידע (?:יש לכם|אתם שומרים|נשמר) עלי|מה אתם יודעים עלי|(?:שלחו|תשלחו) לי (?:עותק|את כל)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, 'לא רוצה~{0,50}(?:שום|משהו|כלום)~{0,30}(?:עליי|עלי|שלי)'],
        [1, '(?:תסירו|הסירו|תמחקו|מחקו|תוציאו|הוציאו) אותי~{0,30}(?:מערכת|מאגר)'],
        [1, '(?:עדיין|עד היום) לא (?:נמחק|נמחקו|מחקתם)'],
      ],
      // Direct mail refused (Israel's Communications Law s. 30A, "חוק הספאם", and Privacy Protection Law s. 17F).
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [1, '(?:אל תשתמשו|לא רוצה|מתנגד)~{0,50}(?:אימון|לאמן)~{0,20}(?:בינה מלאכותית|\\bai\\b|מודל)'],
        [1, '(?:להפסיק|תפסיקו|הפסיקו|אל תשלחו)~{0,30}(?:דיוור|פרסומ|שיווק|ניוזלטר|מבצעים)', 'absorbable'],
        [1, '(?:הסירו|להסיר|תסירו) אותי (?:מ)?(?:רשימ|הדיוור|התפוצה)', 'absorbable'],
      ],
    },
    heEveryday,
  ),
  hypothetical: 'האם אתם (?:מוכרים|משתפים|מעבירים)|כמה זמן אתם שומרים',
});

export const fa = basicLexicon({
  language: 'fa',
  latin: false,
  data: 'اطلاعات|داده|حساب',
  consent: 'رضایت',
  names: {
    access: 'حق دسترسی|نسخه‌ای از اطلاعات|نسخه ای از اطلاعات',
    rectification: 'اصلاح اطلاعات|تصحیح اطلاعات',
    // Arabic shares the words: "لا أريد حذف حسابي" keeps the account.
    erasure: 'حذف (?:همه )?اطلاعات|(?<!لا [اأإآ]ريد )حذف حساب|پاک کردن اطلاعات',
    restriction: 'محدود کردن پردازش|محدودیت پردازش',
    objection: 'اعتراض به پردازش|مخالفت با پردازش',
    portability: 'انتقال (?:اطلاعات|داده)',
    withdraw_consent: 'پس گرفتن رضایت|لغو رضایت|رضایتم را پس',
    opt_out_sale: 'فروش اطلاعات|اطلاعاتم را نفروشید',
  },
  verbs: {
    access: 'دسترسی|نسخه',
    rectification: 'اصلاح|تصحیح|به‌روزرسانی',
    // Not inside Arabic "احذفوا" (delete!), read by the Arabic list beside this one.
    erasure: '(?<!لا [اأإآ]ريد |ا)حذف|پاک',
    restriction: 'محدود|توقف',
    objection: 'اعتراض|مخالف',
    portability: 'انتقال|خروجی',
    withdraw_consent: 'پس می‌گیرم|پس میگیرم|لغو',
    opt_out_sale: 'فروش|نفروشید',
  },
  extra: {
    access: [
      [
        1,
        'چه (?:اطلاعات|داده)\\S*~{0,20}(?:از من|درباره من|درباره‌ی من)|(?:اطلاعات|داده)\\S* (?:من|مرا)~{0,30}(?:بفرستید|ارسال کنید)',
      ],
    ],
    erasure: [[1, 'هنوز (?:حذف|پاک) نشده']],
    objection: [
      [
        1,
        '(?:دیگر|دیگه)?~{0,20}(?:تبلیغ|بازاریابی|خبرنامه)\\S*~{0,20}(?:نفرستید|نفرستین|ارسال نکنید)|لغو اشتراک',
        'absorbable',
      ],
    ],
  },
  hypothetical:
    'آیا~{0,60}(?:می‌فروشید|میفروشید|می فروشید|به اشتراک می‌گذارید)|چه مدت~{0,30}نگه(?:داری)? می‌',
});

export const th = basicLexicon({
  language: 'th',
  latin: false,
  data: 'ข้อมูล|บัญชี',
  consent: 'ความยินยอม|ยินยอม',
  names: {
    access: 'สิทธิในการเข้าถึง|ขอสำเนาข้อมูล|ขอเข้าถึงข้อมูล',
    rectification: 'แก้ไขข้อมูล|สิทธิในการแก้ไข',
    erasure: 'ลบข้อมูล|ลบบัญชี|ทำลายข้อมูล|สิทธิในการลบ',
    restriction: 'ระงับการใช้|จำกัดการประมวลผล',
    objection: 'คัดค้านการ(?:เก็บรวบรวม|ประมวลผล|ใช้)|สิทธิคัดค้าน',
    portability: 'โอนย้ายข้อมูล|โอนข้อมูล|ให้ส่งข้อมูล',
    withdraw_consent: 'ถอนความยินยอม|เพิกถอนความยินยอม',
    opt_out_sale: 'ไม่ขายข้อมูล|ห้ามขาย',
  },
  verbs: {
    access: 'สำเนา|เข้าถึง|ขอดู',
    rectification: 'แก้ไข|ปรับปรุง',
    erasure: 'ลบ|ทำลาย',
    restriction: 'ระงับ|จำกัด',
    objection: 'คัดค้าน',
    portability: 'โอน|ส่งต่อ',
    withdraw_consent: 'ถอน|เพิกถอน',
    opt_out_sale: 'ขาย',
  },
  // Thai is written without spaces: every cue is a substring.
  extra: {
    access: [
      [
        1,
        'ข้อมูล(?:ส่วนบุคคล)?(?:อะไร|ใดบ้าง)~{0,20}(?:ของฉัน|ของผม|ของดิฉัน|เกี่ยวกับฉัน)|(?:เก็บ|มี)ข้อมูล(?:ส่วนบุคคล)?อะไร(?:ของ|เกี่ยวกับ)(?:ฉัน|ผม|ดิฉัน)',
      ],
    ],
    erasure: [[1, 'ยัง(?:ไม่ได้|ไม่)(?:ถูก)?ลบ']],
    // "ขอเปลี่ยนอีเมลในบัญชีเป็น ...": a personal field changed, not a project's name.
    rectification: [
      [
        1,
        'ขอ(?:เปลี่ยน|แก้|อัปเดต|อัพเดท)(?:อีเมล|ชื่อ(?!โปรเจ|ไฟล์|ทีม|บริษัท|ร้าน)|นามสกุล|ที่อยู่|เบอร์โทร|เบอร์|หมายเลขโทรศัพท์)',
      ],
    ],
    // PDPA s. 32 (objection), direct marketing refused in everyday words.
    objection: [
      [1, '(?:หยุดส่ง|ไม่ต้องส่ง|อย่าส่ง|เลิกส่ง)~{0,20}(?:โฆษณา|โปรโมชั่น|การตลาด|จดหมายข่าว)', 'absorbable'],
      [1, 'ยกเลิกการรับ(?:ข่าวสาร|อีเมล|จดหมายข่าว)', 'absorbable'],
    ],
  },
  hypothetical: '(?:ขาย|แบ่งปัน|ส่งต่อ)ข้อมูล~{0,30}(?:หรือไม่|ไหม|มั้ย)',
});

export const vi = basicLexicon({
  language: 'vi',
  negation: '(?<![a-zà-ỹđ])(?:đừng|không)(?![a-zà-ỹđ])',
  negationExceptions: '\\s*(?:\\S+ )?(?:nhận được|thể|biết)',
  latin: false,
  data: 'dữ liệu|thông tin|tài khoản',
  consent: 'đồng ý|sự cho phép',
  names: {
    access: 'quyền truy cập|bản sao (?:dữ liệu|thông tin)|xem (?:dữ liệu|thông tin) cá nhân',
    rectification: 'quyền chỉnh sửa|chỉnh sửa (?:dữ liệu|thông tin)|cải chính',
    erasure: 'quyền xóa|quyền xoá|x[óo]á (?:tài khoản|dữ liệu|thông tin|toàn bộ)',
    restriction: 'hạn chế (?:việc )?xử lý',
    objection: 'phản đối (?:việc )?(?:xử lý|sử dụng)',
    portability: '(?:di )?chuyển (?:giao )?dữ liệu',
    withdraw_consent: 'rút (?:lại )?(?:sự )?đồng ý',
    opt_out_sale: 'không bán|bán dữ liệu|bán thông tin',
  },
  verbs: {
    access: 'truy cập|bản sao|cung cấp',
    rectification: 'sửa|chỉnh|cập nhật',
    erasure: 'xóa|xoá',
    restriction: 'hạn chế|tạm dừng',
    objection: 'phản đối',
    portability: 'chuyển',
    withdraw_consent: 'rút lại|thu hồi',
    opt_out_sale: 'bán',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:muốn biết|cho tôi biết)~{0,60}thông tin (?:cá nhân )?nào về tôi'],
        [
          1,
          '(?:đang )?(?:lưu|giữ|có|xử lý) (?:những )?thông tin (?:cá nhân )?(?:nào|gì) (?:của|về) (?:tôi|mình|em)|(?:gửi|cung cấp)~{0,20}(?:một )?bản sao',
        ],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:không (?:được )?(?:dùng|sử dụng)|không đồng ý)~{0,50}(?:huấn luyện|đào tạo)~{0,20}(?:\\bai\\b|trí tuệ nhân tạo|mô hình)',
        ],
        [
          1,
          '(?:đừng|không) (?:gửi|nhắn)~{0,30}(?:quảng cáo|khuyến mãi|tiếp thị|bản tin)|hủy (?:đăng ký|nhận) (?:bản tin|email|quảng cáo)',
          'absorbable',
        ],
      ],
    },
    viEveryday,
  ),
  hypothetical: '(?:có )?(?:bán|chia sẻ) (?:dữ liệu|thông tin)~{0,40}không',
});

/** Indonesian and Malay share most of this vocabulary; eld reports both as `ms`. */
export const id = basicLexicon({
  language: 'id',
  negation: 'jangan|tidak|tak|bukan',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:menerima|terima|dapat|bisa|tahu|boleh)|[^.?!;:\\n]*? (?:dan|tapi|tetapi) (?:saya|tolong|mohon)\\s',
  latin: true,
  data: 'data|informasi|maklumat|akun|akaun',
  consent: 'persetujuan|izin|kebenaran|keizinan',
  names: {
    access: 'hak akses|salinan data|akses (?:ke )?data',
    rectification: '(?:perbaikan|koreksi|pembetulan) data|memperbaiki data',
    erasure:
      'hak untuk dilupakan|penghapusan data|(?:hapus|menghapus|padam|memadam)\\w* (?:akun|akaun|data|semua)',
    restriction: '(?:pembatasan|membatasi|menghadkan) pemprosesan|pembatasan pemrosesan|membatasi pemrosesan',
    objection: 'keberatan (?:atas|terhadap)|menolak pemrosesan|bantahan',
    portability: 'portabilitas|mudah alih data|memindahkan data',
    withdraw_consent:
      '(?:menarik|mencabut|tarik|cabut) (?:kembali )?(?:persetujuan|izin|kebenaran)|penarikan persetujuan',
    opt_out_sale: '(?:jangan|tidak) (?:menjual|jual)',
  },
  verbs: {
    access: 'salinan|akses|melihat',
    rectification: 'perbaiki|memperbaiki|ubah|mengubah|koreksi|betulkan',
    erasure: 'hapus|menghapus|padam|memadam',
    restriction: 'batasi|membatasi|hadkan',
    objection: 'keberatan|menolak|membantah',
    portability: 'pindahkan|memindahkan',
    withdraw_consent: 'tarik|menarik|cabut|mencabut',
    opt_out_sale: 'jual|menjual',
  },
  extra: mergeExtra(
    {
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [
          1,
          '(?:tidak mau|tidak ingin|nggak mau|gak mau)~{0,40}(?:data|informasi)~{0,20}(?:disimpan|kalian simpan|anda simpan)',
        ],
        [1, '(?:hapus|keluarkan) saya dari~{0,20}(?:sistem|database|basis data)'],
      ],
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [
          1,
          '(?:data|informasi) (?:pribadi )?apa (?:saja )?(?:tentang saya|milik saya)|(?:ingin|mau) (?:tahu|mengetahui)~{0,40}data~{0,40}tentang saya',
        ],
        [
          1,
          '(?:data|informasi|maklumat) (?:pribadi |peribadi )?apa (?:saja )?yang (?:anda|kalian|tuan) (?:simpan|miliki|proses)',
        ],
      ],
      rectification: [
        [
          1,
          '(?:membetulkan|betulkan|memperbaiki|perbaiki|mengubah|ubah|memperbarui|perbarui)~{0,30}(?:alamat|nama|nomor|tanggal lahir)',
        ],
        // Art. 16: my name, address or number is wrong, put it right.
        [
          1,
          '(?:nama|alamat|nomor (?:hp|telepon)|tanggal lahir)(?! (?:perusahaan|proyek|file|berkas|tim|produk))~{0,40}(?:salah|keliru)',
        ],
        [
          1,
          '(?:nama|alamat|email|nomor|tanggal lahir)~{0,60}seharusnya|mohon (?:diperbaiki|dikoreksi|dibetulkan)',
        ],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:jangan (?:pakai|gunakan)|tidak mau|tidak setuju)~{0,50}(?:melatih|pelatihan|training)~{0,20}(?:\\bai\\b|kecerdasan buatan|model)',
        ],
        // Direct marketing refused (UU PDP; GDPR Art. 21(3)): "don't send promos any more".
        [1, 'jangan (?:kirim|kirimi|mengirim)\\w*~{0,20}(?:promo|iklan|newsletter|penawaran)', 'absorbable'],
        [
          1,
          '(?:berhenti|stop|jangan) (?:mengirim|kirim|menghantar)\\w*~{0,30}(?:iklan|promosi|pemasaran|buletin|newsletter)',
          'absorbable',
        ],
      ],
    },
    idEveryday,
  ),
  keepAccount:
    '(?:jangan|tidak usah|tak usah|bukan minta) (?:di)?(?:hapus|tutup|padam|nonaktifkan)\\w*|(?:akun|akaun) (?:saya )?(?:tetap|masih) (?:aktif|dipakai|digunakan)',
  // "Apakah ZM API menjual data pengguna?": the company named in place of the pronoun.
  hypothetical: 'apakah~{0,30}(?:menjual|membagikan|berkongsi)',
});
