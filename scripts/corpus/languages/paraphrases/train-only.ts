// Languages the corpus writes in train only, as plain asks (two wordings per right), so the model sees them at
// all: Arabic (Saudi PDPL), Hebrew (Israel's Privacy Protection Law), Thai (PDPA), Vietnamese (Decree
// 13/2023) and Indonesian (UU PDP). No validation or test mail exists in them: they are not scored here.
// Hebrew and Thai first-person forms are feminine, so their names are women's.
import { RIGHTS, type Right, type StylePhrases, type TrainVoice } from '../../types.js';
import { rows } from './rows.js';

interface Compact {
  id: string;
  locale: string;
  country: string;
  tz: string;
  names: readonly string[];
  law: string;
  authority: string;
  /** one citation per right, in the order of RIGHTS */
  articles: readonly string[];
  style: StylePhrases;
  /** one subject per right in the order of RIGHTS, then the generic ones */
  subjects: readonly string[];
  asks: readonly (readonly string[])[];
}

function voice(c: Compact): TrainVoice {
  const byRight = (list: readonly string[]) =>
    Object.fromEntries(RIGHTS.map((right, i) => [right, list[i]!])) as Record<Right, string>;
  return {
    id: c.id,
    language: c.id,
    locale: c.locale,
    country: c.country,
    tz: c.tz,
    names: c.names,
    law: c.law,
    authority: c.authority,
    articles: byRight(c.articles),
    style: c.style,
    subjects: { ...byRight(c.subjects), generic: c.subjects.slice(RIGHTS.length) },
    paraphrases: rows(c.asks),
    weight: 2,
  };
}

const ar = voice({
  id: 'ar', locale: 'ar-SA', country: 'Saudi Arabia', tz: '+0300',
  names: ['سارة العتيبي|Sara Alotaibi', 'محمد القحطاني|Mohammed Alqahtani', 'نورة الشهري|Noura Alshehri', 'خالد الزهراني|Khaled Alzahrani'],
  law: 'نظام حماية البيانات الشخصية', authority: 'الهيئة السعودية للبيانات والذكاء الاصطناعي',
  articles: ['المادة الرابعة من نظام حماية البيانات الشخصية', 'المادة الرابعة من نظام حماية البيانات الشخصية', 'المادة الثامنة عشرة من نظام حماية البيانات الشخصية', 'المادة الرابعة من نظام حماية البيانات الشخصية', 'المادة 21 من اللائحة العامة لحماية البيانات', 'المادة 20 من اللائحة العامة لحماية البيانات', 'المادة الخامسة من نظام حماية البيانات الشخصية', 'القسم 1798.120 من CCPA'],
  style: {
    hi: 'مرحبًا،', dear: 'السادة المحترمون،', thanks: 'شكرًا لكم.', regards: 'مع خالص التحية،', mobile: 'أُرسلت من iPhone',
    formalIntro: 'أتقدم إليكم بهذا الطلب استنادًا إلى {law}.', deadline: 'أرجو الرد خلال المدة النظامية وتأكيد التنفيذ كتابيًا.',
    withdrawAny: 'وإن كانت أي معالجة قائمة على موافقتي، فإنني أسحب هذه الموافقة.',
    angry: 'هذه ثالث مرة أكتب فيها ولم يصلني أي رد حتى الآن.', complaint: 'إن لم أتلقَّ ردًا خلال شهر فسأتقدم بشكوى إلى {authority}.',
    context: 'أستخدم {product} منذ {year}.',
  },
  subjects: ['طلب الاطلاع على بياناتي', 'تصحيح بياناتي', 'حذف حسابي', 'تقييد المعالجة', 'الرسائل التسويقية', 'تصدير بياناتي', 'سحب الموافقة', 'لا تبيعوا بياناتي', 'بخصوص حسابي', 'بياناتي الشخصية'],
  asks: [
    ['أود الاطلاع على جميع المعلومات التي تحتفظ بها شركتكم عني. أرجو إرسالها إليّ.', 'أرجو تزويدي بنسخة كاملة من بياناتي الشخصية، بما فيها ما جُمع عبر التطبيق.'],
    ['اسم عائلتي مسجل لديكم "{wrong}" والصحيح "{last}". أرجو تعديل بياناتي.', 'رقم الهاتف المسجل لديكم ليس رقمي. أرجو تصحيح المعلومات الخاطئة عني.'],
    ['أريد إزالة معلوماتي الشخصية من أنظمتكم وإغلاق حسابي نهائيًا.', 'أرجو مسح جميع البيانات المخزنة عني وتأكيد حذفها.'],
    ['أرجو إيقاف معالجة بياناتي الشخصية مؤقتًا حتى يُراجَع خطأ الفوترة في {order}.', 'خلال تحققكم من دقة بيانات حسابي، أرجو قصر استخدام بياناتي على التخزين فقط.'],
    ['أرجو حذفي من قوائمكم التسويقية، لا أريد رسائل ترويجية بعد الآن.', 'أعترض على استخدام بياناتي الشخصية في التسويق المباشر وفي بناء ملف تعريفي عني.'],
    ['أرسلوا إليّ جميع البيانات التي قدمتها لكم في ملف قابل للتنزيل ومقروء آليًا.', 'أريد تصدير بيانات حسابي: جهات الاتصال والمشاريع والإعدادات، بصيغة CSV إن أمكن.'],
    ['لم أعد أوافق على معالجة بياناتي لأغراض التسويق، أرجو اعتبار موافقتي مسحوبة.', 'أرجو إلغاء الموافقة التي منحتها على الرسائل المخصصة وملفات تعريف الارتباط للتتبع.'],
    ['أرجو استثنائي من أي بيع لبياناتي الشخصية.', 'لا أريد أن تُباع معلوماتي الشخصية لشركات أخرى. أوقفوا أي بيع من هذا النوع.'],
  ],
});

