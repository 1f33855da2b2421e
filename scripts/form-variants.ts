/**
 * Forms of the same mail: the hand-written sets' requests rewritten as people's mail clients and habits
 * send them (no accents, all capitals, the ask in the subject only, a reply above a quoted letter, an
 * HTML-only body), each keeping its label. `npm run eval:forms` scores the classifier on every form beside
 * the originals: the drop per form and language shows where the engine depends on how the mail is written.
 */
import { parseEmail } from '../src/adapters/mime/parse-email.js';
import { cleanBody } from '../src/domain/classify/clean-body.js';
import type { ParsedEmail } from '../src/domain/email/parsed-email.js';
import { QUOTED_LETTER, replyHeaderIn } from './form-quotes.js';

export const FORMS = [
  'original',
  'unaccented',
  'capitals',
  'subject',
  'reply',
  'reply-bare',
  'outlook',
  'html',
  'html-reply',
] as const;
export type Form = (typeof FORMS)[number];

// Marks after a Latin, Greek or Cyrillic letter: in the Indic, Thai or Arabic scripts a mark is a vowel.
const MARK_AFTER_LETTER = /(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]\p{M}*)\p{M}/gu;
// Letters with a stroke or a ligature that decomposition keeps, as a phone keyboard's plain layout types them.
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
};

export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARK_AFTER_LETTER, '')
    .replace(/[łŁđĐøØß]/g, (c) => PLAIN_LETTERS[c] ?? c)
    .normalize('NFC');
}

function asOneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlOf(text: string, page = true): string {
  const paragraphs = escaped(text)
    .split(/\n\s*\n/)
    .map((p) => `<div dir="auto">${p.split('\n').join('<br>')}</div>`)
    .join('<div dir="auto"><br></div>');
  return page ? `<html><head><meta charset="utf-8"></head><body>${paragraphs}</body></html>` : paragraphs;
}

async function htmlOnly(email: ParsedEmail, quote: string): Promise<ParsedEmail> {
  const body = `${htmlOf(cleanBody(email.text), false)}${quote}`;
  const raw = [
    'From: Writer <writer@example.com>',
    'To: privacy@example.org',
    `Subject: =?UTF-8?B?${Buffer.from(email.subject, 'utf8').toString('base64')}?=`,
    'Message-ID: <form-html@example.com>',
    'Date: Mon, 07 Dec 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'utf8').toString(
      'base64',
    ),
    '',
  ].join('\r\n');
  const parsed = await parseEmail(new TextEncoder().encode(raw));
  return { ...email, text: parsed.text, html: parsed.html };
}

/** The email in `form`; `language` is its label's, for the reply header a client in that language writes. */
export async function inForm(email: ParsedEmail, form: Form, language: string): Promise<ParsedEmail> {
  switch (form) {
    case 'original':
      return email;
    case 'unaccented':
      return { ...email, subject: withoutAccents(email.subject), text: withoutAccents(email.text) };
    case 'capitals':
      return { ...email, subject: email.subject.toUpperCase(), text: email.text.toUpperCase() };
    case 'subject':
      // The whole message typed in the subject line after its title; the body holds only a signature.
      return {
        ...email,
        subject: asOneLine(`${email.subject} - ${cleanBody(email.text)}`),
        text: '\n-- \nA. Writer\n',
      };
    case 'reply':
      return {
        ...email,
        text: `${cleanBody(email.text)}\n\n${replyHeaderIn(language)}\n${QUOTED_LETTER.split('\n')
          .map((l) => `> ${l}`)
          .join('\n')}\n`,
      };
    case 'reply-bare':
      // The client's line above the earlier letter, with no quote marks (as some clients and converters send it).
      return { ...email, text: `${cleanBody(email.text)}\n\n${replyHeaderIn(language)}\n${QUOTED_LETTER}\n` };
    case 'outlook':
      // A mobile client's reply: the earlier letter below a header block, with no quote marks.
      return {
        ...email,
        text: `${cleanBody(email.text)}\n\n${replyHeaderIn(language, 'block')}\n\n${QUOTED_LETTER}\n`,
      };
    case 'html':
      return htmlOnly(email, '');
    case 'html-reply':
      // A phone's HTML reply: the earlier letter in a blockquote under the client's line, no text part.
      return htmlOnly(
        email,
        `<div>${escaped(replyHeaderIn(language))}</div><blockquote>${htmlOf(QUOTED_LETTER, false)}</blockquote>`,
      );
  }
}
