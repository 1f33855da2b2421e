import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own (eleventh round): the right implied by the situation and never
// named, in Russian (also in Latin letters), Ukrainian, Turkish, Japanese, Chinese, Korean and Hindi (also
// Hinglish); beside them the near misses that must stay no request: a product object, a price, a document,
// a question about something else.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('Russian, Ukrainian, Turkish, Japanese, Chinese, Korean and Hindi: implicit asks', () => {
  it.each([
    ['ru', 'restriction', 'Заморозьте, пожалуйста, мой профиль, пока не закончится проверка.'],
    ['ru', 'opt_out_sale', 'Не раскрывайте мои личные данные рекламным партнёрам.'],
    ['ru', 'withdraw_consent', 'Я больше не согласна на использование моих данных.'],
    ['ru', 'rectification', 'У вас неверный номер телефона, мой номер 8 916 123-45-67.'],
    ['ru', 'withdraw_consent', 'Dobryi den, otzyvaiu svoe soglasie na obrabotku dannyh.'],
    ['ru', 'objection', 'Я против использования моих данных для профилирования.'],
    ['ru', 'objection', 'И перестаньте, пожалуйста, обрабатывать мои данные для рекламы.'],
    ['ru', 'access', 'Скажите, каким компаниям вы передали мои данные?'],
    ['uk', 'objection', 'Припиніть, будь ласка, обробляти мої дані для аналітики.'],
    ['tr', 'access', 'Bilgilerimi hangi firmalara aktardığınızı öğrenmek istiyorum.'],
    ['ko', 'access', '제 정보를 어떤 회사에 공유했는지 알려 주세요.'],
    ['zh', 'access', '请告诉我，你们把我的数据分享给了哪些公司？'],
    ['ja', 'access', '私のデータをどの会社に共有したのか教えてください。'],
    ['ru', 'restriction', 'Прошу заблокировать мои персональные данные до окончания проверки.'],
    ['uk', 'restriction', 'Прошу заблокувати мої персональні дані до завершення перевірки.'],
    ['ru', 'access', 'Zdravstvuite, kakie dannye obo mne u vas est? Spasibo'],
    ['uk', 'objection', 'Я проти того, щоб мої дані використовували для реклами.'],
    ['uk', 'restriction', 'Заморозьте мій профіль, поки не завершиться перевірка скарги.'],
    ['uk', 'opt_out_sale', 'Не надавайте мої персональні дані рекламодавцям.'],
    ['uk', 'withdraw_consent', 'Я більше не погоджуюсь на використання моїх даних.'],
    ['uk', 'access', 'Що ви про мене зберігаєте?'],
    ['uk', 'rectification', 'У вас неправильна адреса, я живу на вулиці Франка, 7.'],
    ['tr', 'restriction', 'Şikayet incelenene kadar hesabımı geçici olarak dondurun.'],
    ['tr', 'opt_out_sale', 'Bilgilerimi reklam şirketlerine aktarmayın.'],
    ['tr', 'withdraw_consent', 'Artık kişisel verilerimin kullanılmasına onay vermiyorum.'],
    ['tr', 'objection', 'Verilerimi profil çıkarmak için kullanmayı bırakın.'],
    ['ja', 'restriction', '確認が終わるまで、私のアカウントを凍結してください。'],
    ['ja', 'opt_out_sale', '私の個人情報を他社に渡さないでください。'],
    ['ja', 'withdraw_consent', 'これ以上、同意できません。私のデータを使わないでください。'],
    ['zh', 'objection', '不要再用我的信息做广告了。'],
    ['zh', 'withdraw_consent', '我不再同意你们收集我的信息。'],
    ['zh', 'access', '你们知道我哪些信息？'],
    ['zh', 'rectification', '我的手机号填错了，请改为13800000000。'],
    ['ja', 'erasure', '本人確認は済みました。削除を進めてください。'],
    ['ko', 'restriction', '확인될 때까지 제 계정을 일시 정지해 주세요.'],
    ['ko', 'opt_out_sale', '제 정보를 다른 회사에 제공하지 말아 주세요.'],
    ['ko', 'erasure', '저에 대한 모든 정보를 지워 주세요.'],
    ['hi', 'opt_out_sale', 'मेरी जानकारी विज्ञापन कंपनियों के साथ शेयर न करें।'],
    ['hi', 'objection', 'मेरी जानकारी का मार्केटिंग के लिए उपयोग बंद कीजिए।'],
    ['hi', 'access', 'आप मेरे बारे में क्या जानते हैं, बताइए।'],
    ['hi', 'access', 'namaste, aapke paas meri kya kya jankari hai? bata do please.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('Russian, Ukrainian, Turkish, Japanese, Chinese, Korean and Hindi: near misses', () => {
  it.each([
    ['ru', 'Не передавайте эту презентацию клиентам.'],
    ['ru', 'Заморозьте цены до конца года.'],
    ['ru', 'У вас неверный номер заказа в счёте.'],
    ['uk', 'Не передавайте цю презентацію клієнтам.'],
    ['uk', 'Що ви знаєте про нову версію?'],
    ['uk', 'Заморозьте ціни до кінця року.'],
    ['tr', 'Bu sunumu müşterilerle paylaşmayın.'],
    ['tr', 'Fiyatları yıl sonuna kadar dondurun.'],
    ['tr', 'Faturadaki şirket adı yanlış yazılmış.'],
    ['ja', 'この資料を第三者と共有しないでください。'],
    ['ja', '価格を年末まで凍結してください。'],
    ['ja', '新しいバージョンについて何を知っていますか。'],
    ['zh', '不要再用这个模板做广告了。'],
    ['zh', '你们知道新版本有哪些功能吗？'],
    ['zh', '请把价格冻结到年底。'],
    ['ko', '이 파일을 제3자와 공유하지 마세요.'],
    ['ko', '연말까지 가격을 동결해 주세요.'],
    ['ko', '새 버전에 대해 무엇을 알고 있나요?'],
    ['hi', 'यह प्रस्तुति किसी के साथ शेयर न करें।'],
    ['hi', 'आप नए संस्करण के बारे में क्या जानते हैं?'],
    ['hi', 'कीमतें साल के अंत तक फ्रीज़ कर दीजिए।'],
    ['ja', 'このプロジェクトの削除を進めてください。'],
    ['ru', 'Можно ли самому удалить аккаунт в настройках?'],
    ['ru', 'Вы заблокировали мой аккаунт без всякой причины.'],
    ['ru', 'Каким клиентам вы передали отчёт за май?'],
    ['zh', '这个文件分享给了哪些公司？'],
    ['uk', 'Чи можу я сам видалити акаунт у налаштуваннях?'],
    ['zh', '项目的名字改为新名字吧。'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
