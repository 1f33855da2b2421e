/**
 * Recognises an out-of-office or automatic reply by the subject its software writes, for responders that
 * set neither `Auto-Submitted` (RFC 3834 §5) nor `Precedence` and ignore ours. Without it such a notice
 * reads as a person's mail: it opens a request ("nicht im Büro", "absente du bureau" read as objections),
 * is acknowledged, and the acknowledgement draws the next notice. Only the subject's opening counts, and
 * only phrases mail software writes there, never a word a person may open a request with ("Absence
 * records": an employee asking for their own HR data).
 */

/** Written by mail software at the start of the subject, lower-case (Outlook, Exchange, Gmail, Notes, GroupWise…). */
const PHRASES = [
  'out of office',
  'out of the office',
  'automatic reply',
  'auto reply',
  'auto-reply',
  'autoreply',
  'auto response',
  'auto-response',
  'autoresponse',
  'abwesenheitsnotiz', // de
  'automatische antwort',
  'réponse automatique', // fr
  "message d'absence",
  'absence du bureau',
  'respuesta automática', // es
  'fuera de la oficina',
  'risposta automatica', // it
  'fuori ufficio',
  'fuori sede',
  'automatisch antwoord', // nl
  'afwezigheidsbericht',
  'resposta automática', // pt
  'fora do escritório',
  'autosvar', // da, no, sv
  'automatisk svar',
  'automatiskt svar',
  'automatyczna odpowiedź', // pl
  'poza biurem',
  'automaattinen vastaus', // fi
  'automaatne vastus', // et
  'automatická odpověď', // cs
  'automatická odpoveď', // sk
  'automatikus válasz', // hu
  'răspuns automat', // ro
  'automatski odgovor', // hr, bs, sr
  'samodejni odgovor', // sl
  'автоматический ответ', // ru
  'автоматична відповідь', // uk
  'автоматичен отговор', // bg
  'αυτόματη απάντηση', // el
  'otomatik yanıt', // tr
  'otomatik cevap',
  'תשובה אוטומטית', // he
  'رد تلقائي', // ar
  '自动回复', // zh
  '自動回覆',
  '自動回复',
  '自動応答', // ja
  '自動返信',
  '자동 응답', // ko
  '자동 회신',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A phrase ends the subject or is followed by a separator or a reply prefix ("Out of Office Re: …"),
// so "Out of office hours data" or "Autosvar på …" in a person's words are not taken for a notice.
const AUTO_REPLY_SUBJECT = new RegExp(
  `^[\\s\\[(]*(?:${PHRASES.map(escape).join('|')})[\\s\\])]*(?:$|[:：\\-–—|]|(?:re|aw|sv|fw|fwd|wg|tr|rv)\\s*:)`,
  'iu',
);

/** True when the subject opens as out-of-office and auto-reply software writes it. */
export function isAutoReplySubject(subject: string): boolean {
  return AUTO_REPLY_SUBJECT.test(subject.normalize('NFC'));
}
