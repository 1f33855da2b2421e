import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { isScam } from './lexicon/not-asked.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own: a scam that names a right as its pretext and asks for a password, bank details or a
// fee at a link. The right it names is not the writer's ask.
describe('a scam naming a right is no request', () => {
  it.each([
    [
      'Your access request',
      'Dear customer, your subject access request has been registered. To receive the report, enter your password at https://secure-portal.example.net within 24 hours.',
    ],
    [
      'GDPR deletion pending',
      'Dear user, a request to erase your account under Article 17 was received. If this was not you, confirm your identity within 12 hours at https://verify.example.net or your data will be deleted.',
    ],
    [
      'Outstanding DSAR fee',
      'A data subject access request about your organisation is on file. Pay the processing fee of 350 EUR at https://dsar-desk.example.net to avoid a complaint.',
    ],
    [
      "Droit d'accès",
      "Cher client, suite à votre demande d'accès (article 15 RGPD), merci de saisir vos identifiants bancaires sur https://banque.example.net sous 24 heures.",
    ],
    [
      'Auskunftsersuchen',
      'Sehr geehrter Kunde, Ihr Auskunftsersuchen nach Art. 15 DSGVO ist eingegangen. Bitte geben Sie Ihr Passwort unter https://konto.example.net ein.',
    ],
    [
      'Derecho de supresión',
      'Estimado cliente, hemos recibido su solicitud de supresión. Introduzca su contraseña en https://cuenta.example.net para confirmarla.',
    ],
    [
      'Pedido de acesso',
      'Prezado cliente, o seu pedido de acesso aos dados foi registado. Insira a sua senha em https://conta.example.net para continuar.',
    ],
    [
      'Запрос на удаление',
      'Уважаемый пользователь! Поступил запрос на удаление ваших данных. Если это были не вы, введите пароль: https://login.example.net',
    ],
    [
      '개인정보 열람 요청',
      '고객님의 개인정보 열람 요청이 접수되었습니다. 아래 링크에서 비밀번호를 입력하세요. https://verify.example.net',
    ],
  ])('"%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('shows staff the right it names as a pretext', () => {
    const result = classify(
      'Your access request',
      'Dear customer, your subject access request is registered. Confirm your password at https://x.example.net',
    );
    expect(result.reasons).toContain('scam pretext, not counted: "subject access request"');
  });

  it.each([
    [
      'Access request after a breach',
      'Someone logged into my account, so I changed my password. Please send me a copy of all my personal data. Your policy: https://example.com/privacy',
    ],
    [
      'Delete my account',
      'Please delete my account and my data. I will not pay any processing fee for this. See https://example.com/terms',
    ],
    [
      'Mes données',
      'Bonjour, je demande la suppression de mes données. Votre formulaire https://example.com/form me demande de saisir votre mot de passe, ce que je refuse.',
    ],
  ])('but a request that mentions a password, a fee or a link stays a request: "%s"', (subject, body) => {
    expect(classify(subject, body).types).not.toEqual(['not_a_request']);
  });

  it('needs a link', () => {
    expect(isScam('your access request is registered. enter your password to continue.')).toBe(false);
    expect(isScam('your access request is registered. enter your password at [link]')).toBe(true);
  });
});

// Ninth round: lures in scripts a word boundary does not bound, and deadlines written without a space.
describe('a lure in other scripts and languages', () => {
  it.each([
    'kvkk gereği hesabınızı doğrulayın: [link] 48 saat içinde yapılmazsa hesabınız askıya alınacaktır.',
    'يرجى التحقق من حسابك عبر [link] خلال 48 ساعة، وإلا سيتم حذف حسابك.',
    'โปรดยืนยันตัวตนที่ [link] ภายใน 12 ชั่วโมง มิฉะนั้นข้อมูลของท่านจะถูกลบ',
    '请在24小时内点击[link]验证您的账户,否则账户将被冻结。',
    'подтвердите ваш аккаунт по ссылке [link] в течение 24 часов, иначе он будет заблокирован.',
    'para manter o cadastro, é preciso confirmar o cpf e os dados do cartão em [link].',
  ])('%s', (text) => {
    expect(isScam(text)).toBe(true);
  });

  it.each([
    'lütfen hesabımı ve verilerimi silin. formunuz: [link]',
    'أرجو حذف حسابي. رابط سياسة الخصوصية: [link]',
    '请删除我的账户。隐私政策:[link]',
    'peço a exclusão dos meus dados em até 48 horas, conforme o formulário [link].',
  ])('but an ask with a link and no lure is none: %s', (text) => {
    expect(isScam(text)).toBe(false);
  });
});
