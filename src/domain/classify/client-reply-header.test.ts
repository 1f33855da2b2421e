import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body.js';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// A privacy desk's acknowledgement that names several rights: read as the writer's words, it would decide.
const DESK_LETTER = [
  'Dear requester,',
  'if you asked for a copy of your personal data (Article 15 GDPR), for its erasure (Article 17) or object',
  'to direct marketing, we will answer within one month. Reply with the code 448193.',
  'Privacy Team',
].join('\n');

const above = (own: string, header: string) => `${own}\n\n${header}\n${DESK_LETTER}\n`;

describe('a mail client header in a language the reply patterns do not name', () => {
  it.each([
    ['German Gmail', 'Am Mo., 7. Dez. 2026 um 10:02 Uhr schrieb Privacy Team <privacy@example.org>:'],
    ['Polish Gmail', 'pon., 7 gru 2026 o 10:02 Privacy Team <privacy@example.org> napisał(a):'],
    ['Japanese Gmail', '2026年12月7日(月) 10:02 Privacy Team <privacy@example.org>:'],
    ['Chinese Gmail', 'Privacy Team <privacy@example.org> 于2026年12月7日周一 10:02写道：'],
    ['Hungarian Gmail', 'Privacy Team <privacy@example.org> ezt írta (időpont: 2026. dec. 7., H, 10:02):'],
    [
      'a Gmail line wrapped once',
      'Le lun. 7 déc. 2026 à 10:02, Privacy Team\n<privacy@example.org> a écrit :',
    ],
    [
      'Russian Outlook',
      'От: Privacy Team <privacy@example.org>\nОтправлено: 7 декабря 2026 г. 10:02\nТема: Re',
    ],
    [
      'Spanish Outlook',
      'De: Privacy Team [mailto:privacy@example.org]\nEnviado el: lunes, 7 de diciembre de 2026 10:02',
    ],
    ['Korean Outlook', '보낸 사람: privacy@example.org\n보낸 날짜: 2026년 12월 7일 월요일 오전 10:02'],
  ])('%s: the quoted letter is dropped, the reply above it kept', (_, header) => {
    const body = cleanBody(above('Bitte nur die Kopie, danke.', header));
    expect(body).toBe('Bitte nur die Kopie, danke.');
  });

  it('a German reply above an unquoted desk letter is read for its own ask only', () => {
    const classifier = createClassifier(createLanguageDetector());
    const mail = textEmail(
      above(
        'Hallo, meine Anschrift in Ihrem Kundenkonto ist falsch. Bitte berichtigen Sie meine Daten.',
        'Am Mo., 7. Dez. 2026 um 10:02 Uhr schrieb Privacy Team <privacy@example.org>:',
      ),
      'Re: Ihre Anfrage',
    );
    expect(classifyEmail(classifier, mail).types).toEqual(['rectification']);
  });

  it('keeps a request form whose lines name an address and a date of birth', () => {
    const form = [
      'Hello,',
      'Name: Ana Pop',
      'E-mail: ana.pop@example.com',
      'Date of birth: 12.03.1990',
      'Request: please delete my account and all my data.',
    ].join('\n');
    expect(cleanBody(form)).toBe(form);
  });

  it('keeps a sentence that names an address and a time but does not end in a colon', () => {
    const body = 'Please write to me at <ana.pop@example.com> after 18:00.\nI want a copy of my data.';
    expect(cleanBody(body)).toBe(body);
  });

  it('keeps a header at the very top: the message forwards the earlier one whole', () => {
    const body =
      'От: Анна <anna@example.com>\nОтправлено: 7 декабря 2026 г. 10:02\n\nПрошу удалить мой аккаунт.';
    expect(cleanBody(body)).toBe(body);
  });
});
