/**
 * Hashed features of the trained model: character 3- to 5-grams inside each word (2- to 5-grams in Thai,
 * Chinese, Japanese and Korean script; with the word's edges marked,
 * so "lösch" at a word's start differs from one inside it), whole words and word pairs. Character n-grams
 * carry a rights verb across its inflections and across languages that share roots (delet-, elimin-,
 * brisanj-/brisanje), which word features on 150 emails could not (docs/classifier-history.md). Latin, Greek and
 * Cyrillic letters are read without their accents.
 * FNV-1a hashing, so the same text gives the same slots on every machine; no vocabulary to ship.
 */

export const FEATURE_BITS = 18;
export const DIMENSIONS = 1 << FEATURE_BITS;
const MASK = DIMENSIONS - 1;
// The request is nearly always in the first screen of text; a long quoted tail only costs time.
export const MAX_CHARS = 2500;
const MAX_WORD = 24;
// Slots one word can add: itself, the pair with the previous word, up to 4 n-grams from each position.
const WORD_SLOTS = 2 + 4 * (MAX_WORD + 1);
// Character 2-grams ("de", "el") occur in every right's wording and in support mail alike: without them the
// model alone scored macro-F1 0.480 instead of 0.475 on validation and 0.828 instead of 0.807 in grouped
// cross-validation on dev, and an email has about a quarter fewer slots to sum (docs/classifier-history.md).
const MIN_GRAM = 3;
const MAX_GRAM = 5;
// Chinese, Japanese and Thai write no spaces, and their words are mostly two characters long (删除, 数据,
// 削除): a "word" here is a whole clause, so its 3-grams straddle word boundaries; Korean words are two or
// three syllables (삭제, 개인정보) with particles glued on. In those scripts
// the 2-grams are kept too (docs/classifier-history.md, sixth round: with one hand-written set left out of training
// at a time, the model alone missed 6 of 12 Chinese requests instead of 7, 1 of 11 Japanese instead of 4).
const DENSE_MIN_GRAM = 2;
const EDGE = 0x2;
const PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b9;
const PAIR_SEED = 0x85ebca6b;
const GRAM_SEED = 0x811c9dc5;

// Latin, Greek and Cyrillic letters are read without their accents (the first code unit of each one's
// canonical decomposition: é → e, ά → α, ё → е), so that "apagassem"/"apagássem" or "donnees"/"données", as
// people type them on a keyboard without the accent, are the same n-grams as the corpus's spelling. Left out
// one hand-written set at a time the model alone scored level (within the seed's noise) and 0.014 higher on
// validation, at no measurable cost (docs/classifier-history.md, seventh round).
const FOLD = new Uint16Array(0x500);
for (let code = 0; code < FOLD.length; code++)
  FOLD[code] = String.fromCharCode(code).normalize('NFD').charCodeAt(0);

function folded(code: number): number {
  return code < 0x500 ? FOLD[code]! : code;
}

/** Thai, CJK (radicals to Hangul syllables) and CJK compatibility ideographs: scripts of short words. */
export function isDense(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) ||
    (code >= 0x2e80 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A letter or digit in any script: code units that are not spaces, punctuation or symbols. */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // General punctuation, CJK punctuation and full-width forms separate words too.
  return !(
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    code === 0xa0 ||
    code === 0xab ||
    code === 0xbb
  );
}

/**
 * The feature slots of a lower-cased text, repeats included (a repeated n-gram counts again), written into
 * `out` (grown when too small); returns how many were written.
 */
