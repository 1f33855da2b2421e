/**
 * Attachments over the attachment limit, streamed past instead of decoded (issue 14 item 5, issue 17).
 * postal-mime decodes every part into memory, a base64 one through strings, chunks, a Blob and an
 * ArrayBuffer: a 25 MiB message with a scanned ID document took five times its size to parse, only
 * for intake to drop the document's bytes afterwards (it keeps name, type and size). So, before
 * parsing, one linear pass over the bytes finds the body of each base64 part whose decoded size is
 * over the limit and puts a short marker in its place; the parser sees a small message, and the
 * marker found as an attachment's whole content gives back that attachment's size. A marker found
 * anywhere else means the pass read the structure differently from the parser: the caller then
 * parses the message as it is (correct, only not lean).
 */
import { randomBytes } from 'node:crypto';

export interface ElidedMessage {
  /** The message with each large part's body replaced by a marker line; the input itself when none is. */
  readonly bytes: Uint8Array;
  /** The decoded size of each part left out, by marker. */
  readonly sizes: ReadonlyMap<string, number>;
}

/** Unguessable by senders, so no message can carry a marker of its own. */
const nonce = randomBytes(12).toString('hex');
const markerPrefix = `rightsdesk-omitted-part:${nonce}:`;

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const TRANSFER_ENCODING = /^content-transfer-encoding:[ \t]*base64[ \t]*$/i;

/** Leaves out the bodies of base64 parts that decode to more than `maxBytes`. */
export function elideLargeParts(raw: Uint8Array, maxBytes: number): ElidedMessage {
  const sizes = new Map<string, number>();
  // No part can decode to more than the limit in a message that is not larger than it.
  if (raw.byteLength <= maxBytes) return { bytes: raw, sizes };
  const kept: Uint8Array[] = [];
  let keptFrom = 0;
  let inHeader = true;
  let base64Part = false;
  /** Start of the body being counted, and its base64 characters so far (padding aside). */
  let bodyStart = -1;
  let characters = 0;
  for (let start = 0; start < raw.byteLength;) {
    const newline = raw.indexOf(LF, start);
    const end = newline === -1 ? raw.byteLength : newline + 1;
    const boundaryLine = raw[start] === DASH && raw[start + 1] === DASH;
    if (bodyStart !== -1 && boundaryLine) {
      // The body ends at the boundary: over the limit, it goes.
      const size = Math.floor((characters * 3) / 4);
      if (size > maxBytes) {
        const marker = `${markerPrefix}${sizes.size}`;
        sizes.set(marker, size);
        kept.push(
          raw.subarray(keptFrom, bodyStart),
          Buffer.from(`${Buffer.from(marker).toString('base64')}\r\n`),
        );
        keptFrom = start;
      }
      bodyStart = -1;
    }
    if (boundaryLine) {
      // A part begins (or the multipart ends, and a preamble of no interest follows).
      inHeader = true;
      base64Part = false;
    } else if (inHeader) {
      const contentEnd = end - (raw[end - 1] === LF ? 1 : 0) - (raw[end - 2] === CR ? 1 : 0);
      if (contentEnd <= start) {
        inHeader = false;
        if (base64Part) {
          bodyStart = end;
          characters = 0;
        }
      } else if (contentEnd - start < 64 && TRANSFER_ENCODING.test(latin1(raw, start, contentEnd))) {
        base64Part = true;
      }
    } else if (bodyStart !== -1) {
      characters += base64Characters(raw, start, end);
    }
    start = end;
  }
  if (kept.length === 0) return { bytes: raw, sizes };
  kept.push(raw.subarray(keptFrom));
  return { bytes: Buffer.concat(kept), sizes };
}

/** The marker as a part that is not decoded shows it (a forwarded message/rfc822): its first 48 bytes in base64. */
const encodedMarker = Buffer.from(markerPrefix.slice(0, 48)).toString('base64');

/** Whether `text` holds a marker of this process, decoded or not (then the pass and the parser disagreed). */
export function holdsMarker(text: string | Uint8Array): boolean {
  const bytes =
    typeof text === 'string' ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  return bytes.includes(nonce) || bytes.includes(encodedMarker);
}

/** The size of the part whose whole decoded content is `content`, when that is one of the markers. */
export function omittedSize(content: Uint8Array, sizes: ReadonlyMap<string, number>): number | undefined {
  if (sizes.size === 0 || content.byteLength > markerPrefix.length + 12) return undefined;
  return sizes.get(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1'));
}

function latin1(raw: Uint8Array, start: number, end: number): string {
  return Buffer.from(raw.buffer, raw.byteOffset + start, end - start).toString('latin1');
}

/** The characters of a line that carry base64 data (letters, digits, + and /), as the decoder counts them. */
function base64Characters(raw: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = raw[i]!;
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === 0x2f
    )
      count++;
  }
  return count;
}
