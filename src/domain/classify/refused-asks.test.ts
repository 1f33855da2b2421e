import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));

// Sentences of our own: a deletion the writer refuses, in languages read by a basic lexicon, which has no
// negation words of its own, so the refusal ("keepAccount") is what sets the cue inside it aside.
describe('a refused deletion raises no erasure', () => {
  it.each([
    ['Akun saya', 'Halo, tolong jangan hapus akun saya. Saya masih memakainya setiap hari. Terima kasih.'],
    ['Pemberitahuan', 'Saya dapat email bahwa akun akan ditutup. Jangan dihapus ya, akun saya masih aktif.'],
    ['Akaun', 'Tolong jangan padam akaun saya, saya masih perlukannya untuk kerja.'],
    ['Письмо', 'Пришло письмо, что мой аккаунт удалят из-за неактивности. Не удаляйте, я им пользуюсь.'],
    ['Вопрос', 'Я не прошу удалить мой аккаунт и данные, просто не могу войти. Помогите.'],
    ['Лист', 'Отримала лист, що мій акаунт видалять через неактивність. Не видаляйте, будь ласка.'],
    ['Питання', 'Я не прошу видалити мій акаунт і дані, лише хочу змінити тариф.'],
  ])('"%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).not.toContain('erasure');
  });

  it.each([
    ['Hapus akun', 'Halo, tolong hapus akun saya dan semua data saya. Terima kasih.'],
    ['Padam akaun', 'Sila padamkan akaun saya dan semua maklumat saya.'],
    ['Удаление', 'Здравствуйте, прошу удалить мой аккаунт и все мои данные.'],
    ['Видалення', 'Добрий день, прошу видалити мій акаунт і всі мої дані.'],
  ])('but an ask to delete stays erasure: "%s"', (subject, body) => {
    expect(classify(subject, body).types).toContain('erasure');
  });
});
