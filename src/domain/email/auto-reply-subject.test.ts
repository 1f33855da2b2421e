import { describe, expect, it } from 'vitest';
import { isAutoReplySubject } from './auto-reply-subject.js';
import { detectAutomaticMail } from './automatic.js';
import { textEmail } from '../classify/text-email.test-support.js';

describe('isAutoReplySubject', () => {
  it.each([
    'Out of Office: We have received your request [RD-1042]',
    'Out of Office Re: [RD-3190] Authorization required',
    'Automatic reply: [RD-1042] Please confirm your identity',
    'Abwesenheitsnotiz',
    'Automatische Antwort: AW: Ihre Anfrage',
    'Réponse automatique : absence du bureau',
    'Respuesta automática: RE: [RD-3380]',
    'Risposta automatica: fuori ufficio',
    'Automatisch antwoord: Uw verzoek',
    'Resposta automática',
    'Autosvar: Spørgsmål om databehandleraftale',
    'Automatyczna odpowiedź: urlop',
    'Automaattinen vastaus: loma',
    'Automatikus válasz: Adatkezelés',
    'Автоматический ответ: Ваш запрос',
    'Αυτόματη απάντηση: Το αίτημά σας',
    'Otomatik yanıt: Talebiniz',
    '自动回复: 您的请求',
    '自動返信：ご依頼',
    '[Out of office] Re: Your request',
    'Re\u0301ponse automatique: Votre demande',
  ])('reads %j as an out-of-office notice', (subject) => {
    expect(isAutoReplySubject(subject)).toBe(true);
  });

  it.each([
    'Absence records: access request under Article 15',
    'Out of office hours: what do you log about me?',
    'Autosvar på min anmodning om indsigt',
    'Re: Automatic reply',
    'Automate your subject access requests',
    '[Ticket #88213] Auto-response: usage report',
    'Please delete my account',
    '',
  ])('reads %j as a person’s subject', (subject) => {
    expect(isAutoReplySubject(subject)).toBe(false);
  });
});

describe('detectAutomaticMail', () => {
  const email = (subject: string) => textEmail('Ich bin bis zum 12. Januar nicht im Büro.', subject);
  const context = { ownAddresses: [], isOwnMessageId: () => false };

  it('takes a notice with no automatic header for an auto-reply by its subject, without quoting it', () => {
    expect(detectAutomaticMail(email('Abwesenheitsnotiz: Ihre Anfrage'), context)).toEqual({
      kind: 'auto_reply',
      reason: 'out-of-office subject',
    });
    // Under a plain subject the same notice is known by its body, a rule of its own.
    expect(detectAutomaticMail(email('Ihre Anfrage'), context)?.reason).toBe(
      'out-of-office notice in the body',
    );
  });
});
