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

// eld's database repacked once: each n-gram's (language, score + base) pairs side by side in one array,
// found by the n-gram's number. eld walks each n-gram's object with `for…in` instead (string keys).
const ngramIds = new Map<string, number>();
const { starts, pairs } = (() => {
  const starts: number[] = [0];
  const pairs: number[] = [];
  for (const ngram in ngramsData.ngrams) {
    const languages = ngramsData.ngrams[ngram]!;
    for (const l in languages) pairs.push(Number(l), languages[l]! + BASE_NGRAM_SCORE);
    ngramIds.set(ngram, starts.length - 1);
    starts.push(pairs.length);
  }
  return { starts: Int32Array.from(starts), pairs: Int32Array.from(pairs) };
})();
// A text's distinct n-grams: known ones marked by generation, unknown ones (few) kept in a list.
const marks = new Int32Array(ngramIds.size);
let generation = 0;
const unknown: string[] = [];
let distinct = 0;

export interface EldResult {
  readonly language: string;
  readonly reliable: boolean;
}

/** eld's `detect(text)`, with `isReliable()` on its result (default threshold ratio). */
export function detectWithEld(text: string): EldResult {
  const words = utf8Words(text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase());
  if (generation === 0x7fffffff) {
    generation = 0;
    marks.fill(0);
  }
  generation++;
  unknown.length = 0;
  distinct = 0;
  scores.fill(0);
  for (const word of words) {
    const length = Math.min(word.length, 70);
    // eld's n-grams: 4 bytes every 3, the first one with a leading space, the last with a trailing one.
    let j = 0;
    for (; j + 4 < length; j += 3) add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    add(`${j === 0 ? ' ' : ''}${word.substring(length !== 3 ? length - 4 : 0)} `);
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
function add(ngram: string): void {
  const id = ngramIds.get(ngram);
  if (id === undefined) {
    if (!unknown.includes(ngram)) {
      unknown.push(ngram);
      distinct++;
    }
    return;
  }
  if (marks[id] === generation) return;
  marks[id] = generation;
  distinct++;
  for (let k = starts[id]!, end = starts[id + 1]!; k < end; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
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

/** eld's strToUtf8Bytes: words of the text, each byte of its UTF-8 written as one dictionary character. */
function utf8Words(str: string): string[] {
  let encoded = '';
  const words: string[] = [];
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > 350) break;
      } else encoded += str[i];
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (code >> 12)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)]! +
        dictionary[0x80 | ((code >> 12) & 0x3f)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}
