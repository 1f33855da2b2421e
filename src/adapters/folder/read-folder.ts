/**
 * The folder source: reads `.eml` files (one RFC 5322 message each) from a folder or a list of
 * files, in name order, in batches, so that local use, the demo and tests need no mail server.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IncomingMessage } from '../../app/intake/ports.js';

/** The `.eml` files named by the paths (files, or folders read one level deep), sorted by name. */
export function listEmlFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.toLowerCase().endsWith('.eml'))
      .sort()
      .map((name) => join(path, name));
  });
}

/**
 * One `.eml` file as intake reads it. A file over `maxMessageBytes` is treated as IMAP treats such a
 * message: only its header block is read (the body is never held), and it is stored flagged
 * `body_too_large`, so a huge file costs no more memory than a small one.
 */
export function readEml(file: string, maxMessageBytes = Number.POSITIVE_INFINITY): IncomingMessage {
  const { size, mtime } = statSync(file);
  const tooLarge = size > maxMessageBytes;
  const raw = tooLarge ? readHeaderBlock(file) : readFileSync(file);
  return {
    uidValidity: null,
    uid: null,
    sourceName: basename(file),
    raw,
    size,
    tooLarge,
    // A file carries no delivery time of its own: intake reads it from the message's Received/Date headers.
    receivedAt: null,
    fileTime: mtime,
  };
}

const CHUNK = 64 * 1024;
/** Headers past this are not read either: a header block this long is hostile, and intake caps it anyway. */
const MAX_HEADER_BYTES = 1024 * 1024;

/** The bytes up to and including the blank line that ends the header block (or the first MiB). */
function readHeaderBlock(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let read = 0;
    while (read < MAX_HEADER_BYTES) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, read);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      read += n;
      const sofar = Buffer.concat(chunks);
      const end = headerEnd(sofar, Math.max(0, read - n - 3));
      if (end >= 0) return sofar.subarray(0, end);
    }
    return Buffer.concat(chunks).subarray(0, MAX_HEADER_BYTES);
  } finally {
    closeSync(fd);
  }
}

/** The offset just past the blank line (CRLF CRLF or LF LF) at or after `from`, or -1. */
function headerEnd(bytes: Buffer, from: number): number {
  const crlf = bytes.indexOf('\r\n\r\n', from);
  const lf = bytes.indexOf('\n\n', from);
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}