const he = voice({
  id: 'he', locale: 'he-IL', country: 'Israel', tz: '+0200',
  names: ['נועה כהן|Noa Cohen', 'מיכל לוי|Michal Levi', 'תמר מזרחי|Tamar Mizrahi', 'יעל פרץ|Yael Peretz'],
  law: 'חוק הגנת הפרטיות', authority: 'הרשות להגנת הפרטיות',
  articles: ['סעיף 13 לחוק הגנת הפרטיות', 'סעיף 14 לחוק הגנת הפרטיות', 'סעיף 14 לחוק הגנת הפרטיות', 'סעיף 18 ל-GDPR', 'סעיף 17ו לחוק הגנת הפרטיות', 'סעיף 20 ל-GDPR', 'סעיף 7(3) ל-GDPR', 'סעיף 1798.120 ל-CCPA'],
  style: {
    hi: 'שלום,', dear: 'לכבוד הממונה על הגנת הפרטיות,', thanks: 'תודה.', regards: 'בברכה,', mobile: 'נשלח מה-iPhone שלי',
    formalIntro: 'אני פונה אליכם מכוח {law}.', deadline: 'אבקש מענה בתוך המועד הקבוע בחוק ואישור בכתב על הביצוע.',
    withdrawAny: 'ככל שעיבוד כלשהו מבוסס על הסכמתי, אני חוזרת בי מהסכמה זו.',
    angry: 'זו הפעם השלישית שאני כותבת ועדיין לא קיבלתי תשובה.', complaint: 'אם לא אקבל מענה בתוך חודש, אגיש תלונה ל{authority}.',
    context: 'אני משתמשת ב-{product} מאז {year}.',
  },
  subjects: ['בקשת עיון במידע', 'תיקון פרטים', 'מחיקת החשבון שלי', 'הגבלת עיבוד', 'דיוור שיווקי', 'ייצוא הנתונים שלי', 'ביטול הסכמה', 'אל תמכרו את המידע שלי', 'לגבי החשבון שלי', 'המידע האישי שלי'],
  asks: [
    ['אני רוצה לראות את כל המידע שהחברה שלכם שומרת עליי. אנא שלחו לי אותו.', 'אבקש לקבל עותק מלא של המידע האישי שלי, כולל מה שנאסף דרך האפליקציה.'],
    ['ברישומים שלכם שם המשפחה שלי מופיע "{wrong}", אבל הוא "{last}". אנא עדכנו את הפרטים שלי.', 'מספר הטלפון הרשום אצלכם אינו שלי. אנא תקנו את המידע השגוי עליי.'],
    ['אני מבקשת שהמידע האישי שלי יוסר מהמערכות שלכם והחשבון שלי ייסגר לצמיתות.', 'אנא מחקו את כל הנתונים ששמרתם עליי ואשרו לי שהם נמחקו.'],
    ['אנא השהו את עיבוד המידע האישי שלי עד שתיבדק טעות החיוב ב-{order}.', 'בזמן שאתם בודקים אם פרטי החשבון שלי מדויקים, הגבילו את השימוש בנתונים שלי לשמירה בלבד.'],
    ['הוציאו אותי מרשימות הדיוור השיווקי. אני לא רוצה יותר מיילים פרסומיים.', 'אני מתנגדת לשימוש במידע האישי שלי לשיווק ישיר ולבניית פרופיל עליי.'],
    ['שלחו לי את כל הנתונים שמסרתי לכם בקובץ להורדה, בפורמט קריא למכונה.', 'אני רוצה ייצוא של נתוני החשבון שלי: אנשי קשר, פרויקטים והגדרות, אם אפשר ב-CSV.'],
    ['אני כבר לא מסכימה לעיבוד הנתונים שלי לצורכי שיווק. ראו את הסכמתי כמבוטלת.', 'אנא בטלו את ההסכמה שנתתי למיילים מותאמים אישית ולעוגיות מעקב.'],
    ['אנא הוציאו אותי מכל מכירה של המידע האישי שלי.', 'אני לא רוצה שהמידע האישי שלי יימכר לחברות אחרות. הפסיקו כל מכירה כזו.'],
  ],
});

