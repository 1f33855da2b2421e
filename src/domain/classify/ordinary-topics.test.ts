import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own: ordinary support mail in languages read by a basic lexicon (a double charge, a
// payment method, a sign-in problem, thanks for a fix, a supplier's sub-processor list), and near misses
// that name the writer's data or a rights verb.
describe('an ordinary topic in a language read by a basic lexicon', () => {
  it.each([
    ['Оплата', 'Добрый день, с карты списали дважды за один месяц. Верните одну сумму, пожалуйста.'],
    ['Дякую', 'Дякую за допомогу вчора, усе працює. Гарного дня!'],
    ['Pembayaran', 'Halo, pembayaran dengan kartu kredit kantor kami selalu ditolak. Ada cara lain?'],
    ['Đăng nhập', 'Chào bạn, tôi không đăng nhập được từ sáng nay, đã thử đổi mật khẩu rồi.'],
    ['Subdodávatelia', 'Dobrý deň, pošlite nám prosím zoznam subdodávateľov pre náš audit. Ďakujem.'],
    ['Popust', 'Pozdravljeni, ali imate popust za neprofitne organizacije? Hvala.'],
  ])('is no request, stated with confidence: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Оплата', 'С карты списали дважды. И удалите, пожалуйста, все мои данные и аккаунт.'],
    ['Pembayaran', 'Pembayaran saya gagal. Tolong hapus akun saya dan semua data saya.'],
  ])('but not next to an ask about the writer\'s data: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types.includes('not_a_request') && result.confidence >= THRESHOLD).toBe(false);
  });
});

// The same in the full languages: thanks with nothing asked, a link pitch, a feature wished for, mail meant
// for a shop or a bank; and a near miss that asks for the writer's data in the same mail.
describe('an ordinary topic in a full language', () => {
  it.each([
    ['Thanks', 'Just wanted to say thanks to the person on chat yesterday, great service.'],
    [
      'Collaboration',
      'Hi, would you accept a guest post on your blog with two dofollow links? We pay per placement.',
    ],
    ['Idea', 'Are you planning to add support for subtitles in the converter? It would help our team a lot.'],
    ['Subtítulos', '¡Hola! ¿Tienen pensado permitir subtítulos en el convertidor? Sería genial.'],
    ['Delivery', 'My parcel has not arrived yet, the order number is 55-1234. Where is it?'],
  ])('is no request, stated with confidence: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("but not next to an ask about the writer's data", () => {
    const result = classify('Thanks', 'Great service so far. Please send me a copy of all my personal data.');
    expect(result.types).toEqual(['access']);
  });
});
