/**
 * Redaction of personal data for channel messages and logs: `jane.roe@example.com` → `j***@example.com`,
 * `Jane Roe` → `J. R.`. The full values are shown only in ephemeral replies to staff whose role allows it.
 */

import { withoutHiddenCharacters } from './hidden-characters.js';

/** The first character as a person reads it: a letter outside the BMP is two UTF-16 units. */
const firstCharacter = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 0x2a);

export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${firstCharacter(address)}***${address.slice(at)}`;
}

export function maskName(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]}.`);
  return initials.length > 0 ? initials.join(' ') : '';
}

/**
 * A local part as people write it: RFC 5322 §3.2.3's atext and dots, and any letter, mark or digit
 * (RFC 6531 allows UTF-8), so `o'brien@`, `jane=x@` and `jürgen@` are masked from their first character.
 */
const LOCAL = "\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~.\\-";
/** A domain's labels (IDN in Unicode form too), or an address literal (RFC 5321 §4.1.3). */
const LABEL = '[\\p{L}\\p{M}\\p{N}\\-]+';
/**
 * The lookbehind starts a match only where a run of local-part characters starts, so each run is read
 * once: without it, 100,000 dashes or letters with no `@` cost a quadratic scan (about 15 s), and a reply
 * of that text held the process that posts it to chat. A full-width at sign is read as one.
 */
const ADDRESS = new RegExp(
  `(?<![${LOCAL}])([${LOCAL}]+)([@\\uff20\\ufe6b])(${LABEL}(?:\\.${LABEL})*|\\[[^\\]\\s]{1,64}\\])`,
  'gu',
);

/**
 * Masks every email address inside free text (subjects, notes) before it reaches a channel. The text
 * loses its hidden characters first (hidden-characters.ts): a zero-width space, soft hyphen or word
 * joiner inside an address (HTML mail writes `&#8203;` and `&shy;`) split it for the pattern, and the
 * chat showed it whole; a bidi override showed it reordered.
 */
export function maskAddressesIn(text: string): string {
  return withoutHiddenCharacters(text).replace(
    ADDRESS,
    (_match, local: string, at: string, domain: string) => `${firstCharacter(local)}***${at}${domain}`,
  );
}
