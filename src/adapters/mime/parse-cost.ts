/**
 * What a message will cost postal-mime, measured in one linear pass before it is handed over, so
 * that a message built to exhaust the parser is quarantined instead of taking the process down.
 * postal-mime's work is not proportional to the bytes but to two things measured here:
 *
 * - lines it keeps one by one: every line of a body that is neither base64 nor quoted-printable
 *   (and every padded base64 line) becomes its own piece of a Blob, about 50 µs and 1.5 KB each;
 *   every part costs about as much again. A 4 MB message of 1,000,000 short lines took 45 s and
 *   1.8 GB; one of 25 MiB would run the process out of memory, and the next pass would meet it again.
 * - adjacent base64 encoded words (RFC 2047) in one header: each join tests the whole joined text
 *   again, so 50,000 of them in a 800 KB filename took 55 s.
 * - address groups nested in the message's address fields (address-field-cost.ts): each level is read
 *   again, so a From of 500,000 `g:` took 9 s to parse, twice.
 *
 * The pass follows the MIME structure as postal-mime does (boundaries are those of multipart
 * Content-Types, a part's headers end at its first empty line), and counts conservatively where it
 * cannot tell: a line counts unless it is a long base64 or quoted-printable line of a part that
 * declared that encoding.
 */
import { ADDRESS_FIELDS, addressFieldCost } from './address-field-cost.js';

export interface ParseCost {
  /** Lines and parts postal-mime handles one at a time at a high cost (see above). */
  readonly units: number;
  /** Characters the joins of adjacent base64 encoded words of the costliest header read again. */
  readonly wordJoinChars: number;
  /** Characters the address parser reads in the message's own address fields, groups read again. */
  readonly addressChars: number;
}

/** About 5 s and 150 MB of parsing at worst; a legitimate message has a few thousand. */
export const MAX_PARSE_UNITS = 100_000;
/** About a quarter of a second; a subject of ten encoded words costs a few thousand. */
export const MAX_WORD_JOIN_CHARS = 256_000_000;
/** About a second; a whole header block of addresses without nested groups reads at most 2 MiB. */
export const MAX_ADDRESS_CHARS = 4_000_000;
/** postal-mime refuses more header bytes than this (parse-email.ts); the pass stops there too. */
const MAX_HEADER_BYTES = 1024 * 1024;
/** Shorter lines of an encoded body count too: each still costs a call and a decode. */
const LONG_LINE = 64;

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const EQUALS = 0x3d;
const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^\s;"]+))/i;
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;

type Encoding = 'base64' | 'quoted-printable' | 'other';

export function parseCostOf(raw: Uint8Array): ParseCost {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  /** Open multiparts' boundaries, outermost first (postal-mime's list). */
  const boundaries: string[] = [];
  let units = 0;
  let wordJoinChars = 0;
  let addressChars = 0;
  let headerBytes = 0;
  let inHeader = true;
  /** postal-mime parses the addresses of the message's own header block only. */
  let ownHeader = true;
  let field = '';
  let part = { contentType: '', encoding: 'other' as Encoding };
  const endField = () => {
    if (field === '') return;
    wordJoinChars = Math.max(wordJoinChars, joinCost(field));
    const colon = field.indexOf(':');
    const name = field.slice(0, colon).trim().toLowerCase();
    const value = field.slice(colon + 1).trim();
    if (name === 'content-type') part = { ...part, contentType: value };
    if (name === 'content-transfer-encoding') part = { ...part, encoding: encodingOf(value) };
    if (ownHeader && ADDRESS_FIELDS.has(name)) addressChars += addressFieldCost(value);
    field = '';
  };
  for (let start = 0; start < bytes.byteLength;) {
    const newline = bytes.indexOf(LF, start);
    const end = newline === -1 ? bytes.byteLength : newline + 1;
    const contentEnd = end - (bytes[end - 1] === LF ? 1 : 0) - (bytes[end - 2] === CR ? 1 : 0);
    const length = Math.max(0, contentEnd - start);
    const delimiter =
      boundaries.length > 0 && bytes[start] === DASH && bytes[start + 1] === DASH
        ? matchBoundary(bytes.toString('latin1', start + 2, contentEnd), boundaries)
        : null;
    if (delimiter) {
      units++;
      // A closing delimiter ends its multipart; an opening one ends the parts nested in it.
      boundaries.length = delimiter.index + (delimiter.closing ? 0 : 1);
      inHeader = !delimiter.closing;
      part = { contentType: '', encoding: 'other' };
    } else if (inHeader) {
      units++;
      headerBytes += length;
      // postal-mime refuses the message here: nothing more to measure.
      if (headerBytes > MAX_HEADER_BYTES) break;
      if (length === 0) {
        endField();
        inHeader = false;
        ownHeader = false;
        const boundary = /^multipart\//i.test(part.contentType) ? BOUNDARY.exec(part.contentType) : null;
        if (boundary) boundaries.push(boundary[1] ?? boundary[2] ?? '');
      } else {
        const line = bytes.toString('latin1', start, contentEnd);
        if (/^[ \t]/.test(line) && field !== '') field += line;
        else {
          endField();
          field = line;
        }
      }
    } else if (part.encoding === 'other' || length < LONG_LINE) units++;
    else if (part.encoding === 'base64' && holds(bytes, start, contentEnd, EQUALS)) units++;
    // Over the limit already: the message is refused whatever follows.
    if (units > MAX_PARSE_UNITS) break;
    start = end;
  }
  if (inHeader) endField();
  return { units, wordJoinChars, addressChars };
}

function encodingOf(value: string): Encoding {
  const encoding = value.toLowerCase();
  return encoding === 'base64' || encoding === 'quoted-printable' ? encoding : 'other';
}

/** postal-mime's delimiter: `--` and a boundary, then `--` for the closing one, then only blanks. */
function matchBoundary(
  afterDashes: string,
  boundaries: readonly string[],
): { index: number; closing: boolean } | null {
  const line = withoutTrailingBlanks(afterDashes);
  for (let index = boundaries.length - 1; index >= 0; index--) {
    const boundary = boundaries[index]!;
    if (line === boundary) return { index, closing: false };
    if (line === `${boundary}--`) return { index, closing: true };
  }
  return null;
}

/**
 * The line without its trailing spaces and tabs, by one pass from the end: `/[ \t]+$/` retries from every
 * blank of a long run that is not trailing, quadratic on a hostile `--` line of a million blanks.
 */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return line.slice(0, end);
}

function holds(bytes: Buffer, start: number, end: number, byte: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === byte) return true;
  return false;
}

/**
 * What postal-mime's decodeWords reads again while it joins adjacent base64 encoded words of one
 * charset: each join tests the text joined so far, so the cost is the sum of its lengths.
 */
function joinCost(field: string): number {
  let cost = 0;
  let joined = -1;
  let previous: { charset: string; end: number } | null = null;
  for (const word of field.matchAll(ENCODED_WORD)) {
    const [, charset, encoding, text] = word as unknown as [string, string, string, string];
    const base64 = encoding.toUpperCase() === 'B';
    const adjacent = previous !== null && /^[ \t\r\n]*$/.test(field.slice(previous.end, word.index));
    if (base64 && adjacent && previous!.charset === charset && joined >= 0) {
      cost += joined;
      joined += text.length;
    } else joined = base64 ? text.length : -1;
    // A padded word ends a run: postal-mime joins nothing to it.
    if (joined >= 0 && (joined % 4 !== 0 || text.endsWith('='))) joined = -1;
    previous = { charset, end: word.index + word[0].length };
  }
  return cost;
}
