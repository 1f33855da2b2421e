/**
 * eld's detection over its own database packed into typed arrays (`eld-packed.ts`), so that detecting
 * allocates almost nothing: the same steps as eld 2.1's `detect()` and its result's `isReliable()`
 * (languageDetector.js, LanguageResult.js) and the same answers (a test compares them). eld keeps each
 * text's n-grams as the keys of a fresh object, scores them through a 50,000-key object of objects walked
 * with `for…in`, and ranks every language in arrays of pairs: its garbage was most of the classifier's.
 */
import { keyOf, LEAD, LENGTH_UNIT, MAX_KEY, type PackedEld, slotOf, SPACE } from './eld-packed.js';

// eld's constants (languageDetector.js, LanguageResult.js): the text and word lengths it reads, where it
// stops reading (after a word past 350 bytes, anywhere past 380), and its reliability's scale and ratio.
const MAX_TEXT = 1000;
const MAX_WORD = 70;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;

/** What eld answers when no language scored: the empty code, unreliable. */
const NO_LANGUAGE = { language: '', reliable: false } as const;
/** Distinct n-grams a text can have (eld reads at most ~384 bytes: under 200) times four, a power of two. */
const SEEN = 1024;

/**
 * One detector's working buffers, reused from text to text: the bytes of the current word, the set of the
 * text's n-grams (stamped with a generation instead of cleared) and the languages' scores.
 */
export class EldDetector {
  readonly #eld: PackedEld;
  readonly #word = new Uint8Array(512);
  readonly #seen = new Float64Array(SEEN);
  readonly #stamp = new Int32Array(SEEN);
  readonly #long: string[] = [];
  readonly #scores: Float64Array;
  #generation = 0;
  #count = 0;

  constructor(eld: PackedEld) {
    this.#eld = eld;
    this.#scores = new Float64Array(eld.languages.length);
  }

  /** eld's `detect(text)`: its language, and its `isReliable()`. */
  detect(text: string): { readonly language: string; readonly reliable: boolean } {
    // eld's textProcessor: separators to spaces, trimmed, lower-cased; then its strToUtf8Bytes, word by word.
    const processed = text.substring(0, MAX_TEXT).replace(this.#eld.separators, ' ').trim().toLowerCase();
    this.#start();
    const word = this.#word;
    const char = this.#eld.byteChar;
    let length = 0;
    let bytes = 0;
    for (let i = 0; i < processed.length; i++) {
      let code = processed.charCodeAt(i);
      if (code < 0x80) {
        if (code === SPACE) {
          if (length > 0) this.#addWord(length);
          length = 0;
          if (bytes > CUT_AFTER) break;
        } else word[length++] = code;
        bytes++;
      } else if (code < 0x800) {
        word[length++] = char[0xc0 | (code >> 6)]!;
        word[length++] = char[0x80 | (code & 0x3f)]!;
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[length++] = char[0xe0 | (code >> 12)]!;
        word[length++] = char[0x80 | ((code >> 6) & 0x3f)]!;
        word[length++] = char[0x80 | (code & 0x3f)]!;
        bytes += 3;
      } else {
        // As eld: a surrogate takes the next code unit with it, whatever it is (NaN & 0x3ff is 0).
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (processed.charCodeAt(i) & 0x3ff));
        word[length++] = char[0xf0 | (code >> 18)]!;
        word[length++] = char[0x80 | ((code >> 12) & 0x3f)]!;
        word[length++] = char[0x80 | ((code >> 6) & 0x3f)]!;
        word[length++] = char[0x80 | (code & 0x3f)]!;
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
    }
    if (length > 0) this.#addWord(length);
    return this.#verdict();
  }

  #start(): void {
    if (++this.#generation > 0x3fffffff) {
      this.#stamp.fill(0);
      this.#generation = 1;
    }
    this.#count = 0;
    this.#long.length = 0;
    this.#scores.fill(0);
  }

  /** eld's getByteNgrams for one word: 4-byte windows at a stride of 3, the first and the last marked. */
  #addWord(full: number): void {
    const word = this.#word;
    const length = full > MAX_WORD ? MAX_WORD : full;
    let j = 0;
    for (; j + 4 < length; j += 3) this.#addKey(keyOf(word, j, j + 4) + (j === 0 ? LEAD : 0));
    // The last n-gram runs to the end of the whole word, even past MAX_WORD (substring(len - 4)).
    const start = Math.max(0, length - 4);
    const size = (j === 0 ? 1 : 0) + (full - start) + 1;
    if (size > MAX_KEY) {
      // Only a word over MAX_WORD bytes: never in the database, counted once.
      const key = `${String.fromCharCode(...word.subarray(start, full))} `;
      if (!this.#long.includes(key)) {
        this.#long.push(key);
        this.#count++;
      }
      return;
    }
    let key = j === 0 ? SPACE : 0;
    for (let i = start; i < full; i++) key = key * 256 + word[i]!;
    this.#addKey(key * 256 + SPACE + size * LENGTH_UNIT);
  }

  /** A new n-gram of the text counts once and adds its points (eld's calculateScores). */
  #addKey(key: number): void {
    const seen = this.#seen;
    const stamp = this.#stamp;
    let s = slotOf(key, SEEN - 1);
    while (stamp[s] === this.#generation) {
      if (seen[s] === key) return;
      s = (s + 1) & (SEEN - 1);
    }
    stamp[s] = this.#generation;
    seen[s] = key;
    this.#count++;
    const { keys, slots, entries } = this.#eld;
    const mask = keys.length - 1;
    for (let t = slotOf(key, mask); keys[t] !== 0; t = (t + 1) & mask) {
      if (keys[t] !== key) continue;
      const slot = slots[t]!;
      const scores = this.#scores;
      for (let e = slot >> 7, end = e + (slot & 127); e < end; e++) {
        const entry = entries[e]!;
        const language = entry & 0xff;
        scores[language] = scores[language]! + (entry >> 8);
      }
      return;
    }
  }

  /**
   * eld's getMaxLang (the first language with the highest score), then its result's isReliable(0.75): the
   * first two of its ranking (scores scaled by the n-gram count, sorted stably, highest first). eld compares
   * the best scaled score with the second's language index, not its score; so does this.
   */
  #verdict(): { readonly language: string; readonly reliable: boolean } {
    const scores = this.#scores;
    let best = -1;
    let max = 0;
    for (let i = 0; i < scores.length; i++) {
      const v = scores[i]!;
      if (v > 0 && v > max) {
        max = v;
        best = i;
      }
    }
    if (best < 0) return NO_LANGUAGE;
    const language = this.#eld.languages[best]!;
    if (this.#count < 3) return { language, reliable: false };
    let first = -1;
    let firstScore = -1;
    let second = -1;
    let secondScore = -1;
    for (let i = 0; i < scores.length; i++) {
      if (!(scores[i]! > 0)) continue;
      const ngramScore = scores[i]! / this.#count;
      const scaled = ngramScore / (ngramScore + SCALE);
      if (scaled > firstScore) {
        second = first;
        secondScore = firstScore;
        first = i;
        firstScore = scaled;
      } else if (scaled > secondScore) {
        second = i;
        secondScore = scaled;
      }
    }
    const next = second < 0 ? 0 : second;
    const reliable = !(
      this.#eld.average[best]! * RELIABLE_RATIO > firstScore || 0.01 > Math.abs(firstScore - next)
    );
    return { language, reliable };
  }
}
