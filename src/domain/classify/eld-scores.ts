/**
 * eld's extra-small detector (eld 2.1), scored the same way on its own database, module and data, with the
 * allocations taken out of its inner loops: eld keeps each text's n-grams as keys of a fresh object and
 * walks its score arrays with `for…in` (string keys), which made language detection a third of the
 * classifier's time. The result (language and reliability) is eld's own, bit for bit: `eld-scores.test.ts`
 * compares the two on the committed corpus, so an eld upgrade that changes its scoring is caught.
 */
interface EldDatabase {
  readonly languages: Readonly<Record<string, string>>;
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
}

// eld exports only its detector; its database and tables are read from the modules beside that entry.
const entry = import.meta.resolve('eld/extrasmall');
const from = async <T>(path: string): Promise<T> => (await import(new URL(path, entry).href)) as T;
const [{ ngramsData }, { separators }, { dictionary }, { avgScore }] = await Promise.all([
  from<{ ngramsData: EldDatabase }>('../ngrams/extrasmall.js'),
  from<{ separators: RegExp }>('../regexPatterns.js'),
  from<{ dictionary: readonly string[] }>('../dictionary.js'),
  from<{ avgScore: Readonly<Record<string, number>> }>('../avgScore.js'),
]);

const LANGUAGES = Object.keys(ngramsData.languages).length;
const codes = Array.from({ length: LANGUAGES }, (_, i) => ngramsData.languages[i]!);
// eld subtracts this minimum from every stored score to keep its database small.
const BASE_NGRAM_SCORE = 53;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
const scores = new Float64Array(LANGUAGES);

// eld writes each UTF-8 byte of a word as one character (ASCII as itself, others through its dictionary,
// which maps them to ASCII too), so an n-gram of up to six such characters packs into two numbers of
// three 7-bit characters each, and eld's database into an open-addressed table of those pairs.
const CODE = Array.from({ length: 256 }, (_, b) => (b < 0x80 ? b : dictionary[b]!.charCodeAt(0)));
const SPACE = 32;
const MAX_PACKED = 6;
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableHigh = new Int32Array(1 << TABLE_BITS);
const tableLow = new Int32Array(1 << TABLE_BITS);
/** Id of the n-gram + 1 in each table entry; 0 is empty. */
const tableId = new Int32Array(1 << TABLE_BITS);

const packHigh = (length: number, c0: number, c1: number, c2: number): number =>
  (length << 21) | (c2 << 14) | (c1 << 7) | c0;
const packLow = (c3: number, c4: number, c5: number): number => (c5 << 14) | (c4 << 7) | c3;
const slotOf = (high: number, low: number): number =>
  (Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) >>> (32 - TABLE_BITS)) & TABLE_MASK;

function idOf(high: number, low: number): number {
  for (let slot = slotOf(high, low); ; slot = (slot + 1) & TABLE_MASK) {
    const id = tableId[slot]!;
    if (id === 0 || (tableHigh[slot] === high && tableLow[slot] === low)) return id - 1;
  }
}

