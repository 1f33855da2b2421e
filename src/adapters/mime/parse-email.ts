/**
 * Turns raw RFC 5322 bytes into the core's ParsedEmail with postal-mime (the MIME parser its
 * maintainers recommend for new projects; mailparser is in maintenance mode). Throws a
 * MalformedEmailError when the message cannot be parsed, so callers can quarantine it.
 */
import { plausibleInstant } from '../../domain/intake/receipt-time.js';
import PostalMime, { type Attachment } from 'postal-mime';
import { compile } from 'html-to-text';
import type { EmailAttachment, ParsedEmail } from '../../domain/email/parsed-email.js';
import { authorOf, firstMailbox, mailboxes } from './email-author.js';
import { headersAsUtf8 } from './eight-bit-headers.js';
import { crLineEndingsAsCrlf } from './line-endings.js';
import { elideLargeParts, holdsMarker, omittedSize } from './large-parts.js';
import { MalformedEmailError } from './malformed-email.js';
import { MAX_ADDRESS_CHARS, MAX_PARSE_UNITS, MAX_WORD_JOIN_CHARS, parseCostOf } from './parse-cost.js';
import { storableEmail } from './storable-email.js';

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
    from: authorOf(email.headers),
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

/** The Date header as an ISO instant, or null when it is not a plausible one (see `plausibleInstant`). */
function plausibleDate(value: string | undefined): string | null {
  return plausibleInstant(value)?.toISOString() ?? null;
}

/**
 * Compiled once: `convert` would rebuild its selector decision tree for every email. A zero-width space
 * stays what it is (html-to-text reads it as whitespace by default): "john.smith&#8203;@example.net"
 * read as "john.smith @example.net" was no address to redaction, and a chat post showed it whole; a
 * plain-text body keeps it too, and redaction and the classifier both drop it.
 */
const convertHtml = compile({
  wordwrap: false,
  whitespaceCharacters: ' \t\r\n\f',
  selectors: [{ selector: 'img', format: 'skip' }],
});

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
