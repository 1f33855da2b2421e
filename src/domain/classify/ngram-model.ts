/**
 * The trained model: one logistic regression per right over hashed n-gram features (`ngram-features.ts`),
 * its weights quantised to one signed byte each and interleaved by slot, so that scoring an email reads
 * eight neighbouring bytes per feature. The weights are injected (loaded by an adapter at start): this
 * module does no I/O.
 */
import { RIGHTS, type Right } from '../request-types.js';
import { DIMENSIONS, featureName, featureSlots, forEachNamedFeature, isDense } from './ngram-features.js';

export interface NgramModel {
  readonly dimensions: number;
  /** Per right: real weight = byte × scale. */
  readonly scales: Float32Array;
  readonly biases: Float32Array;
  /** `weights[slot * 8 + right]`, rights in `RIGHTS` order. */
  readonly weights: Int8Array;
}

const R = RIGHTS.length; // 8: the scoring loop below reads them as two 32-bit words
const scratch = { slots: new Int32Array(8192) };
const sums = new Float64Array(R);
// The weights read four at a time: one 32-bit word holds four rights' signed bytes of one slot.
const words = new WeakMap<Int8Array, Int32Array>();
// Four biased bytes are summed in 16-bit lanes, two per 32-bit word: 256 slots of at most 255 each
// fit a lane, then the lanes are emptied into the sums.
const LANE_ROUNDS = 256;

// A word's low byte is its first byte only on little-endian machines (every platform Node ships for).
const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

function wordsOf(weights: Int8Array): Int32Array {
  if (!LITTLE_ENDIAN) throw new Error('the n-gram model is read on little-endian machines only');
  let view = words.get(weights);
  if (view === undefined) {
    view =
      weights.byteOffset % 4 === 0
        ? new Int32Array(weights.buffer, weights.byteOffset, weights.length >> 2)
        : new Int32Array(new Int8Array(weights).buffer);
    words.set(weights, view);
  }
  return view;
}

/** The probability of each right, in `RIGHTS` order. */
export function rightProbabilities(model: NgramModel, text: string): Float64Array {
  if (model.dimensions !== DIMENSIONS) throw new Error('model was trained with other feature settings');
  const count = featureSlots(text, scratch);
  const { slots } = scratch;
  const w = wordsOf(model.weights);
  // The classifier's hottest loop (one pass per n-gram). Each signed byte is biased by 128 (xor 0x80) so
  // that four of them add up in two words' 16-bit lanes without a carry crossing into the next right;
  // the bias is taken off at the end, so the sums are the same integers as byte-by-byte.
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  for (let from = 0; from < count; from += LANE_ROUNDS) {
    const to = Math.min(count, from + LANE_ROUNDS);
    let lowEven = 0,
      lowOdd = 0,
      highEven = 0,
      highOdd = 0;
    for (let i = from; i < to; i++) {
      const b = slots[i]! << 1;
      const low = w[b]! ^ 0x80808080;
      const high = w[b + 1]! ^ 0x80808080;
      lowEven = (lowEven + (low & 0x00ff00ff)) | 0;
      lowOdd = (lowOdd + ((low >>> 8) & 0x00ff00ff)) | 0;
      highEven = (highEven + (high & 0x00ff00ff)) | 0;
      highOdd = (highOdd + ((high >>> 8) & 0x00ff00ff)) | 0;
    }
    s0 += lowEven & 0xffff;
    s1 += lowOdd & 0xffff;
    s2 += lowEven >>> 16;
    s3 += lowOdd >>> 16;
    s4 += highEven & 0xffff;
    s5 += highOdd & 0xffff;
    s6 += highEven >>> 16;
    s7 += highOdd >>> 16;
  }
  const bias = 128 * count;
  sums[0] = s0 - bias;
  sums[1] = s1 - bias;
  sums[2] = s2 - bias;
  sums[3] = s3 - bias;
  sums[4] = s4 - bias;
  sums[5] = s5 - bias;
  sums[6] = s6 - bias;
  sums[7] = s7 - bias;
  const norm = count === 0 ? 0 : 1 / Math.sqrt(count);
  const p = new Float64Array(R);
  for (let r = 0; r < R; r++) p[r] = sigmoid(sums[r]! * model.scales[r]! * norm + model.biases[r]!);
  return p;
}

/** The n-grams in the text that pushed `right` up the most, for the reason shown to staff. */
export function topFeatures(model: NgramModel, text: string, right: Right, n = 3): string[] {
  const r = RIGHTS.indexOf(right);
  const weightOf = (slot: number): number => model.weights[slot * R + r]!;
  // Only n-grams that push the right up can be among the top ones. Each slot keeps the last n-gram written
  // to it (its name), in the order the slots were first met.
  const last = new Map<number, number>();
  forEachNamedFeature(text, (slot, at) => {
    if (weightOf(slot) > 0) last.set(slot, at);
  });
  // The slots by weight, highest first, each weight's in the order met (a counting sort: weights are bytes).
  const end = new Int32Array(MAX_WEIGHT + 2);
  last.forEach((_, slot) => end[weightOf(slot)]!++);
  for (let w = MAX_WEIGHT; w > 0; w--) end[w - 1]! += end[w]!;
  const places = new Int32Array(last.size);
  const next = end.slice(1);
  last.forEach((at, slot) => (places[next[weightOf(slot)]!++] = at));
  // The names of the heaviest weights only, until n are kept; within a weight by name, as staff read them.
  const chosen: string[] = [];
  for (let w = MAX_WEIGHT; w > 0 && chosen.length < n; w--) {
    const names = [...places.subarray(end[w + 1]!, end[w]!)]
      .map((at) => featureName(text, at))
      .filter(namesAWord)
      .sort((a, b) => a.localeCompare(b));
    chosen.push(...names.slice(0, n - chosen.length));
  }
  return chosen;
}

const MAX_WEIGHT = 127;

/** Two letters name a word only in the scripts of short words (删除); elsewhere they are a word's edge. */
function namesAWord(name: string): boolean {
  const letters = name.replaceAll('_', '');
  return letters.length >= 3 || (letters.length === 2 && isDense(letters.charCodeAt(0)));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