const th = voice({
  id: 'th', locale: 'th-TH', country: 'Thailand', tz: '+0700',
  names: ['สมหญิง ใจดี|Somying Jaidee', 'กมลวรรณ ศรีสุข|Kamonwan Srisuk', 'นภา วงศ์ทอง|Napa Wongthong', 'พิมพ์ชนก แสงอรุณ|Pimchanok Saeng-arun'],
  law: 'พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562', authority: 'สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล',
  articles: ['มาตรา 30', 'มาตรา 35', 'มาตรา 33', 'มาตรา 34', 'มาตรา 32', 'มาตรา 31', 'มาตรา 19', 'CCPA มาตรา 1798.120'],
  style: {
    hi: 'สวัสดีค่ะ', dear: 'เรียน เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล', thanks: 'ขอบคุณค่ะ', regards: 'ขอแสดงความนับถือ', mobile: 'ส่งจาก iPhone',
    formalIntro: 'ดิฉันขอใช้สิทธิตาม{law}', deadline: 'ขอให้ตอบกลับภายในระยะเวลาที่กฎหมายกำหนด และยืนยันการดำเนินการเป็นลายลักษณ์อักษรค่ะ',
    withdrawAny: 'หากมีการประมวลผลใดที่อาศัยความยินยอมของดิฉัน ดิฉันขอถอนความยินยอมนั้นค่ะ',
    angry: 'นี่เป็นครั้งที่สามที่ดิฉันเขียนมา แต่ยังไม่ได้รับคำตอบเลย', complaint: 'หากไม่ได้รับคำตอบภายในหนึ่งเดือน ดิฉันจะร้องเรียนต่อ{authority}',
  },
  subjects: ['ขอเข้าถึงข้อมูลส่วนบุคคล', 'ขอแก้ไขข้อมูล', 'ขอลบบัญชี', 'ขอระงับการใช้ข้อมูล', 'อีเมลการตลาด', 'ขอส่งออกข้อมูล', 'ถอนความยินยอม', 'อย่าขายข้อมูลของฉัน', 'เรื่องบัญชีของฉัน', 'ข้อมูลส่วนตัวของฉัน'],
  asks: [
    ['ดิฉันอยากดูข้อมูลทั้งหมดที่บริษัทของคุณเก็บไว้เกี่ยวกับดิฉัน กรุณาส่งให้ดิฉันด้วยค่ะ', 'กรุณาให้สำเนาข้อมูลส่วนบุคคลของดิฉันทั้งหมด รวมถึงข้อมูลที่เก็บผ่านแอปด้วยค่ะ'],
    ['ในระบบของคุณนามสกุลของดิฉันเขียนว่า "{wrong}" แต่ที่ถูกคือ "{last}" กรุณาแก้ไขข้อมูลของดิฉันค่ะ', 'เบอร์โทรศัพท์ที่บันทึกไว้ไม่ใช่ของดิฉัน กรุณาแก้ไขข้อมูลที่ไม่ถูกต้องเกี่ยวกับดิฉันค่ะ'],
    ['ดิฉันต้องการให้ลบข้อมูลส่วนตัวของดิฉันออกจากระบบของคุณ และปิดบัญชีของดิฉันอย่างถาวรค่ะ', 'กรุณาลบข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับดิฉัน และยืนยันเมื่อลบเรียบร้อยแล้วค่ะ'],
    ['กรุณาระงับการประมวลผลข้อมูลส่วนบุคคลของดิฉันไว้ก่อน จนกว่าจะตรวจสอบความผิดพลาดในใบแจ้งหนี้ {order} เสร็จค่ะ', 'ระหว่างที่ตรวจสอบว่าข้อมูลบัญชีของดิฉันถูกต้องหรือไม่ ขอให้เก็บข้อมูลไว้เท่านั้น ห้ามนำไปใช้อย่างอื่นค่ะ'],
    ['กรุณานำดิฉันออกจากรายชื่อรับอีเมลการตลาด ดิฉันไม่ต้องการอีเมลโฆษณาอีกแล้วค่ะ', 'ดิฉันคัดค้านการใช้ข้อมูลส่วนบุคคลของดิฉันเพื่อการตลาดแบบตรงและการสร้างโปรไฟล์ของดิฉันค่ะ'],
    ['กรุณาส่งข้อมูลทั้งหมดที่ดิฉันให้ไว้กับคุณเป็นไฟล์ที่ดาวน์โหลดได้และเครื่องอ่านได้ค่ะ', 'ดิฉันต้องการส่งออกข้อมูลในบัญชี ทั้งรายชื่อติดต่อ โปรเจกต์ และการตั้งค่า ถ้าเป็นไปได้ขอเป็น CSV ค่ะ'],
    ['ดิฉันไม่ยินยอมให้ประมวลผลข้อมูลของดิฉันเพื่อการตลาดอีกต่อไป ขอถอนความยินยอมค่ะ', 'กรุณายกเลิกความยินยอมที่ดิฉันให้ไว้สำหรับอีเมลเฉพาะบุคคลและคุกกี้ติดตามค่ะ'],
    ['กรุณาไม่นำข้อมูลส่วนบุคคลของดิฉันไปขายไม่ว่ากรณีใดค่ะ', 'ดิฉันไม่ต้องการให้ขายข้อมูลส่วนตัวของดิฉันให้บริษัทอื่น กรุณาหยุดการขายเช่นนั้นทั้งหมดค่ะ'],
  ],
});

