import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { PRODUCT_ACTION, SAFETY_NET_CAP } from './confidence.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));

describe('rights in languages without a full lexicon', () => {
  it.each([
    ['el', 'erasure', 'Παρακαλώ προχωρήστε στη διαγραφή του λογαριασμού μου, όπως ορίζει το άρθρο 17.'],
    ['hr', 'erasure', 'Molim vas da obrišete moj račun i sve podatke, sukladno članku 17. Uredbe.'],
    ['zh', 'erasure', '你好，我想注销账户，并请把我的个人信息全部删除。'],
    ['bg', 'access', 'Искам да упражня правото си на достъп до личните ми данни, които обработвате.'],
    ['cs', 'withdraw_consent', 'Tímto odvolávám svůj souhlas se zasíláním obchodních sdělení.'],
    ['sk', 'erasure', 'Žiadam o vymazanie môjho účtu a všetkých osobných údajov.'],
    ['sl', 'rectification', 'Prosim, popravite moj naslov v vaših podatkih, ker je napačen.'],
    ['et', 'erasure', 'Palun kustutage minu konto ja kõik minu isikuandmed.'],
    ['fi', 'access', 'Haluan käyttää tarkastusoikeuttani ja saada jäljennöksen tiedoistani.'],
    ['hu', 'objection', 'Tiltakozom az adataim marketing célú kezelése ellen.'],
    ['lv', 'erasure', 'Lūdzu, izdzēsiet visus manus datus no jūsu sistēmām.'],
    ['lt', 'erasure', 'Prašau ištrinti mano paskyrą ir visus mano duomenis.'],
    ['ro', 'portability', 'Vă rog să îmi trimiteți datele pentru portabilitate către noul furnizor.'],
    ['tr', 'erasure', 'Merhaba, hesabımın ve kişisel verilerimin silinmesini talep ediyorum.'],
    ['ru', 'withdraw_consent', 'Настоящим отзываю своё согласие на обработку персональных данных.'],
    ['uk', 'access', 'Прошу надати мені копію моїх персональних даних, які ви зберігаєте.'],
    ['ja', 'erasure', '退会したいので、アカウントと個人情報の削除をお願いします。'],
    ['ko', 'access', '제 개인정보 열람을 요구합니다. 보유하고 있는 정보를 알려주세요.'],
    ['hi', 'erasure', 'कृपया मेरे खाते से जुड़ा सारा डेटा हटा दीजिए।'],
    ['ar', 'erasure', 'مرحباً، أطلب حذف حسابي وجميع بياناتي الشخصية لديكم في أقرب وقت.'],
    ['ar', 'access', 'أرجو تزويدي بنسخة من بياناتي الشخصية التي تحتفظون بها.'],
    ['he', 'erasure', 'שלום, אני מבקש למחוק את החשבון שלי ואת כל המידע האישי שלי.'],
    ['he', 'withdraw_consent', 'אני מבטלת את הסכמתי לקבלת דיוור ולשימוש בפרטים שלי.'],
    ['fa', 'erasure', 'سلام، لطفاً حساب کاربری من و همه اطلاعات شخصی مرا حذف کنید.'],
    ['th', 'erasure', 'สวัสดีครับ ผมต้องการให้ลบบัญชีและข้อมูลส่วนบุคคลทั้งหมดของผม'],
    ['th', 'access', 'ดิฉันขอสำเนาข้อมูลส่วนบุคคลที่บริษัทเก็บไว้เกี่ยวกับดิฉัน'],
    ['vi', 'erasure', 'Xin chào, tôi muốn xóa tài khoản và toàn bộ dữ liệu cá nhân của tôi.'],
    [
      'vi',
      'withdraw_consent',
      'Tôi rút lại sự đồng ý cho việc sử dụng dữ liệu cá nhân của tôi cho quảng cáo.',
    ],
    ['id', 'erasure', 'Halo, saya ingin menghapus akun saya beserta semua data pribadi saya.'],
    ['ms', 'erasure', 'Saya mahu anda memadamkan akaun saya dan semua data peribadi saya.'],
  ])('%s: finds %s', (_language, right, body) => {
    expect(classify(body).types).toContain(right);
  });
});

describe('the safety net', () => {
  it.each([
    ['ga', 'Ba mhaith liom go scriosfaí mo chuid sonraí pearsanta go léir.'],
    ['mt', 'Nixtieq li tħassru d-data personali tiegħi kollha.'],
    ['en', 'What exactly happens to my personal data once the trial ends?'],
    ['pt', 'Vocês guardam meus dados pessoais depois do cancelamento?'],
    ['ar', 'هل تحتفظون بمعلوماتي الشخصية بعد إلغاء الاشتراك؟'],
    ['th', 'บริษัทเก็บข้อมูลส่วนบุคคลของฉันไว้นานเท่าไร'],
  ])('keeps %s mail about personal data below the triage threshold, request or not', (_language, body) => {
    const result = classify(body);
    if (result.types.includes('not_a_request')) expect(result.confidence).toBeLessThanOrEqual(SAFETY_NET_CAP);
    else expect(result.types.length).toBeGreaterThan(0);
  });

  it('gives no request with confidence on an ordinary billing question', () => {
    const result = classify(
      'Hi, our March invoice shows the wrong VAT amount. Could you send a corrected invoice?',
    );
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThan(SAFETY_NET_CAP);
  });

  it('reads a bug report about deleting a project as no request, less sure than plain support mail', () => {
    const result = classify('The API returns an error when I try to delete a project from the dashboard.');
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBe(PRODUCT_ACTION);
  });

  it("keeps a bug report that asks to delete the writer's own files below the threshold", () => {
    const result = classify('The API returns an error when I try to delete my files from the dashboard.');
    expect(result.confidence).toBeLessThanOrEqual(SAFETY_NET_CAP);
  });

  it('keeps mail with no topic at all below the threshold', () => {
    expect(classify('Hello, could someone call me back tomorrow?').confidence).toBeLessThanOrEqual(
      SAFETY_NET_CAP,
    );
  });
});
