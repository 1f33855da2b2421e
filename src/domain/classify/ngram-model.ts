/**
 * The trained model: one logistic regression per right over hashed n-gram features (`ngram-features.ts`),
 * its weights quantised to one signed byte each and interleaved by slot, so that scoring an email reads
 * eight neighbouring bytes per feature. The weights are injected (loaded by an adapter at start): this
 * module does no I/O.
 */
import { RIGHTS, type Right } from '../request-types.js';
import { DIMENSIONS, featureSlots, featureStrings } from './ngram-features.js';

export interface NgramModel {
  readonly dimensions: number;
  /** Per right: real weight = byte × scale. */
  readonly scales: Float32Array;
  readonly biases: Float32Array;
  /** `weights[slot * 8 + right]`, rights in `RIGHTS` order. */
  readonly weights: Int8Array;
}

const R = RIGHTS.length; // 8: the scoring loop below is unrolled for it
const scratch = { slots: new Int32Array(8192) };
const sums = new Float64Array(R);

/** The probability of each right, in `RIGHTS` order. */
export function rightProbabilities(model: NgramModel, text: string): Float64Array {
  if (model.dimensions !== DIMENSIONS) throw new Error('model was trained with other feature settings');
  const count = featureSlots(text, scratch);
  const { slots } = scratch;
  const w = model.weights;
  // Eight named sums instead of an inner loop: this is the classifier's hottest loop (one pass per n-gram).
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  for (let i = 0; i < count; i++) {
    const b = slots[i]! << 3;
    s0 += w[b]!;
    s1 += w[b + 1]!;
    s2 += w[b + 2]!;
    s3 += w[b + 3]!;
    s4 += w[b + 4]!;
    s5 += w[b + 5]!;
    s6 += w[b + 6]!;
    s7 += w[b + 7]!;
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  sums[3] = s3;
  sums[4] = s4;
  sums[5] = s5;
  sums[6] = s6;
  sums[7] = s7;
  const norm = count === 0 ? 0 : 1 / Math.sqrt(count);
  const p = new Float64Array(R);
  for (let r = 0; r < R; r++) p[r] = sigmoid(sums[r]! * model.scales[r]! * norm + model.biases[r]!);
  return p;
}

/** The n-grams in the text that pushed `right` up the most, for the reason shown to staff. */
export function topFeatures(model: NgramModel, text: string, right: Right, n = 3): string[] {
  const r = RIGHTS.indexOf(right);
  return [...featureStrings(text)]
    .map(([slot, name]) => ({ name, weight: model.weights[slot * R + r]! }))
    .filter((f) => f.weight > 0 && f.name.replaceAll('_', '').length >= 3)
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((f) => f.name);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
