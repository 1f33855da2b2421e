import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own: everyday asks that name no right (Hindi also typed in Latin
// letters), and beside them the near misses that must stay no request: a project, an invoice's name, a question
// about what the company does.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('Hebrew, Hindi, Vietnamese and Indonesian: everyday asks that name no right', () => {
  it.each([
    ['he', 'access', 'אני מבקש לדעת איזה מידע אישי אתם מחזיקים עליי.'],
    ['he', 'access', 'מה יש לכם עליי? תשלחו לי בבקשה.'],
    ['he', 'erasure', 'תמחקו לי את החשבון, אני לא משתמש בו יותר.'],
    ['he', 'erasure', 'תיפטרו מהחשבון שלי ומכל המידע שלי.'],
    ['he', 'rectification', 'הכתובת בחשבון שלי ישנה. הכתובת הנכונה: רחוב הרצל 20. נא לתקן.'],
    ['he', 'rectification', 'השם שלי כתוב לא נכון, תתקנו בבקשה.'],
    ['he', 'objection', 'תורידו אותי בבקשה מרשימת הדיוור, אני לא רוצה לקבל יותר פרסומות.'],
    ['he', 'objection', 'תפסיקו להשתמש במידע שלי לשיווק.'],
    ['he', 'withdraw_consent', 'אני מבטל את ההסכמה שנתתי.'],
    ['he', 'opt_out_sale', 'אל תמכרו את המידע שלי.'],
    ['hi', 'access', 'कृपया बताएं कि आपके पास मेरा कौन-सा व्यक्तिगत डेटा है।'],
    ['hi', 'access', 'आपके पास मेरे बारे में क्या क्या जानकारी है? बताइए।'],
    ['hi', 'access', 'mujhe jaanna hai aapke paas mera kya kya data hai.'],
    ['hi', 'access', 'mujhe janna hai ki aapke paas mera kaunsa personal data hai.'],
    ['hi', 'erasure', 'मेरा अकाउंट हटा दीजिए और सारा डेटा भी मिटा दीजिए।'],
    ['hi', 'erasure', 'please mera account aur saara data delete kar do.'],
    ['hi', 'rectification', 'मेरा नाम गलत लिखा है, कृपया ठीक कर दीजिए।'],
    ['hi', 'rectification', 'कृपया मेरा फ़ोन नंबर सुधारें, पुराना नंबर अब मेरा नहीं है।'],
    ['hi', 'objection', 'मेरे डेटा का इस्तेमाल विज्ञापन के लिए बंद करें।'],
    ['hi', 'withdraw_consent', 'मैं अपनी सहमति वापस लेता हूँ।'],
    ['hi', 'opt_out_sale', 'मेरा डेटा मत बेचिए।'],
    ['vi', 'access', 'Các bạn đang lưu những dữ liệu nào về tôi?'],
    ['vi', 'access', 'Cho tôi biết các bạn có gì về tôi.'],
    ['vi', 'erasure', 'Xóa giúp mình tài khoản với toàn bộ dữ liệu nhé.'],
    ['vi', 'rectification', 'Tên của tôi bị ghi sai, đúng là Nguyễn Văn An. Vui lòng sửa lại.'],
    ['vi', 'rectification', 'Đổi giúp tôi email trong tài khoản thành địa chỉ mới.'],
    [
      'vi',
      'objection',
      'Tôi không đồng ý để công ty dùng dữ liệu của tôi cho mục đích phân tích. Xin dừng việc đó lại.',
    ],
    ['vi', 'objection', 'Vui lòng ngừng gửi email quảng cáo cho tôi.'],
    ['vi', 'objection', 'Đừng dùng dữ liệu của tôi vào việc đó nữa.'],
    ['vi', 'withdraw_consent', 'Tôi rút lại sự đồng ý trước đây.'],
    ['vi', 'opt_out_sale', 'Đừng bán thông tin của tôi.'],
    ['id', 'access', 'Saya ingin tahu data pribadi apa saja yang disimpan tentang saya.'],
    ['id', 'access', 'Tolong kasih tau data apa aja yang kalian punya tentang saya.'],
    ['id', 'access', 'Saya ingin tahu apakah data peribadi saya disimpan oleh syarikat anda.'],
    ['id', 'access', 'Kalian punya data apa aja soal saya? Kirim salinannya ya.'],
    ['id', 'erasure', 'Tolong hapus akun saya beserta semua datanya.'],
    ['id', 'erasure', 'Buang akun saya, saya sudah tidak pakai lagi.'],
    ['id', 'rectification', 'Nama saya salah tulis, seharusnya Rina Wati.'],
    ['id', 'objection', 'Tolong berhenti pakai data saya untuk iklan.'],
    ['id', 'objection', 'Jangan gunakan data saya untuk keperluan itu lagi.'],
    ['id', 'withdraw_consent', 'Saya tarik kembali persetujuan saya.'],
    ['id', 'opt_out_sale', 'Jangan jual data saya.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('Hebrew, Hindi, Vietnamese and Indonesian: near misses', () => {
  it.each([
    ['he', 'איך מוחקים פרויקט?'],
    ['he', 'האם אתם מוכרים מידע של משתמשים?'],
    ['he', 'השם בחשבונית לא נכון, אפשר להוציא חשבונית חדשה?'],
    ['hi', 'प्रोजेक्ट कैसे डिलीट करें?'],
    ['hi', 'क्या आप यूज़र्स का डेटा बेचते हैं?'],
    ['vi', 'Làm sao để xóa dự án này?'],
    ['vi', 'Các bạn có bán dữ liệu người dùng không?'],
    ['vi', 'Tên công ty trên hóa đơn bị ghi sai, xuất lại giúp tôi.'],
    ['id', 'Bagaimana cara menghapus proyek?'],
    ['id', 'Apakah kalian menjual data pengguna?'],
    ['id', 'Nama perusahaan di faktur salah, tolong terbitkan ulang.'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