const vi = voice({
  id: 'vi', locale: 'vi-VN', country: 'Vietnam', tz: '+0700',
  names: ['Nguyễn Thị Lan|Nguyen Thi Lan', 'Trần Văn Minh|Tran Van Minh', 'Lê Thu Hà|Le Thu Ha', 'Phạm Quốc Bảo|Pham Quoc Bao'],
  law: 'Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân', authority: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  articles: ['khoản 3 Điều 9 Nghị định 13/2023/NĐ-CP', 'khoản 5 Điều 9 Nghị định 13/2023/NĐ-CP', 'khoản 6 Điều 9 Nghị định 13/2023/NĐ-CP', 'khoản 7 Điều 9 Nghị định 13/2023/NĐ-CP', 'khoản 8 Điều 9 Nghị định 13/2023/NĐ-CP', 'Điều 20 GDPR', 'khoản 4 Điều 9 Nghị định 13/2023/NĐ-CP', 'mục 1798.120 CCPA'],
  style: {
    hi: 'Xin chào,', dear: 'Kính gửi bộ phận bảo vệ dữ liệu,', thanks: 'Xin cảm ơn.', regards: 'Trân trọng,', mobile: 'Gửi từ iPhone',
    formalIntro: 'Tôi gửi yêu cầu này căn cứ theo {law}.', deadline: 'Đề nghị quý công ty trả lời trong thời hạn luật định và xác nhận bằng văn bản.',
    withdrawAny: 'Nếu có hoạt động xử lý nào dựa trên sự đồng ý của tôi, tôi rút lại sự đồng ý đó.',
    angry: 'Đây là lần thứ ba tôi viết thư mà vẫn chưa nhận được trả lời.', complaint: 'Nếu không có phản hồi trong một tháng, tôi sẽ khiếu nại lên {authority}.',
    context: 'Tôi dùng {product} từ năm {year}.',
  },
  subjects: ['Yêu cầu truy cập dữ liệu cá nhân', 'Chỉnh sửa thông tin', 'Xóa tài khoản của tôi', 'Hạn chế xử lý dữ liệu', 'Email quảng cáo', 'Xuất dữ liệu của tôi', 'Rút lại sự đồng ý', 'Đừng bán dữ liệu của tôi', 'Về tài khoản của tôi', 'Dữ liệu cá nhân của tôi'],
  asks: [
    ['Tôi muốn xem toàn bộ thông tin mà công ty đang lưu về tôi. Vui lòng gửi cho tôi.', 'Vui lòng cung cấp cho tôi bản sao đầy đủ dữ liệu cá nhân của tôi, kể cả dữ liệu thu thập qua ứng dụng.'],
    ['Trong hồ sơ của quý công ty, họ của tôi ghi là "{wrong}" nhưng đúng là "{last}". Vui lòng sửa lại thông tin.', 'Số điện thoại đang lưu không phải của tôi. Vui lòng chỉnh sửa thông tin sai về tôi.'],
    ['Tôi muốn thông tin cá nhân của tôi được gỡ khỏi hệ thống và tài khoản của tôi bị đóng vĩnh viễn.', 'Vui lòng xóa tất cả dữ liệu đang lưu về tôi và xác nhận khi đã xóa xong.'],
    ['Vui lòng tạm dừng xử lý dữ liệu cá nhân của tôi cho đến khi lỗi thanh toán ở {order} được kiểm tra.', 'Trong lúc kiểm tra tính chính xác của thông tin tài khoản, chỉ được lưu trữ dữ liệu của tôi, không dùng vào việc khác.'],
    ['Vui lòng đưa tôi ra khỏi danh sách tiếp thị. Tôi không muốn nhận email quảng cáo nữa.', 'Tôi phản đối việc dùng dữ liệu cá nhân của tôi cho tiếp thị trực tiếp và lập hồ sơ về tôi.'],
    ['Vui lòng gửi tôi toàn bộ dữ liệu tôi đã cung cấp dưới dạng tệp tải về được, máy đọc được.', 'Tôi cần xuất dữ liệu tài khoản: danh bạ, dự án và cài đặt, nếu được thì ở dạng CSV.'],
    ['Tôi không còn đồng ý cho xử lý dữ liệu của tôi vì mục đích tiếp thị. Xin coi như tôi đã rút lại sự đồng ý.', 'Vui lòng hủy sự đồng ý tôi đã đưa ra cho email cá nhân hóa và cookie theo dõi.'],
    ['Vui lòng loại tôi khỏi mọi hoạt động bán dữ liệu cá nhân của tôi.', 'Tôi không muốn thông tin cá nhân của mình bị bán cho công ty khác. Hãy dừng mọi hoạt động bán như vậy.'],
  ],
});

