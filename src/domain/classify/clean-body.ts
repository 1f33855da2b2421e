/**
 * Reduces an email body to what the sender wrote in this message: quoted history, reply headers,
 * signatures, device footers, legal disclaimers and bulk-mail opt-out footers are removed, so that words
 * from an earlier message or a boilerplate notice cannot trigger a request type.
 */

import { clientReplyHeaderIndex } from './client-reply-header.js';

// Reply headers that introduce the quoted earlier message, in the languages we read.
const REPLY_HEADER = new RegExp(
  [
    // Gmail/Apple "On <date>, <name> wrote:" (may wrap onto a second line).
    '^(?:on|am|le|el|il|op|em|w dniu|den|på|dne)\\s[^\\n]{0,200}(?:\\n[^\\n]{0,120})?(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|napisał\\w*|skrev|napsal\\w*)\\s?:\\s*$',
    // Outlook "-----Original Message-----" in its translations.
    '^-{2,}\\s?(?:original message|ursprüngliche nachricht|message d.origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|oryginalna wiadomość|ursprungligt meddelande|oprindelig meddelelse)',
    // Outlook header block without a separator: "From: ...\nSent: ..." (and translations).
    '^(?:from|von|de|van|från|fra|od|da|lähettäjä):[^\\n]*\\n(?:sent|date|gesendet|envoyé|enviado|verzonden|skickat|sendt|wysłano|inviato|data|datum|lähetetty):',
  ].join('|'),
  'im',
);
// The same pattern tried only where a line starts (every alternative begins with "^"): a scan for a
// multiline "^" tries every position of the body, and bodies have a few dozen lines.
const REPLY_HEADER_AT = new RegExp(REPLY_HEADER.source, 'imy');
// Line terminators other than "\n" after which "^" also matches in multiline mode (CR is gone by then).
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;

// Blanks, not \s: a \s* after ^ ran over every following empty line from each one, quadratic in them.
const FORWARD_MARKER =
  /^[-\t ]*(?:forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|vidarebefordrat meddelande|videresendt meddelelse)[-:\t ]*$/im;
const FORWARD_HEADER = /^(?:from|to|cc|date|sent|von|an|datum|de|à|para):/i;

// RFC 3676 §4.3 signature separator "-- " (many clients drop the trailing space).
const SIGNATURE_SEPARATOR = /^--\s?$/m;
// Tested line by line (a `^.*` pattern over the whole body backtracks on every line).
const DEVICE_FOOTER_WORDS =
  '(?:sent from my|get outlook for|envoyé de mon|inviato da|enviado desde|enviado do meu|verzonden (?:vanaf|met) mijn|von meinem \\S+ gesendet|skickat från|sendt fra|wysłane z)\\b';
const DEVICE_FOOTER = new RegExp(`^${DEVICE_FOOTER_WORDS}`, 'i');
const OPT_OUT_WORDS =
  'hear from (?:me|us) again|rather not hear from|to opt out of future|reply ["“\']?(?:stop|remove|no|unsubscribe)["”\']?|you are receiving this (?:e-?mail|message) because';
const OPT_OUT_FOOTER = new RegExp(`${OPT_OUT_WORDS}|^unsubscribe:`, 'i');
// Where a footer could be on some line of a body: the footers without their line anchor, so that a body
// with none of them (most) keeps its lines without being split, filtered and joined again.
const MAYBE_FOOTER = new RegExp(`${DEVICE_FOOTER_WORDS}|${OPT_OUT_WORDS}|unsubscribe:`, 'i');

// A disclaimer has one strong marker or at least two weak ones; one "confidential" alone is a real sentence.
const DISCLAIMER_STRONG =
  /intended recipient|received (?:it|this (?:e-?mail|message)?) in error|disclaimer|confidentiality notice|official-sensitive|geadresseerde|par erreur|intention exclusive|irrtümlich|nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|destinatario previsto|per errore/i;
const DISCLAIMER_WEAK =
  /confidential|confidentiel|vertraulich|riservat|confidencial|vertrouwelijk|intended|addressee|pièces jointes|attachments|expéditeur|privileged|notify|unauthori[sz]ed|prohibited|niet toegestaan|destinat/gi;

export function cleanBody(text: string): string {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const forward = FORWARD_MARKER.exec(normalised);
  if (forward) {
    // A forward carries the sender's own earlier words (a resent request), so it is kept, minus its headers.
    const own = cleanMessage(normalised.slice(0, forward.index));
    const forwarded = normalised
      .slice(forward.index + forward[0].length)
      .split('\n')
      // The forwarded subject stays: it often names the request ("Request for a copy of my data").
      .filter((line) => !FORWARD_HEADER.test(line.trim()))
      .join('\n');
    return `${own}\n\n${cleanMessage(forwarded)}`.trim();
  }
  return cleanMessage(normalised);
}

function cleanMessage(text: string): string {
  let body = text;
  const reply = replyHeaderIndex(body);
  if (reply >= 0) body = body.slice(0, reply);
  // The same header in a language the patterns above do not name.
  const client = clientReplyHeaderIndex(body);
  if (client >= 0) body = body.slice(0, client);
  const signature = body.includes('--') ? SIGNATURE_SEPARATOR.exec(body) : null;
  if (signature) body = body.slice(0, signature.index);
  if (body.includes('>') || MAYBE_FOOTER.test(body))
    body = body
      .split('\n')
      .filter((line) => {
        const trimmed = line.trimStart();
        return !trimmed.startsWith('>') && !DEVICE_FOOTER.test(trimmed) && !OPT_OUT_FOOTER.test(trimmed);
      })
      .join('\n');
  return body
    .split(/\n\s*\n/)
    .filter((paragraph) => !isDisclaimer(paragraph))
    .join('\n\n')
    .trim();
}

/** Where REPLY_HEADER first matches in `body`, or -1. */
function replyHeaderIndex(body: string): number {
  if (OTHER_LINE_BREAK.test(body)) return REPLY_HEADER.exec(body)?.index ?? -1;
  for (let start = 0; ;) {
    REPLY_HEADER_AT.lastIndex = start;
    if (REPLY_HEADER_AT.test(body)) return start;
    const end = body.indexOf('\n', start);
    if (end < 0) return -1;
    start = end + 1;
  }
}

function isDisclaimer(paragraph: string): boolean {
  if (DISCLAIMER_STRONG.test(paragraph)) return true;
  return (paragraph.match(DISCLAIMER_WEAK)?.length ?? 0) >= 2;
}
