/**
 * One-time verification codes: eight digits written `1234-5678` (distinctive enough to find in a
 * reply that also quotes phone numbers), made from an injected random source and stored only as an
 * HMAC under the installation secret, bound to the ticket so a code cannot be replayed on another.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const DIGITS = 8;
/**
 * Two groups of four digits, not inside a longer number nor beside another group of digits on the line:
 * "+44 20 7946 0958" in a signature or an out-of-office notice is a phone number, and read as a wrong
 * code it spent one of the requester's attempts (three such replies used them all up).
 */
const CANDIDATE =
  /(?<!\d[-\u2010-\u2015 \t\u00a0\u202f]?)(\d{4})[-\s\u2010-\u2015]?(\d{4})(?![-\u2010-\u2015 \t\u00a0\u202f]?\d)/g;
/** A reply naming more candidates than this is treated as guessing, not as an answer. */
export const MAX_CANDIDATES = 3;

/** `randomInt(n)` returns an integer in [0, n) from a cryptographic source (injected). */
export function generateCode(randomInt: (bound: number) => number): string {
  const digits = Array.from({ length: DIGITS }, () => String(randomInt(10))).join('');
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}

export function hashCode(code: string, ticketId: number, secret: string): string {
  return createHmac('sha256', secret)
    .update(`verification:${ticketId}:${normalise(code)}`)
    .digest('hex');
}

export function codeMatches(
  candidate: string,
  ticketId: number,
  storedHash: string,
  secret: string,
): boolean {
  const given = Buffer.from(hashCode(candidate, ticketId, secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Every code-shaped string in a reply's text, normalised to eight digits, in order of appearance. */
export function codeCandidatesIn(text: string): string[] {
  const found = [...text.matchAll(CANDIDATE)].map((m) => `${m[1]}${m[2]}`);
  return [...new Set(found)];
}

function normalise(code: string): string {
  return code.replace(/\D/g, '');
}
