/**
 * The committed weights file of the n-gram model: an 8-byte magic, the slot count, eight scales and eight
 * biases (float32, little-endian), then one signed byte per slot and right. Decoding checks the shape, so
 * a file from other feature settings is refused at start instead of scoring nonsense.
 */
import { RIGHTS } from '../request-types.js';
import type { NgramModel } from './ngram-model.js';

// 4: accents set aside in Latin, Greek and Cyrillic script (3: character 3- to 5-grams, and 2-grams in Thai
// and CJK words; 2: 3- to 5-grams everywhere; 1: 2- to 5-grams); a file of other feature settings is refused.
const MAGIC = 'RDNGRAM4';
const R = RIGHTS.length;
const HEADER = 8 + 4 + R * 4 * 2;

export function encodeNgramModel(model: NgramModel): Uint8Array {
  const bytes = new Uint8Array(HEADER + model.weights.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, model.dimensions, true);
  for (let r = 0; r < R; r++) {
    view.setFloat32(12 + r * 4, model.scales[r]!, true);
    view.setFloat32(12 + R * 4 + r * 4, model.biases[r]!, true);
  }
  bytes.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length), HEADER);
  return bytes;
}

export type DecodeResult = { ok: true; model: NgramModel } | { ok: false; code: 'model_file_invalid' };

export function decodeNgramModel(bytes: Uint8Array): DecodeResult {
  const invalid = { ok: false, code: 'model_file_invalid' } as const;
  if (bytes.length < HEADER) return invalid;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return invalid;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const dimensions = view.getUint32(8, true);
  if (bytes.length !== HEADER + dimensions * R) return invalid;
  const scales = new Float32Array(R);
  const biases = new Float32Array(R);
  for (let r = 0; r < R; r++) {
    scales[r] = view.getFloat32(12 + r * 4, true);
    biases[r] = view.getFloat32(12 + R * 4 + r * 4, true);
  }
  const weights = new Int8Array(dimensions * R);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + HEADER, dimensions * R));
  return { ok: true, model: { dimensions, scales, biases, weights } };
}
