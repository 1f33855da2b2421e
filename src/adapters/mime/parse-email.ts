/**
 * Turns raw RFC 5322 bytes into the core's ParsedEmail with postal-mime (the MIME parser its
 * maintainers recommend for new projects; mailparser is in maintenance mode). Throws a
 * MalformedEmailError when the message cannot be parsed, so callers can quarantine it.
 */
import { plausibleInstant } from '../../domain/intake/receipt-time.js';
import PostalMime, { type Address, type Attachment, addressParser } from 'postal-mime';
import { compile } from 'html-to-text';
import type { EmailAddress, EmailAttachment, ParsedEmail } from '../../domain/email/parsed-email.js';
import { headersAsUtf8 } from './eight-bit-headers.js';
import { crLineEndingsAsCrlf } from './line-endings.js';
import { elideLargeParts, holdsMarker, omittedSize } from './large-parts.js';
import { MAX_ADDRESS_CHARS, MAX_PARSE_UNITS, MAX_WORD_JOIN_CHARS, parseCostOf } from './parse-cost.js';

export class MalformedEmailError extends Error {
  readonly code = 'malformed_email';
}

export interface ParseOptions {
  /** Attachments larger than this are recorded (name, type, size) without their bytes. */
  readonly maxAttachmentBytes: number;
  /**
   * The body text kept, classified and threaded, in characters, and the HTML converted to it: a request
   * is a few paragraphs, and every later step costs at least its length (the raw message keeps it all).
   */
  readonly maxTextChars: number;
}

export const defaultParseOptions: ParseOptions = {
  maxAttachmentBytes: 10 * 1024 * 1024,
  maxTextChars: 100_000,
};

const MESSAGE_ID = /<[^<>\s]+>/g;
/** Real mail nests a few levels (a forward of a signed reply); deeper is built to exhaust the parser. */
const MAX_MIME_DEPTH = 50;
const MAX_HEADER_BYTES = 1024 * 1024;
/** Header fields kept per message: the newest first, where our own servers add theirs. */
const MAX_HEADERS = 1_000;

export async function parseEmail(
  raw: Uint8Array,
  options: ParseOptions = defaultParseOptions,
): Promise<ParsedEmail> {
  if (raw.byteLength === 0) throw new MalformedEmailError('empty message');
  const message = headersAsUtf8(crLineEndingsAsCrlf(raw));
  // Parts over the attachment limit are not decoded at all (large-parts.ts).
  let elided = elideLargeParts(message, options.maxAttachmentBytes);
  let email = await postalParse(elided.bytes);
  if (elided.sizes.size > 0 && markerMisplaced(email, elided.sizes)) {
    elided = { bytes: message, sizes: new Map() };
    email = await postalParse(message);
  }
  if (
    email.headers.length === 0 ||
    !email.headers.some((h) => ['from', 'subject', 'date', 'message-id'].includes(h.key))
  ) {
    throw new MalformedEmailError('no RFC 5322 header block (From, Subject, Date or Message-ID) found');
  }
  // RFC 5322 §3.6: exactly one From field. With two, the one DMARC judged and the one we would answer
  // can differ (a forged requester beside an authenticated one): a person decides whom to answer.
  const froms = email.headers.filter((h) => h.key === 'from').length;
  if (froms > 1)
    throw new MalformedEmailError(
      `${froms} From header fields: the sender is ambiguous (RFC 5322 allows one)`,
    );
  const html = email.html ?? null;
  const text = (
    email.text?.trim() ? email.text : html ? htmlToText(html.slice(0, options.maxTextChars)) : ''
  ).slice(0, options.maxTextChars);
  const attachments = email.attachments.map((a) => toAttachment(a, options.maxAttachmentBytes, elided.sizes));
  return storableEmail({
    messageId: firstId(email.messageId),
    inReplyTo: firstId(email.inReplyTo),
    references: allIds(email.references),
    from: authorOf(email),
    replyTo: firstMailbox(email.replyTo ?? []),
    to: mailboxes(email.to ?? []),
    cc: mailboxes(email.cc ?? []),
    subject: email.subject ?? '',
    date: plausibleDate(email.date),
    text,
    html,
    headers: email.headers.slice(0, MAX_HEADERS).map((h) => ({ key: h.key, value: h.value })),
    attachments,
    returnedMessageIds: returnedMessageIds(email.attachments),
    deliveryActions: deliveryActions(email.attachments),
  });
}

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
/** Embeddings, overrides and isolates: in a name or subject they reorder what staff read next to it. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Marks and invisible characters that change nothing a reader sees but what a search, a filter or a
 * comparison matches ("Ad\u200bmin" is not "Admin", "@\u2060everyone" is no mention word): directional
 * marks, zero-width space, word joiner and invisible operators, BOM, soft hyphen. The zero-width
 * (non-)joiners stay: emoji sequences and Persian words need them.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u2060-\u2064\ufeff]/g;

/**
 * A subject, display name or file name as one line of plain text: terminal control sequences
 * (an ESC in a subject would reach the operator's terminal through the console), line breaks and
 * bidi overrides go, and the length is bounded.
 */
