/**
 * A requester's emailed reply as staff see it in the ticket's chat thread (issue 15, item 3): only what
 * they wrote this time (quoted history, signature and footers dropped), redacted as channel messages are
 * (email addresses masked, the requester's name reduced to initials, long numbers such as phone or
 * account numbers hidden), and cut to a length a chat shows whole. The full mail stays in `show`.
 */
import { cleanBody } from '../classify/clean-body.js';
import { isRequesterAddress } from '../email/requester-address.js';
import { maskAddressesIn, maskName } from '../redaction.js';

/** Enough to read a reply at a glance; every chat's limit is above it (Discord's message: 2,000). */
export const REPLY_EXCERPT_CHARS = 1500;

/** Digits grouped by spaces, brackets, dots or dashes; HTML signatures group them with no-break spaces. */
const LONG_NUMBER = /\+?\d[\d ().\u00a0\u2007\u202f\u2011-]{5,}\d/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with the requester's name (whole, then each part of it) replaced by initials. */
function withoutName(text: string, name: string): string {
  const parts = name.split(/\s+/).filter((p) => [...p].length >= 2);
  let out = text;
  if (parts.length > 1) out = out.replace(new RegExp(escapeRegExp(name.trim()), 'giu'), maskName(name));
  for (const part of parts)
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'giu'),
      maskName(part),
    );
  return out;
}

export function redactedReplyText(text: string, requesterName: string): string {
  const own = cleanBody(text);
  const redacted = withoutName(maskAddressesIn(own), requesterName).replace(LONG_NUMBER, '[number]');
  const tidy = redacted.replace(/\n{3,}/g, '\n\n').trim();
  if (tidy === '') return '(no text of its own)';
  return [...tidy].length <= REPLY_EXCERPT_CHARS
    ? tidy
    : `${[...tidy].slice(0, REPLY_EXCERPT_CHARS - 1).join('')}…`;
}

/** Every line break a chat shows as one: the mail's words may hold any of them. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/** The words behind a bar, line by line: no line of the mail reads as a first line of ours. */
function quoted(words: string): string {
  return words
    .split(LINE_BREAK)
    .map((line) => (line === '' ? '│' : `│ ${line}`))
    .join('\n');
}

/**
 * Who sent a reply, as far as we know: the requester; their address, but our receiving server said the
 * sender failed DMARC (or SPF and DKIM), so anyone may have written it; or another address.
 */
export type ReplySender = 'requester' | 'requester_unauthenticated' | 'other';

/** The reply's sender, from its From, the ticket's requester and the verdict intake stored with it. */
export function replySenderOf(
  fromAddress: string,
  requesterAddress: string,
  senderUnauthenticated: boolean,
): ReplySender {
  if (!isRequesterAddress(fromAddress, requesterAddress)) return 'other';
  return senderUnauthenticated ? 'requester_unauthenticated' : 'requester';
}

const FIRST_LINE: Readonly<Record<ReplySender, (reference: string) => string>> = {
  requester: (reference) => `Reply from the requester on ${reference}`,
  requester_unauthenticated: (reference) =>
    `Reply on ${reference} from the requester's address, not authenticated (our mail server says it may be forged)`,
  other: (reference) => `Reply on ${reference} from an address that is NOT the requester's`,
};

/**
 * The chat post: which ticket, that it came by email, and the redacted words. A Message-ID is no secret,
 * so mail from another address can thread onto the ticket, and a From can be forged: staff are told it is
 * not the requester's, or not shown to be, before they act on what it asks (a new address, a withdrawal),
 * and the words are quoted, so a stranger cannot write a line that reads as our "Reply from the requester"
 * under it.
 */
export function requesterReplyNotice(
  reference: string,
  text: string,
  requesterName: string,
  sender: ReplySender,
): string {
  const who = FIRST_LINE[sender](reference);
  return `${who} (email, redacted):\n${quoted(redactedReplyText(text, requesterName))}`;
}

/**
 * The one line that stands for the replies not from the requester over the chat's hourly cap on a
 * ticket: how many, from whom, and where to read them.
 */
export function otherRepliesSummary(reference: string, senders: readonly ReplySender[]): string {
  const replies = senders.length === 1 ? 'reply' : 'replies';
  const from = senders.every((s) => s === 'other')
    ? 'from other addresses'
    : "from other addresses or the requester's, not authenticated,";
  return `${senders.length} more ${replies} ${from} on ${reference}, see \`show ${reference}\``;
}