// Each n-gram's (language, score + base) pairs side by side in one array, found by the n-gram's id.
const { starts, pairs, ngramCount } = (() => {
  const starts: number[] = [0];
  const pairs: number[] = [];
  for (const ngram in ngramsData.ngrams) {
    const languages = ngramsData.ngrams[ngram]!;
    for (const l in languages) pairs.push(Number(l), languages[l]! + BASE_NGRAM_SCORE);
    const c = (k: number): number => (k < ngram.length ? ngram.charCodeAt(k) : 0);
    const high = packHigh(ngram.length, c(0), c(1), c(2));
    const low = packLow(c(3), c(4), c(5));
    let slot = slotOf(high, low);
    while (tableId[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
    [tableHigh[slot], tableLow[slot], tableId[slot]] = [high, low, starts.length];
    starts.push(pairs.length);
  }
  return { starts: Int32Array.from(starts), pairs: Int32Array.from(pairs), ngramCount: starts.length - 1 };
})();
if (ngramCount * 2 > TABLE_MASK) throw new Error("eld's database outgrew the n-gram table");

// A text's distinct n-grams: known ones marked by generation, unknown ones (few) kept in lists.
const marks = new Int32Array(ngramCount);
let generation = 0;
const unknownPacked: number[] = [];
const unknownLong: string[] = [];
let distinct = 0;
// The text's characters as eld encodes them, and where its words start and end.
const encoded = new Uint8Array(512);
const wordStart = new Int32Array(512);
const wordEnd = new Int32Array(512);

export interface EldResult {
  readonly language: string;
  readonly reliable: boolean;
}

/** eld's `detect(text)`, with `isReliable()` on its result (default threshold ratio). */
export function detectWithEld(text: string): EldResult {
  const words = encodeWords(text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase());
  if (generation === 0x7fffffff) {
    generation = 0;
    marks.fill(0);
  }
  generation++;
  unknownPacked.length = 0;
  unknownLong.length = 0;
  distinct = 0;
  scores.fill(0);
  for (let w = 0; w < words; w++) {
    const start = wordStart[w]!;
    const end = wordEnd[w]!;
    const length = Math.min(end - start, 70);
    // eld's n-grams: 4 bytes every 3, the first one with a leading space, the last with a trailing one
    // (from 4 before the 70th byte to the word's very end, as eld's `substring` does).
    let j = 0;
    for (; j + 4 < length; j += 3) add(j === 0, start + j, start + j + 4, false);
    add(j === 0, start + Math.max(length !== 3 ? length - 4 : 0, 0), end, true);
  }
  const count = distinct;
  // eld's getMaxLang: the first language with the highest score above 0.
  let best = -1;
  for (let l = 0; l < LANGUAGES; l++)
    if (scores[l]! > 0 && (best < 0 || scores[l]! > scores[best]!)) best = l;
  if (best < 0) return { language: '', reliable: false };
  return { language: codes[best]!, reliable: isReliable(best, count) };
}

/** Counts an n-gram once per text, as eld's object of n-grams does, and adds its languages' scores. */
function add(leading: boolean, from: number, to: number, trailing: boolean): void {
  const length = (leading ? 1 : 0) + (to - from) + (trailing ? 1 : 0);
  if (length > MAX_PACKED) {
    // Only the last n-gram of a word over 70 bytes: never in the database, counted as eld counts it.
    let ngram = leading ? ' ' : '';
    for (let k = from; k < to; k++) ngram += String.fromCharCode(encoded[k]!);
    if (trailing) ngram += ' ';
    if (!unknownLong.includes(ngram)) {
      unknownLong.push(ngram);
      distinct++;
    }
    return;
  }
  const high = packHigh(
    length,
    charOf(0, length, leading, from, to),
    charOf(1, length, leading, from, to),
    charOf(2, length, leading, from, to),
  );
  const low = packLow(
    charOf(3, length, leading, from, to),
    charOf(4, length, leading, from, to),
    charOf(5, length, leading, from, to),
  );
  const id = idOf(high, low);
  if (id < 0) {
    for (let u = 0; u < unknownPacked.length; u += 2)
      if (unknownPacked[u] === high && unknownPacked[u + 1] === low) return;
    unknownPacked.push(high, low);
    distinct++;
    return;
  }
  if (marks[id] === generation) return;
  marks[id] = generation;
  distinct++;
  for (let p = starts[id]!, end = starts[id + 1]!; p < end; p += 2) scores[pairs[p]!]! += pairs[p + 1]!;
}

/** Character `k` of an n-gram of `length` characters: a space, then encoded[from..to), then a space. */
function charOf(k: number, length: number, leading: boolean, from: number, to: number): number {
  if (k >= length) return 0;
  if (leading) {
    if (k === 0) return SPACE;
    k--;
  }
  return from + k < to ? encoded[from + k]! : SPACE;
}

/**
 * eld's `isReliable`: it sorts the scaled scores (stably, so ties keep language order) and compares the
 * best with the language's average, and — as eld does — with the second entry's language index.
 */
function isReliable(best: number, count: number): boolean {
  if (count < 3) return false;
  const scaled = (l: number): number => {
    const ngramScore = scores[l]! / count;
    return ngramScore / (ngramScore + SCALE);
  };
  const top = scaled(best);
  let second = -1;
  let secondScore = 0;
  for (let l = 0; l < LANGUAGES; l++) {
    if (l === best || !(scores[l]! > 0)) continue;
    const s = scaled(l);
    if (second < 0 || s > secondScore) [second, secondScore] = [l, s];
  }
  const next = second < 0 ? 0 : second;
  return !(avgScore[codes[best]!]! * RELIABLE_RATIO > top || 0.01 > Math.abs(top - next));
}

/**
 * eld's strToUtf8Bytes: the words of the text, each UTF-8 byte written as eld's character for it, into
 * `encoded`, with the words' bounds in `wordStart` / `wordEnd`; returns the number of words.
 */
function encodeWords(str: string): number {
  let at = 0;
  let start = 0;
  let words = 0;
  let bytes = 0;
  const close = (): void => {
    if (at > start) {
      wordStart[words] = start;
      wordEnd[words++] = at;
    }
    start = at;
  };
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === SPACE) {
        close();
        if (bytes > 350) break;
      } else encoded[at++] = code;
      bytes++;
    } else if (code < 0x800) {
      encoded[at++] = CODE[0xc0 | (code >> 6)]!;
      encoded[at++] = CODE[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded[at++] = CODE[0xe0 | (code >> 12)]!;
      encoded[at++] = CODE[0x80 | ((code >> 6) & 0x3f)]!;
      encoded[at++] = CODE[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded[at++] = CODE[0xf0 | (code >> 18)]!;
      encoded[at++] = CODE[0x80 | ((code >> 12) & 0x3f)]!;
      encoded[at++] = CODE[0x80 | ((code >> 6) & 0x3f)]!;
      encoded[at++] = CODE[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  close();
  return words;
}
