/**
 * The author and the address lists of a message: which addresses are kept (deliverable, lower-cased),
 * and the From rules that decide the one mailbox letters go to, or that a person decides it.
 */
import { type Address, addressParser } from 'postal-mime';
import type { EmailAddress } from '../../domain/email/parsed-email.js';
import { MalformedEmailError } from './malformed-email.js';

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its angle brackets, so no longer address is delivered. */
const MAX_ADDRESS_LENGTH = 254;

export function mailboxes(addresses: readonly Address[]): EmailAddress[] {
  return (
    addresses
      .flatMap((a) => (a.group ? a.group : [a]))
      // An address no server delivers to cannot be answered; leaving it out also keeps indexed columns bounded.
      .filter((m) => m.address && m.address.length <= MAX_ADDRESS_LENGTH)
      .map((m) => ({ address: m.address.toLowerCase(), name: m.name }))
  );
}

export function firstMailbox(addresses: readonly Address[]): EmailAddress | null {
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
export function authorOf(
  headers: readonly { readonly key: string; readonly value: string }[],
): EmailAddress | null {
  const field = headers.find((h) => h.key === 'from')?.value ?? '';
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
