import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model): sentences of our own check the vocabulary of languages without a full
// lexicon (Japanese, Chinese, Korean, Arabic, ...) itself.
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));

describe('Japanese requests', () => {
  it.each([
    ['access', '貴社が保有している私の個人データの開示をお願いします。'],
    ['access', '個人情報保護法第33条に基づき、保有個人データの開示を請求いたします。'],
    ['access', '昔登録したメールアドレスに紐づいている私の情報を全部見せてもらえませんか。'],
    ['rectification', '登録されている住所が古いままなので、新しい住所に更新してください。'],
    ['rectification', '氏名の漢字が間違っています。正しくは「渡邊」です。訂正をお願いします。'],
    ['erasure', 'もうサービスは使わないので、アカウントを削除して、私の情報も全部消してください。'],
    ['erasure', '退会したいです。登録した個人情報もすべて消去してください。'],
    ['restriction', '正確性を確認している間、私の個人データの利用停止をお願いします。'],
    ['restriction', '調査が終わるまでは私のデータを利用しないでください。消さないでおいてください。'],
    ['objection', 'マーケティング目的で私のデータを分析することに異議を申し立てます。'],
    ['objection', '宣伝メールの配信を停止してください。'],
    ['portability', '他のサービスに乗り換えるので、私のデータを機械可読な形式で提供してください。'],
    ['portability', '新しいツールに移りたいので、そちらで取り込めるファイルで書き出してもらえますか。'],
    ['withdraw_consent', 'メールマガジンの受信について以前同意しましたが、その同意を撤回します。'],
    ['withdraw_consent', '写真を広告に使ってよいと許可しましたが、それを取り消させてください。'],
    ['opt_out_sale', '私の個人情報を第三者に販売しないでください。'],
    ['opt_out_sale', '私の閲覧履歴を広告主に売らないでください。'],
    ['opt_out_sale', '御社は私の閲覧履歴を広告会社に販売していますか。もしそうなら、すぐにやめてください。'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    '請求書の金額が二重に引き落とされています。返金をお願いします。',
    'アプリでプロジェクトを一つ削除する方法を教えてください。アカウントは残したいです。',
    '退会した場合、データはどうなりますか。',
    '御社は顧客データを広告主に販売していますか。',
    '同意設定を確認しないと、24時間以内にアカウントが停止されます。',
    'ログの保存期間とサーバーの所在地を教えてください。詳しい資料も送ってください。',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });

  it('keeps the request glued to an address written without spaces', () => {
    const result = classify('今後はnew.mail@example.comに届くよう、登録情報を更新してください。');
    expect(result.types).toEqual(['rectification']);
    expect(result.reasons.join(' ')).not.toContain('example.com');
  });
});

describe('Chinese requests, simplified and traditional', () => {
  it.each([
    ['access', '请提供你们持有的关于我的个人信息的副本。'],
    ['access', '根据《个人信息保护法》第四十五条，我要求查阅我的个人信息。'],
    ['access', '我想知道你们保存了哪些关于我的数据，请把我的数据发给我。'],
    ['access', '依據個人資料保護法，我要查詢及閱覽我的個人資料並取得複本。'],
    ['rectification', '我的手机号码登记错了，请帮我更正个人信息。'],
    ['rectification', '我搬家了，麻烦把账户里的地址改成新地址。'],
    ['erasure', '我不再使用你们的服务了，请注销我的账号并删除我的所有个人信息。'],
    ['erasure', '请把我的账户关掉，关于我的东西全部清掉。'],
    ['erasure', '請刪除我的帳號以及所有個人資料。'],
    ['restriction', '在投诉处理完之前，请暂停处理我的个人信息。'],
    ['restriction', '先不要删除我的数据，但在纠纷解决之前不要再使用它。'],
    ['objection', '我反对你们将我的个人信息用于精准营销和用户画像。'],
    ['objection', '请不要再给我发促销短信了。'],
    ['portability', '我要换到另一家服务商，请把我的数据整理成可以导入的文件给我。'],
    ['portability', '请把我的数据直接转给新的服务商。'],
    ['withdraw_consent', '我撤回之前对营销邮件的同意。'],
    ['withdraw_consent', '注册时我勾选了允许你们用我的照片做宣传，现在我要收回这个许可。'],
    ['withdraw_consent', '我要撤回先前同意你們使用我的資料做行銷的授權。'],
    ['opt_out_sale', '请不要把我的个人信息卖给第三方。'],
    ['opt_out_sale', '我要退出你们对我个人数据的任何出售。'],
    ['opt_out_sale', '你们会把我的个人信息卖给广告商吗？如果是的话，请立即停止。'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    '发票上的金额不对，我被重复扣款了，请退款。',
    '导出功能一直报500错误，请帮忙看一下。',
    '请问如果我注销账户，我的数据会被删除吗？',
    '你们会把客户数据卖给广告商吗？',
    '请把产品资料和报价发给我，谢谢。',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Korean requests', () => {
  it.each([
    ['access', '개인정보 보호법 제35조에 따라 제 개인정보의 열람을 요구합니다.'],
    ['access', '저에 대해 어떤 정보를 보관하고 있는지 알려 주세요.'],
    ['rectification', '주소가 바뀌었으니 회원 정보를 새 주소로 수정해 주세요.'],
    ['rectification', '제 이름 철자가 틀렸습니다. 정정해 주시기 바랍니다.'],
    ['erasure', '회원 탈퇴하고 제 개인정보를 모두 파기해 주세요.'],
    ['erasure', '이제 서비스를 안 쓰니까 계정 없애고 기록도 싹 지워 주세요.'],
    ['restriction', '분쟁이 해결될 때까지 제 개인정보의 처리를 정지해 주세요.'],
    ['restriction', '제 데이터는 지우지 마시고, 조사가 끝날 때까지 아무 데도 사용하지 말아 주세요.'],
    ['objection', '마케팅 목적의 프로파일링에 제 정보를 이용하는 것에 반대합니다.'],
    ['objection', '광고 문자 그만 보내 주세요.'],
    [
      'portability',
      '개인정보 보호법 제35조의2에 따라 제 개인정보를 다른 사업자에게 전송해 줄 것을 요구합니다.',
    ],
    ['portability', '다른 서비스로 옮기려고 하는데, 제 데이터를 가져올 수 있는 파일로 받고 싶어요.'],
    ['withdraw_consent', '마케팅 정보 수신 동의를 철회합니다.'],
    ['withdraw_consent', '가입할 때 사진 사용을 허락했는데, 이제 그 허락을 거두겠습니다.'],
    ['opt_out_sale', '제 개인정보를 다른 회사에 판매하지 마세요.'],
    ['opt_out_sale', '맞춤형 광고 대상에서 저를 빼 주세요.'],
    ['opt_out_sale', '제 개인정보를 광고주에게 판매하고 있나요? 그렇다면 즉시 중단해 주세요.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it('reads PIPA Art. 35-2 as portability, not as the access of Art. 35', () => {
    const result = classify(
      '개인정보 보호법 제35조의2에 따른 요구입니다. 제 데이터를 새 업체로 보내 주세요.',
    );
    expect(result.types).toContain('portability');
    expect(result.types).not.toContain('access');
  });

  it.each([
    '결제가 두 번 되었습니다. 환불 부탁드립니다.',
    '파일 하나만 삭제하고 싶은데 어떻게 하는지 알려 주세요. 계정은 유지할 거예요.',
    '탈퇴하면 제 데이터는 어떻게 되나요?',
    '귀사는 고객 데이터를 광고주에게 판매하나요?',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Arabic requests', () => {
  it.each([
    ['access', 'أرجو تزويدي بنسخة من جميع البيانات الشخصية التي تحتفظون بها عني.'],
    ['access', 'ما هي المعلومات التي جمعتموها عني؟ أرسلوها إلي من فضلكم.'],
    ['rectification', 'اسمي مكتوب خطأ في حسابي، أرجو تصحيحه إلى "خالد".'],
    ['erasure', 'أرجو حذف حسابي وكل بياناتي نهائيًا.'],
    ['erasure', 'لم أعد أستخدم التطبيق، أغلقوا حسابي من فضلكم.'],
    ['restriction', 'لا تحذفوا بياناتي، لكن لا تستخدموها حتى تنتهي الشكوى.'],
    ['restriction', 'أرجو إيقاف معالجة بياناتي مؤقتًا إلى أن تتحققوا من صحتها.'],
    ['objection', 'أعترض على استخدام بياناتي لأغراض التسويق المباشر.'],
    ['objection', 'أزيلوني من قائمة الرسائل الترويجية.'],
    ['portability', 'أرجو نقل بياناتي إلى مزود خدمة آخر بصيغة مقروءة آليًا.'],
    ['withdraw_consent', 'أسحب موافقتي على استخدام صوري في الإعلانات.'],
    ['withdraw_consent', 'كنت قد وافقت على تلقي النشرة، والآن ألغي هذه الموافقة.'],
    ['opt_out_sale', 'لا تبيعوا معلوماتي الشخصية لأي جهة.'],
    ['opt_out_sale', 'لا أريد أن تُباع بياناتي للمعلنين.'],
    ['erasure', 'وفقًا للمادة 17 من اللائحة العامة لحماية البيانات، أطلب محو بياناتي.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'تم خصم المبلغ مرتين من بطاقتي، أرجو استرداد المبلغ.',
    'هل تبيعون بيانات العملاء لشركات الإعلان؟',
    'أريد سحب رصيد حسابي إلى البنك.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('European and other languages read with a basic lexicon', () => {
  it.each([
    [
      'el',
      'restriction',
      'Μην διαγράψετε τα στοιχεία μου, αλλά μην τα χρησιμοποιείτε μέχρι να κριθεί η καταγγελία μου.',
    ],
    ['el', 'objection', 'Δεν θέλω να χρησιμοποιούνται τα δεδομένα μου για διαφήμιση.'],
    ['el', 'portability', 'Χρειάζομαι τα δεδομένα μου σε αρχείο CSV για να τα εισαγάγω σε άλλη πλατφόρμα.'],
    ['el', 'access', 'Στείλτε μου όλα όσα έχετε αποθηκεύσει για μένα.'],
    ['el', 'erasure', 'Ζητώ να διαγραφούν τα δεδομένα μου σύμφωνα με το άρθρο 17 του ΓΚΠΔ.'],
    [
      'hr',
      'restriction',
      'Nemojte ništa brisati, ali ne koristite moje podatke dok se ne riješi moja pritužba.',
    ],
    ['hr', 'access', 'Pošaljite mi sve što čuvate o meni.'],
    ['hr', 'erasure', 'Ugasite mi profil i obrišite sve.'],
    ['hr', 'objection', 'Ne želim da se moji podaci koriste za marketing.'],
    ['hr', 'erasure', 'Tražim brisanje svojih podataka u skladu s člankom 17. GDPR-a.'],
    ['sr', 'erasure', 'Molim vas da obrišete moj nalog i sve moje lične podatke.'],
    ['bg', 'objection', 'Не искам данните ми да се използват за реклама.'],
    ['bg', 'erasure', 'Закрийте профила ми и изтрийте всичко.'],
    ['bg', 'withdraw_consent', 'Оттеглям съгласието си за получаване на бюлетин.'],
    ['cs', 'restriction', 'Nic nemažte, ale do vyřešení reklamace moje údaje nezpracovávejte.'],
    ['cs', 'access', 'Pošlete mi všechno, co o mně máte uložené.'],
    ['cs', 'withdraw_consent', 'Chci zrušit souhlas se zasíláním newsletteru.'],
    ['sk', 'erasure', 'Vymažte všetky moje osobné údaje a zrušte mi účet.'],
    ['ro', 'objection', 'Nu vreau să-mi folosiți datele pentru publicitate.'],
    ['ro', 'erasure', 'Închideți-mi contul și ștergeți tot ce aveți despre mine.'],
    ['hu', 'erasure', 'Kérem, töröljék a fiókomat és minden adatomat.'],
    ['hu', 'objection', 'Nem szeretném, ha az adataimat reklámcélra használnák.'],
    [
      'fi',
      'restriction',
      'Älkää poistako tietojani, mutta älkää käyttäkö niitä ennen kuin asia on selvitetty.',
    ],
    ['fi', 'erasure', 'Poistakaa kaikki tietoni ja sulkekaa tilini.'],
    ['tr', 'restriction', 'Şikâyetim sonuçlanana kadar verilerimi kullanmayın, ama hiçbir şey silmeyin.'],
    ['tr', 'erasure', 'Hesabımı kapatın ve tüm verilerimi silin.'],
    ['ru', 'restriction', 'Не удаляйте ничего, но не используйте мои данные, пока не разберётесь с жалобой.'],
    ['ru', 'access', 'Покажите, пожалуйста, всё, что у вас хранится обо мне.'],
    ['ru', 'withdraw_consent', 'Отзываю согласие на рассылку.'],
    ['uk', 'erasure', 'Видаліть мій обліковий запис і всі мої дані.'],
    ['uk', 'objection', 'Не хочу, щоб мої дані використовували для реклами.'],
    ['hi', 'objection', 'मैं नहीं चाहती कि मेरे डेटा का इस्तेमाल विज्ञापन के लिए हो।'],
    ['hi', 'erasure', 'कृपया मेरा खाता बंद कर दें और सब कुछ हटा दें।'],
  ])('%s: finds %s in "%s"', (_language, right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    ['el', 'Η πληρωμή μου χρεώθηκε δύο φορές, παρακαλώ επιστρέψτε τα χρήματα.'],
    ['hr', 'Za prošli mjesec naplatili ste mi dvaput, molim povrat novca.'],
    ['bg', 'Таксувахте ме два пъти за абонамента, моля, върнете ми парите.'],
    ['cs', 'Faktura za březen má špatnou sazbu DPH. Můžete ji prosím vystavit znovu?'],
    ['ru', 'Экспорт отчётов падает с ошибкой 500 с сегодняшнего утра.'],
    ['tr', 'Bu ay faturamdan iki kez ödeme alındı, iade rica ediyorum.'],
  ])('%s: finds no request in "%s"', (_language, body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('GDPR articles cited in the wording of each language', () => {
  it.each([
    ['bg', 'Позовавам се на чл. 17 от ОРЗД.', 'erasure'],
    ['ru', 'Ссылаюсь на ст. 15 GDPR.', 'access'],
    ['tr', "GDPR'ın 17. maddesi kapsamında başvuruyorum.", 'erasure'],
    ['hi', 'GDPR के अनुच्छेद 21 के तहत यह अनुरोध है।', 'objection'],
    ['ja', 'GDPR第17条に基づく請求です。', 'erasure'],
    ['zh', '依据GDPR第十七条提出请求。', 'erasure'],
    ['ko', 'GDPR 제17조에 따른 요구입니다.', 'erasure'],
  ])('%s: reads "%s" as %s', (_language, body, right) => {
    expect(classify(body).types).toEqual([right]);
  });

  it('reads an article number next to KVKK under the KVKK, not the GDPR', () => {
    expect(classify("KVKK'nın 17. maddesi hakkında bir sorum var.").types).toEqual(['not_a_request']);
  });
});
