/**
 * Header fields in raw 8-bit that is not UTF-8. RFC 5322 headers are ASCII and RFC 6532 allows UTF-8;
 * older clients still send ISO-8859-1 / Windows-1252 bytes unencoded ("Jürgen" as 0xFC). Read as UTF-8
 * each such byte is a replacement character, and the requester's name and subject reach the desk and the
 * letters as "J\uFFFDrgen". A header block that is not valid UTF-8 is read as Windows-1252 (a superset
 * of ISO-8859-1 that gives every byte a character, as mail clients do) before the MIME parser sees it.
 * The body is untouched: its charset is declared in its own Content-Type.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252's bytes 0x80-0x9F (WHATWG Encoding); the rest is ISO-8859-1, byte for code point. Node's
// own decoder under that label is ISO-8859-1 throughout, which turns "€" and "’" into C1 controls.
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Decoded natively (byte for code point), then only the C1 range remapped: a header block of many
// megabytes converts in milliseconds, not by a string built one character at a time.
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

/** Where the header block ends: the first empty line (CRLF CRLF or LF LF), or the whole message. */
function headerEnd(raw: Uint8Array): number {
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return i + 1;
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return i + 1;
  }
  return raw.length;
}

/** The message with its header block as UTF-8; the same bytes when they are ASCII or UTF-8 already. */
export function headersAsUtf8(raw: Uint8Array): Uint8Array {
  const end = headerEnd(raw);
  const head = raw.subarray(0, end);
  if (!head.some((byte) => byte >= 0x80)) return raw;
  try {
    utf8.decode(head);
    return raw;
  } catch {
    const converted = Buffer.from(windows1252(head), 'utf8');
    return Buffer.concat([converted, raw.subarray(end)]);
  }
}