const id = voice({
  id: 'id', locale: 'id-ID', country: 'Indonesia', tz: '+0700',
  names: ['Siti Rahmawati|Siti Rahmawati', 'Budi Santoso|Budi Santoso', 'Dewi Lestari|Dewi Lestari', 'Agus Pratama|Agus Pratama'],
  law: 'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi', authority: 'Kementerian Komunikasi dan Digital',
  articles: ['Pasal 7 UU PDP', 'Pasal 6 UU PDP', 'Pasal 8 UU PDP', 'Pasal 11 UU PDP', 'Pasal 10 UU PDP', 'Pasal 13 UU PDP', 'Pasal 9 UU PDP', 'bagian 1798.120 CCPA'],
  style: {
    hi: 'Halo,', dear: 'Yth. Petugas Pelindungan Data,', thanks: 'Terima kasih.', regards: 'Hormat saya,', mobile: 'Dikirim dari iPhone',
    formalIntro: 'Saya mengajukan permintaan ini berdasarkan {law}.', deadline: 'Mohon tanggapan dalam jangka waktu yang ditetapkan undang-undang dan konfirmasi tertulis.',
    withdrawAny: 'Jika ada pemrosesan yang didasarkan pada persetujuan saya, saya menarik persetujuan tersebut.',
    angry: 'Ini ketiga kalinya saya menulis dan belum ada jawaban sama sekali.', complaint: 'Jika tidak ada tanggapan dalam sebulan, saya akan mengadu ke {authority}.',
    context: 'Saya memakai {product} sejak {year}.',
  },
  subjects: ['Permintaan akses data pribadi', 'Perbaikan data saya', 'Hapus akun saya', 'Pembatasan pemrosesan', 'Email pemasaran', 'Ekspor data saya', 'Penarikan persetujuan', 'Jangan jual data saya', 'Tentang akun saya', 'Data pribadi saya'],
  asks: [
    ['Saya ingin melihat semua informasi yang disimpan perusahaan Anda tentang saya. Mohon kirimkan kepada saya.', 'Mohon berikan salinan lengkap data pribadi saya, termasuk yang dikumpulkan melalui aplikasi.'],
    ['Di catatan Anda nama belakang saya tertulis "{wrong}", padahal yang benar "{last}". Mohon ubah data saya.', 'Nomor telepon yang tercatat bukan milik saya. Mohon perbaiki informasi yang salah tentang saya.'],
    ['Saya ingin informasi pribadi saya dihapus dari sistem Anda dan akun saya ditutup secara permanen.', 'Mohon hapus semua data yang Anda simpan tentang saya dan konfirmasikan setelah terhapus.'],
    ['Mohon hentikan sementara pemrosesan data pribadi saya sampai kesalahan tagihan pada {order} diperiksa.', 'Selama Anda memeriksa keakuratan data akun saya, batasi penggunaan data saya hanya untuk penyimpanan.'],
    ['Tolong keluarkan saya dari daftar pemasaran Anda. Saya tidak mau email promosi lagi.', 'Saya keberatan data pribadi saya dipakai untuk pemasaran langsung dan untuk membuat profil tentang saya.'],
    ['Kirimkan semua data yang pernah saya berikan dalam file yang bisa diunduh dan dibaca mesin.', 'Saya minta ekspor data akun saya: kontak, proyek, dan pengaturan, kalau bisa dalam CSV.'],
    ['Saya tidak lagi setuju data saya diproses untuk pemasaran. Anggap persetujuan saya ditarik.', 'Mohon batalkan persetujuan yang saya berikan untuk email yang dipersonalisasi dan cookie pelacak.'],
    ['Mohon kecualikan saya dari penjualan data pribadi saya dalam bentuk apa pun.', 'Saya tidak mau informasi pribadi saya dijual ke perusahaan lain. Hentikan semua penjualan seperti itu.'],
  ],
});

export const TRAIN_ONLY: readonly TrainVoice[] = [ar, he, th, vi, id];