function singleLine(value: string, max = MAX_LINE_CHARS): string {
  return storableText(
    value.replace(LINE_CONTROL, ' ').replace(BIDI_CONTROL, '').replace(INVISIBLE, '').trim().slice(0, max),
  );
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

function storableEmail(email: ParsedEmail): ParsedEmail {
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

/** The Date header as an ISO instant, or null when it is not a plausible one (see `plausibleInstant`). */
function plausibleDate(value: string | undefined): string | null {
  return plausibleInstant(value)?.toISOString() ?? null;
}

/** Compiled once: `convert` would rebuild its selector decision tree for every email. */
const convertHtml = compile({ wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }] });

function htmlToText(html: string): string {
  try {
    return convertHtml(html);
  } catch {
    // html-to-text recurses per element: a few thousand nested elements overflow the stack. Their text
    // is still there, so it is read with the tags dropped (one linear pass) rather than not at all.
    return html.replace(/<[^<>]*>/g, ' ').replace(/[ \t]+/g, ' ');
  }
}

type PostalEmail = Awaited<ReturnType<typeof PostalMime.parse>>;

async function postalParse(raw: Uint8Array): Promise<PostalEmail> {
  // Measured first: a message built to exhaust postal-mime would take the process down (parse-cost.ts).
  const cost = parseCostOf(raw);
  if (cost.units > MAX_PARSE_UNITS)
    throw new MalformedEmailError(
      `too many MIME parts and lines to parse one by one (${cost.units}, over the limit of ${MAX_PARSE_UNITS})`,
    );
  if (cost.wordJoinChars > MAX_WORD_JOIN_CHARS)
    throw new MalformedEmailError(
      `encoded words in one header too costly to decode (${cost.wordJoinChars} characters to join, over the limit of ${MAX_WORD_JOIN_CHARS})`,
    );
  // RFC 5322 §3.4 nests no groups; nested ones make postal-mime read an address field again per level.
  if (cost.addressChars > MAX_ADDRESS_CHARS)
    throw new MalformedEmailError(
      `address groups nested too deep to parse (${cost.addressChars} characters to read, over the limit of ${MAX_ADDRESS_CHARS})`,
    );
  try {
    return await PostalMime.parse(raw, {
      forceRfc822Attachments: true,
      // Bounded work per message: MIME depth and header bytes (a parse over either is quarantined).
      maxNestingDepth: MAX_MIME_DEPTH,
      maxHeadersSize: MAX_HEADER_BYTES,
    });
  } catch (error) {
    throw new MalformedEmailError(error instanceof Error ? error.message : String(error));
  }
}

/** A marker of a left-out part anywhere but as a whole attachment: the parser read another structure. */
function markerMisplaced(email: PostalEmail, sizes: ReadonlyMap<string, number>): boolean {
  return (
    holdsMarker(email.text ?? '') ||
    holdsMarker(email.html ?? '') ||
    email.headers.some((h) => holdsMarker(h.value)) ||
    email.attachments.some((a) => {
      const content = contentOf(a);
      return omittedSize(content, sizes) === undefined && holdsMarker(content);
    })
  );
}

function contentOf(a: Attachment): Uint8Array {
  return a.content instanceof ArrayBuffer
    ? new Uint8Array(a.content)
    : typeof a.content === 'string'
      ? Buffer.from(a.content)
      : a.content;
}

function toAttachment(
  a: Attachment,
  maxBytes: number,
  omitted: ReadonlyMap<string, number>,
): EmailAttachment {
  const content = contentOf(a);
  const base = { filename: a.filename, contentType: a.mimeType };
  const omittedBytes = omittedSize(content, omitted);
  if (omittedBytes !== undefined) return { ...base, size: omittedBytes };
  return content.byteLength > maxBytes
    ? { ...base, size: content.byteLength }
    : { ...base, size: content.byteLength, content };
}

