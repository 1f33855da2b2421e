/**
 * eld's database packed into typed arrays for `EldDetector` (`eld-detector.ts`): an n-gram (at most six
 * characters of eld's byte alphabet, each below 256) becomes a number, the key of an open-addressed table
 * whose slots point at its languages' points.
 */

/** The parts of eld's database and code tables this reads (`eld-database.ts` loads them). */
export interface EldTables {
  /** eld's database: language codes by index, and each n-gram's points by language index. */
  readonly database: {
    readonly languages: Readonly<Record<string, string>>;
    readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
  };
  /** The character eld writes for each UTF-8 byte of a non-ASCII character. */
  readonly dictionary: readonly string[];
  /** Each language's average score in a correct detection (the reliability threshold). */
  readonly averageScores: Readonly<Record<string, number>>;
  /** eld's word separators: every run of non-letters but a trailing apostrophe. */
  readonly separators: RegExp;
}

export interface PackedEld {
  readonly languages: readonly string[];
  readonly average: Float64Array;
  /** eld's character for each byte. */
  readonly byteChar: Uint8Array;
  readonly separators: RegExp;
  /** Open-addressed table: n-gram number (0 = empty) → its first entry and count (`entry << 7 | count`). */
  readonly keys: Float64Array;
  readonly slots: Int32Array;
  /** `language | points << 8`, points with eld's base score (53) added. */
  readonly entries: Int32Array;
}

/** eld's database stores each n-gram's points less this minimum (languageDetector.js). */
const BASE_NGRAM_SCORE = 53;
/** The longest n-gram eld writes for a word of at most 70 bytes: " " + 4 bytes + " ". */
export const MAX_KEY = 6;
export const LENGTH_UNIT = 2 ** 48;
export const SPACE = 0x20;
/** The space eld writes before a word's first n-gram, above its four characters. */
export const LEAD = SPACE * 256 ** 4 + LENGTH_UNIT;

/** A key of at most MAX_KEY characters below 256, as a number: its length above 48 bits of characters. */
export function keyOf(chars: ArrayLike<number>, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) key = key * 256 + chars[i]!;
  return key + (to - from) * LENGTH_UNIT;
}

export function slotOf(key: number, mask: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
}

/** What a detection reads besides the n-grams: the languages, their averages, the byte alphabet, the separators. */
export type EldHead = Pick<PackedEld, 'languages' | 'average' | 'byteChar' | 'separators'>;

/** eld's n-grams in its database's order: each one's key, its number of entries, and the entries in turn. */
export interface EldNgrams {
  readonly keys: Float64Array;
  readonly counts: Uint8Array;
  readonly entries: Int32Array;
}

/** eld's database and code tables as packed numbers, before the n-grams are indexed (`indexEld`). */
export function eldParts(tables: EldTables): { head: EldHead; ngrams: EldNgrams } {
  const { languages: byIndex, ngrams } = tables.database;
  const languages = Object.keys(byIndex).map((index, i) => {
    if (Number(index) !== i) throw new Error('eld database: languages are not numbered 0…n-1');
    return byIndex[index]!;
  });
  // An unknown language's average is undefined in eld, and `undefined * 0.75 > x` is false: NaN does the same.
  const average = Float64Array.from(languages, (l) => tables.averageScores[l] ?? Number.NaN);
  const byteChar = Uint8Array.from(tables.dictionary, (c) => {
    if (typeof c !== 'string' || c.length !== 1 || c.charCodeAt(0) > 0xff)
      throw new Error('eld dictionary: not one Latin-1 character');
    return c.charCodeAt(0);
  });
  const names = Object.keys(ngrams);
  const keys = new Float64Array(names.length);
  const counts = new Uint8Array(names.length);
  const packed: number[] = [];
  names.forEach((name, n) => {
    if (name.length > MAX_KEY) throw new Error('eld database: unexpected n-gram');
    let key = 0;
    for (let i = 0; i < name.length; i++) {
      const code = name.charCodeAt(i);
      if (code > 0xff) throw new Error('eld database: unexpected n-gram');
      key = key * 256 + code;
    }
    keys[n] = key + name.length * LENGTH_UNIT;
    const row = ngrams[name]!;
    const first = packed.length;
    for (const index in row) {
      const language = Number(index);
      const points = row[index]! + BASE_NGRAM_SCORE;
      if (!(language in languages) || !Number.isInteger(points) || points < 0 || points >= 1 << 22)
        throw new Error('eld database: unexpected points');
      packed.push(language | (points << 8));
    }
    if (packed.length - first > 127) throw new Error('eld database: more languages than packed');
    counts[n] = packed.length - first;
  });
  return {
    head: { languages, average, byteChar, separators: tables.separators },
    ngrams: { keys, counts, entries: Int32Array.from(packed) },
  };
}

/** The n-grams indexed by key in an open-addressed table, inserted in their order. */
export function indexEld(head: EldHead, ngrams: EldNgrams): PackedEld {
  let capacity = 1;
  while (capacity < ngrams.keys.length * 2.5) capacity *= 2;
  const keys = new Float64Array(capacity);
  const slots = new Int32Array(capacity);
  let first = 0;
  for (let n = 0; n < ngrams.keys.length; n++) {
    const key = ngrams.keys[n]!;
    let slot = slotOf(key, capacity - 1);
    while (keys[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    keys[slot] = key;
    slots[slot] = (first << 7) | ngrams.counts[n]!;
    first += ngrams.counts[n]!;
  }
  return { ...head, keys, slots, entries: ngrams.entries };
}

export function packEld(tables: EldTables): PackedEld {
  const { head, ngrams } = eldParts(tables);
  return indexEld(head, ngrams);
}
