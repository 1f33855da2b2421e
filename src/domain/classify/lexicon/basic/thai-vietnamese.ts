/**
 * Thai and Vietnamese rights vocabulary (GDPR for residents of the EU; Thailand's PDPA ss. 30-36; Vietnam's
 * Decree 13/2023 Art. 9). Thai is written without spaces, and Vietnamese letters lie outside the compiled word
 * boundary's Latin range, so both are matched as substrings.
 */
import { basicLexicon } from './build.js';
import { viEveryday } from './everyday-more-asia.js';
import { mergeExtra } from './merge-extra.js';

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
  // Folded, "bán" (sell) would read "ban", which is "bạn" (you) typed without marks.
  foldMarks: false,
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
  // Typed without marks, "ban" alone is "you" ("chao ban") or a copy ("ban sao") as often as "sell".
  typedBareVerbs: { opt_out_sale: 'bán (?:dữ liệu|thông tin)' },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:muốn biết|cho tôi biết)~{0,60}thông tin (?:cá nhân )?nào về tôi'],
        [
          1,
          '(?:đang )?(?:lưu|giữ|có|xử lý) (?:những )?thông tin (?:cá nhân )?(?:nào|gì) (?:của|về) (?:tôi|mình|em)|(?:gửi|cung cấp)~{0,20}(?:một )?bản sao',
        ],
        // Typed without marks (below).
        [1, '(?:thong tin|du lieu) (?:ca nhan )?(?:nao|gi) (?:cua|ve) toi|ban sao (?:du lieu|thong tin)'],
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
      // Typed without its marks ("xoa tai khoan cua toi"), which the list is not folded for: whole phrases,
      // as the list has no word boundaries and "ban" is "you" as often as "sell".
      erasure: [[1, 'xoa (?:het |toan bo )?(?:tai khoan|du lieu|thong tin)']],
      opt_out_sale: [[1, '(?:khong|dung) ban (?:du lieu|thong tin)']],
    },
    viEveryday,
  ),
  hypothetical: '(?:có )?(?:bán|chia sẻ) (?:dữ liệu|thông tin)~{0,40}không',
});