function attachmentText(a: Attachment): string {
  if (typeof a.content === 'string') return a.content;
  return Buffer.from(a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : a.content).toString(
    'latin1',
  );
}

/** The Message-IDs of returned messages in a bounce, read from its message/rfc822 or text/rfc822-headers part. */
function returnedMessageIds(attachments: readonly Attachment[]): string[] {
  return attachments
    .filter((a) => a.mimeType === 'message/rfc822' || a.mimeType === 'text/rfc822-headers')
    .map((a) => {
      const headerBlock = (attachmentText(a).split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
      return /^message-id:\s*(<[^>\r\n]+>)/im.exec(headerBlock)?.[1];
    })
    .filter((id): id is string => id !== undefined);
}

/** RFC 3464 per-recipient `Action:` values of a DSN's message/delivery-status part. */
function deliveryActions(attachments: readonly Attachment[]): string[] {
  return attachments
    .filter((a) => a.mimeType === 'message/delivery-status')
    .flatMap((a) =>
      [...attachmentText(a).matchAll(/^action:\s*([a-z]+)/gim)].map((m) => m[1]!.toLowerCase()),
    );
}

function firstId(value: string | undefined): string | null {
  return value?.match(MESSAGE_ID)?.[0] ?? null;
}

/** References kept per message: the thread's root and its most recent ancestors are what threading needs. */
const MAX_REFERENCES = 50;

function allIds(value: string | undefined): string[] {
  const ids = value?.match(MESSAGE_ID) ?? [];
  // One message with thousands of References would exceed the database's bound-parameter limit.
  return ids.length <= MAX_REFERENCES ? ids : [ids[0]!, ...ids.slice(-(MAX_REFERENCES - 1))];
}

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its angle brackets, so no longer address is delivered. */
const MAX_ADDRESS_LENGTH = 254;

function mailboxes(addresses: readonly Address[]): EmailAddress[] {
  return (
    addresses
      .flatMap((a) => (a.group ? a.group : [a]))
      // An address no server delivers to cannot be answered; leaving it out also keeps indexed columns bounded.
      .filter((m) => m.address && m.address.length <= MAX_ADDRESS_LENGTH)
      .map((m) => ({ address: m.address.toLowerCase(), name: m.name }))
  );
}

function firstMailbox(addresses: readonly Address[]): EmailAddress | null {
  return mailboxes(addresses)[0] ?? null;
}

/** What separates the words of an address field outside quoted strings and comments. */
const FIELD_SEPARATORS = /[\s<>()[\]\\,;:"]+/;
const QUOTED_OR_COMMENT = /"(?:[^"\\]|\\.)*"|\((?:[^()\\]|\\.)*\)/g;

/**
 * How many different addresses the field writes bare or in angle brackets. A parser reads
 * `<victim@example.org> <attacker@example.net>` (no comma) as one mailbox named after the other address, and
 * which one it answers differs from the one another parser or DMARC takes; the same address written twice
 * (`jane@example.org <jane@example.org>`, as some clients send it) is one sender.
 */
function writtenAddresses(written: string): number {
  const words = written.replace(QUOTED_OR_COMMENT, ' ').split(FIELD_SEPARATORS);
  return new Set(words.filter((w) => w.indexOf('@') > 0 && !w.endsWith('@'))).size;
}

/** One local part, one @, one domain, nothing a parser could read as a route, a list or a quote. */
const PLAIN_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/**
 * The one mailbox letters go to. RFC 5322 §3.6.2 lets From name several authors; answering the first
 * of `victim@example.org, attacker@example.net` writes to an address DMARC never judged (the same
 * reason two From fields are refused), so a person decides. The address must be written in the field
 * as it is answered: RFC 2047 §5 forbids an encoded word in an address, and one that decodes to
 * `<victim@example.org>` is a display name hiding an address, not a sender; nor is a quoted local part
 * (`"victim@example.org"@example.net`) or a source route answered as a parser flattens it.
 */
function authorOf(email: PostalEmail): EmailAddress | null {
  const field = email.headers.find((h) => h.key === 'from')?.value ?? '';
  const authors = addressParser(field)
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((m) => m.address);
  const written = field.replace(/\r?\n[ \t]+/g, ' ').toLowerCase();
  const count = Math.max(authors.length, writtenAddresses(written));
  if (count > 1)
    throw new MalformedEmailError(
      `${count} addresses in From: the sender is ambiguous (a person decides whom to answer)`,
    );
  const author = firstMailbox(authors);
  return author && PLAIN_ADDRESS.test(author.address) && written.includes(author.address) ? author : null;
}
