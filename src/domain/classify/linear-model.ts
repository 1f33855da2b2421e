/**
 * The trained alternative the lexicon was compared with (docs/classifier.md): one-vs-rest logistic
 * regression over hashed word unigrams, bigrams and five-letter stems. Deterministic (fixed example order,
 * no random initialisation) so cross-validation figures can be reproduced exactly.
 */
import { REQUEST_TYPES, type RequestType, RIGHTS } from '../request-types.js';

export interface TrainingExample {
  readonly text: string;
  readonly types: readonly RequestType[];
}

export interface LinearModel {
  predict(text: string): RequestType[];
  probabilities(text: string): ReadonlyMap<RequestType, number>;
}

const DIMENSIONS = 1 << 18;
const EPOCHS = 40;
const LEARNING_RATE = 0.5;
const L2 = 1e-4;

export function featuresOf(text: string): Map<number, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const features = new Map<number, number>();
  const add = (token: string): void => {
    const index = hash(token);
    features.set(index, 1);
  };
  words.forEach((word, i) => {
    add(`w:${word}`);
    // A crude stem lets "delete", "deleted" and "deletion" share a feature across the corpus' languages.
    if (word.length > 5) add(`s:${word.slice(0, 5)}`);
    const next = words[i + 1];
    if (next !== undefined) add(`b:${word} ${next}`);
  });
  const norm = Math.sqrt(features.size) || 1;
  for (const key of features.keys()) features.set(key, 1 / norm);
  return features;
}

export function trainLinearModel(examples: readonly TrainingExample[]): LinearModel {
  const vectors = examples.map((e) => featuresOf(e.text));
  const weights = new Map<RequestType, { w: Float64Array; bias: number }>();
  for (const type of REQUEST_TYPES) {
    const w = new Float64Array(DIMENSIONS);
    let bias = 0;
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = LEARNING_RATE / (1 + epoch * 0.1);
      examples.forEach((example, i) => {
        const x = vectors[i]!;
        const y = example.types.includes(type) ? 1 : 0;
        const error = sigmoid(dot(w, x) + bias) - y;
        for (const [index, value] of x) w[index] = w[index]! * (1 - rate * L2) - rate * error * value;
        bias -= rate * error;
      });
    }
    weights.set(type, { w, bias });
  }
  const probabilities = (text: string): Map<RequestType, number> => {
    const x = featuresOf(text);
    return new Map(
      REQUEST_TYPES.map((type) => [type, sigmoid(dot(weights.get(type)!.w, x) + weights.get(type)!.bias)]),
    );
  };
  return {
    probabilities,
    predict(text) {
      const p = probabilities(text);
      const rights = RIGHTS.filter((r) => (p.get(r) ?? 0) >= 0.5);
      if (rights.length > 0) return rights;
      // With no right over one half, the most likely type wins (never not_a_request combined with a right).
      const best = [...p.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return [best];
    },
  };
}

function dot(w: Float64Array, x: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const [index, value] of x) sum += w[index]! * value;
  return sum;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** FNV-1a, so the same token always lands in the same slot on every machine. */
function hash(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % DIMENSIONS;
}