export function featureSlots(text: string, out: { slots: Int32Array }): number {
  const end = Math.min(text.length, MAX_CHARS);
  let count = 0;
  let previousWord = 0;
  let slots = out.slots;
  let i = 0;
  while (i < end) {
    while (i < end && !isWordUnit(text.charCodeAt(i))) i++;
    const start = i;
    while (i < end && isWordUnit(text.charCodeAt(i))) i++;
    if (i === start) break;
    // Room for one word's slots at most, checked once per word instead of once per slot.
    if (count + WORD_SLOTS > slots.length) {
      const grown = new Int32Array(slots.length * 2 + WORD_SLOTS);
      grown.set(slots);
      out.slots = slots = grown;
    }
    const stop = Math.min(i, start + MAX_WORD);
    let word = WORD_SEED;
    for (let k = start; k < stop; k++) word = Math.imul(word ^ folded(text.charCodeAt(k)), PRIME);
    slots[count++] = word & MASK;
    if (previousWord !== 0) slots[count++] = (Math.imul(previousWord ^ PAIR_SEED, PRIME) ^ word) & MASK;
    previousWord = word;
    const shortest = (isDense(text.charCodeAt(start)) ? DENSE_MIN_GRAM : MIN_GRAM) - 1;
    // Character n-grams over the word with its edges: positions start-1 (edge) .. stop (edge).
    for (let from = start - 1; from < stop; from++) {
      let h = GRAM_SEED;
      for (let k = from; k <= stop && k < from + MAX_GRAM; k++) {
        const code = k < start || k === stop ? EDGE : folded(text.charCodeAt(k));
        h = Math.imul(h ^ code, PRIME);
        if (k >= from + shortest) slots[count++] = h & MASK;
      }
    }
  }
  return count;
}

/** A word of the explanation: letters, marks and digits of any script, astral ones included. */
const NAMED_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The named features of a text, for explaining a model-only right to staff (never on the hot path): each
 * n-gram of each word (the word cut to MAX_WORD, its edges marked) and the word itself, in order, as its
 * slot and a number that locates it (`featureName` builds the name). A slot's name is the last n-gram or
 * word written to it. Only the few names shown are ever built: on long mail there are thousands.
 */
export function forEachNamedFeature(text: string, visit: (slot: number, at: number) => void): void {
  const head = text.slice(0, MAX_CHARS);
  NAMED_WORD.lastIndex = 0;
  for (let match = NAMED_WORD.exec(head); match !== null; match = NAMED_WORD.exec(head)) {
    const start = match.index;
    const length = Math.min(match[0].length, MAX_WORD);
    const shortest = isDense(head.charCodeAt(start)) ? DENSE_MIN_GRAM : MIN_GRAM;
    // Positions 0 … length + 1 of the word with its edges: the edges at 0 and length + 1.
    for (let from = 0; from <= length; from++) {
      // The hash of each n-gram from `from` extends the one before it by a character, as in featureSlots.
      let h = GRAM_SEED;
      for (let k = from; k <= length + 1 && k < from + MAX_GRAM; k++) {
        const code = k === 0 || k === length + 1 ? EDGE : folded(head.charCodeAt(start + k - 1));
        h = Math.imul(h ^ code, PRIME);
        if (k - from + 1 >= shortest) visit(h & MASK, located(start, length, from, k - from + 1));
      }
    }
    let word = WORD_SEED;
    for (let k = start; k < start + length; k++) word = Math.imul(word ^ folded(head.charCodeAt(k)), PRIME);
    visit(word & MASK, located(start, length, 0, 0));
  }
}

/** A feature's place: the word's start and length, the n-gram's first position and size (0: the word). */
function located(start: number, length: number, from: number, size: number): number {
  return (((((start << 5) | length) << 5) | from) << 3) | size;
}

/** The name of the feature `forEachNamedFeature` located at `at` in `text`, its edges written "_". */
export function featureName(text: string, at: number): string {
  const size = at & 7;
  const from = (at >> 3) & 31;
  const length = (at >> 8) & 31;
  const start = at >> 13;
  if (size === 0) return text.slice(start, start + length);
  const inner = text.slice(start + Math.max(from, 1) - 1, start + Math.min(from + size, length + 1) - 1);
  return `${from === 0 ? '_' : ''}${inner}${from + size === length + 2 ? '_' : ''}`;
}
