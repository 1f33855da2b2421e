import { describe, expect, it } from 'vitest';
import { MAX_PARSE_UNITS, MAX_WORD_JOIN_CHARS, parseCostOf } from './parse-cost.js';
import { parseEmail } from './parse-email.js';

const CRLF = '\r\n';
const head = `From: a@example.org${CRLF}To: privacy@example.com${CRLF}Subject: s${CRLF}`;
const multipart = (boundary: string, parts: string) =>
  Buffer.from(
    `${head}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}${parts}--${boundary}--${CRLF}`,
  );
const base64Lines = (bytes: number) =>
  Buffer.alloc(bytes, 7).toString('base64').replace(/.{76}/g, `$&${CRLF}`);

describe('the parse cost of a message', () => {
  it('counts each line of an unencoded body and each part', () => {
    const lines = Buffer.from(`${head}${CRLF}${'ab\r\n'.repeat(1_000)}`);
    expect(parseCostOf(lines).units).toBe(1_004);
    const parts = multipart('p', `--p${CRLF}${CRLF}x${CRLF}`.repeat(1_000));
    expect(parseCostOf(parts).units).toBeGreaterThan(3_000);
  });

  it('counts the long lines of a base64 part hardly at all, so a 9 MB attachment is cheap', () => {
    const raw = multipart(
      'b',
      `--b${CRLF}Content-Type: text/plain${CRLF}${CRLF}hello${CRLF}` +
        `--b${CRLF}Content-Type: application/pdf${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Lines(9_000_000)}${CRLF}`,
    );
    expect(raw.byteLength).toBeGreaterThan(12_000_000);
    expect(parseCostOf(raw).units).toBeLessThan(20);
  });

  it('counts the lines of a forwarded message, which postal-mime keeps one by one', () => {
    const raw = multipart(
      'f',
      `--f${CRLF}Content-Type: message/rfc822${CRLF}${CRLF}${head}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Lines(76_000)}${CRLF}`,
    );
    expect(parseCostOf(raw).units).toBeGreaterThan(1_000);
  });

  it('takes a delimiter with trailing blanks, and reads a hostile line of a million blanks in one pass', () => {
    const trailing = multipart('p', `--p \t ${CRLF}${CRLF}x${CRLF}`);
    const plain = multipart('p', `--p${CRLF}${CRLF}x${CRLF}`);
    expect(parseCostOf(trailing).units).toBe(parseCostOf(plain).units);
    // Not a delimiter: blanks, then a letter. The old /[ \t]+$/ retried from each blank (hours here).
    const hostile = multipart('p', `--p${CRLF}${CRLF}--p${' '.repeat(1_000_000)}x${CRLF}`);
    expect(parseCostOf(hostile).units).toBe(parseCostOf(plain).units);
  });

  it('takes a delimiter only for a boundary a multipart declared, as postal-mime does', () => {
    // A text part naming a boundary: the "part" that follows is still text, every line of it counted.
    const raw = Buffer.from(
      `${head}Content-Type: text/plain; boundary="z"${CRLF}${CRLF}--z${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Lines(76_000)}`,
    );
    expect(parseCostOf(raw).units).toBeGreaterThan(1_000);
  });

  it('counts what joining adjacent base64 encoded words of one header reads again', () => {
    const words = (n: number) =>
      Buffer.from(`${head.replace('Subject: s', `Subject: ${'=?utf-8?B?Li4v?= '.repeat(n)}`)}${CRLF}x`);
    expect(parseCostOf(words(10)).wordJoinChars).toBe(4 * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9));
    expect(parseCostOf(words(50_000)).wordJoinChars).toBeGreaterThan(MAX_WORD_JOIN_CHARS);
    // Quoted-printable words and padded base64 ones are never joined this way.
    const padded = Buffer.from(
      `${head.replace('Subject: s', `Subject: ${'=?utf-8?B?YQ==?= '.repeat(50_000)}`)}${CRLF}x`,
    );
    expect(parseCostOf(padded).wordJoinChars).toBe(0);
  });

  it('counts what nested address groups make postal-mime read again, in address fields only', () => {
    const from = (value: string, field = 'From') =>
      parseCostOf(Buffer.from(`${field}: ${value}${CRLF}Subject: s${CRLF}${CRLF}x`)).addressChars;
    const plain = from('Jane <jane@example.org>');
    expect(plain).toBe('Jane <jane@example.org>'.length);
    // One group, as in "undisclosed-recipients:;", and colons quoted, commented or in angle brackets.
    expect(from('team: a@example.org, b@example.org;')).toBeLessThan(3 * 35);
    expect(from('"Re: x" (y: z) <@route:jane@example.org>')).toBe(40);
    expect(from(`${'g:'.repeat(1_000)} <a@example.org>;`)).toBeGreaterThan(50 * 2_000);
    expect(from(`${'g:'.repeat(1_000)} <a@example.org>;`, 'Cc')).toBeGreaterThan(50 * 2_000);
    expect(from(`${'g:'.repeat(1_000)}`, 'Subject')).toBe(0);
  });

  it('a message over the limit is refused before postal-mime sees it, naming the count', async () => {
    const raw = Buffer.from(`${head}${CRLF}${'ab\r\n'.repeat(MAX_PARSE_UNITS + 1)}`);
    await expect(parseEmail(raw)).rejects.toThrow(
      `too many MIME parts and lines to parse one by one (${MAX_PARSE_UNITS + 1}, over the limit of ${MAX_PARSE_UNITS})`,
    );
  });
});
