/**
 * The committed file of eld's packed database (`models/eld-extrasmall.bin`, written by `npm run eld:pack`
 * from the installed eld): an 8-byte magic, five counts, then the languages, their averages, the byte
 * alphabet, the separators' pattern and flags, and the n-grams in eld's order (keys, counts, entries),
 * little-endian. Loading it instead of eld's own database module keeps one copy of the data in the process,
 * about 1 MB of typed arrays instead of eld's 28 MB object of objects held for the module's lifetime.
 */
import { type EldHead, type EldNgrams, indexEld, type PackedEld } from './eld-packed.js';

const MAGIC = 'RDELDPK1';
const COUNTS = 5;
const HEADER = MAGIC.length + COUNTS * 4;

export function encodeEld(head: EldHead, ngrams: EldNgrams): Uint8Array {
  const text = new TextEncoder();
  const codes = head.languages.map((l) => text.encode(l));
  const source = text.encode(head.separators.source);
  const flags = text.encode(head.separators.flags);
  const n = ngrams.keys.length;
  const size =
    HEADER +
    codes.reduce((sum, c) => sum + 1 + c.length, 0) +
    head.average.length * 8 +
    head.byteChar.length +
    source.length +
    flags.length +
    n * 9 +
    ngrams.entries.length * 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[at++] = MAGIC.charCodeAt(i);
  for (const count of [codes.length, head.byteChar.length, source.length, flags.length, n]) {
    view.setUint32(at, count, true);
    at += 4;
  }
  for (const code of codes) {
    bytes[at++] = code.length;
    bytes.set(code, at);
    at += code.length;
  }
  for (const average of head.average) {
    view.setFloat64(at, average, true);
    at += 8;
  }
  for (const part of [head.byteChar, source, flags]) {
    bytes.set(part, at);
    at += part.length;
  }
  for (const key of ngrams.keys) {
    view.setFloat64(at, key, true);
    at += 8;
  }
  bytes.set(ngrams.counts, at);
  at += n;
  for (const entry of ngrams.entries) {
    view.setInt32(at, entry, true);
    at += 4;
  }
  return bytes;
}

export type DecodeEldResult = { ok: true; packed: PackedEld } | { ok: false; code: 'eld_file_invalid' };

export function decodeEld(bytes: Uint8Array): DecodeEldResult {
  const invalid = { ok: false, code: 'eld_file_invalid' } as const;
  if (bytes.length < HEADER) return invalid;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return invalid;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const [languageCount, byteCount, sourceLength, flagsLength, n] = Array.from({ length: COUNTS }, (_, i) =>
    view.getUint32(MAGIC.length + i * 4, true),
  ) as [number, number, number, number, number];
  const text = new TextDecoder();
  let at = HEADER;
  const within = (length: number) => at + length <= bytes.length;
  const languages: string[] = [];
  for (let i = 0; i < languageCount; i++) {
    if (!within(1) || !within(1 + bytes[at]!)) return invalid;
    languages.push(text.decode(bytes.subarray(at + 1, at + 1 + bytes[at]!)));
    at += 1 + bytes[at]!;
  }
  if (!within(languageCount * 8 + byteCount + sourceLength + flagsLength + n * 9)) return invalid;
  const average = Float64Array.from({ length: languageCount }, (_, i) => view.getFloat64(at + i * 8, true));
  at += languageCount * 8;
  const byteChar = Uint8Array.from(bytes.subarray(at, (at += byteCount)));
  const source = text.decode(bytes.subarray(at, (at += sourceLength)));
  const flags = text.decode(bytes.subarray(at, (at += flagsLength)));
  const keys = Float64Array.from({ length: n }, (_, i) => view.getFloat64(at + i * 8, true));
  at += n * 8;
  const counts = Uint8Array.from(bytes.subarray(at, (at += n)));
  const entryCount = counts.reduce((sum, c) => sum + c, 0);
  if (at + entryCount * 4 !== bytes.length) return invalid;
  const entries = Int32Array.from({ length: entryCount }, (_, i) => view.getInt32(at + i * 4, true));
  const head = { languages, average, byteChar, separators: new RegExp(source, flags) };
  return { ok: true, packed: indexEld(head, { keys, counts, entries }) };
}
