/**
 * What a parsed email is made before it is stored or shown: text a database column accepts, and the
 * subject, display names and file names as one line of plain text each, without the control, bidi and
 * invisible characters a sender can use to mislead staff or a terminal.
 */
import type { EmailAddress, ParsedEmail } from '../../domain/email/parsed-email.js';
import { withoutHiddenCharacters } from '../../domain/hidden-characters.js';

/**
 * Text a database column accepts: PostgreSQL rejects NUL in text (22021) and lone UTF-16 surrogates
 * are not valid UTF-8, so both go here, once, before any decoded text reaches a column.
 */
export function storableText(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what PostgreSQL refuses
  return value.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** RFC 5322 §2.1.1: no line of a message is longer; a subject or a name past it is built to be. */
const MAX_LINE_CHARS = 998;
/** The longest file name common file systems accept. */
const MAX_FILENAME_CHARS = 255;
// eslint-disable-next-line no-control-regex -- exactly the control characters are replaced
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- exactly the control characters are replaced
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * A subject, display name or file name as one line of plain text: terminal control sequences
 * (an ESC in a subject would reach the operator's terminal through the console), line breaks and
 * bidi overrides go, and the length is bounded.
 */
function singleLine(value: string, max = MAX_LINE_CHARS): string {
  return storableText(withoutHiddenCharacters(value.replace(LINE_CONTROL, ' ')).trim().slice(0, max));
}

/** The file name alone: a sender's `../../x` names no folder of ours. */
function fileName(value: string | null): string | null {
  if (value === null) return null;
  const name = singleLine(value.split(/[/\\]/).at(-1) ?? '', MAX_FILENAME_CHARS);
  return name === '' || name === '.' || name === '..' ? null : name;
}

/** Something shaped like an address inside a display name ("ceo@importly.example" <x@example.com>). */
const ADDRESS_IN_NAME = /[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+/;

/**
 * A display name as one line, and none at all when it holds an address: such a name shows staff (and a
 * letter's greeting) an address the mail did not come from, the oldest trick of spoofed mail; the real
 * address is the one answered, and a letter without a name greets the requester neutrally.
 */
function displayName(value: string): string {
  const name = singleLine(value);
  return ADDRESS_IN_NAME.test(name) ? '' : name;
}

export function storableEmail(email: ParsedEmail): ParsedEmail {
  const id = (v: string | null) => (v === null ? null : storableText(v));
  const address = (a: EmailAddress) => ({ address: storableText(a.address), name: displayName(a.name) });
  return {
    ...email,
    messageId: id(email.messageId),
    inReplyTo: id(email.inReplyTo),
    references: email.references.map(storableText),
    from: email.from && address(email.from),
    replyTo: email.replyTo && address(email.replyTo),
    to: email.to.map(address),
    cc: email.cc.map(address),
    subject: singleLine(email.subject),
    text: storableText(email.text).replace(CONTROL, '\ufffd'),
    html: id(email.html),
    headers: email.headers.map((h) => ({ key: storableText(h.key), value: storableText(h.value) })),
    attachments: email.attachments.map((a) => ({
      ...a,
      filename: fileName(a.filename),
    })),
    returnedMessageIds: email.returnedMessageIds.map(storableText),
  };
}
