/**
 * Reads the committed weights of the classifier's n-gram model (models/classifier-ngram.bin, written by
 * `npm run train`) once at start. Nothing is fetched at run time; a missing or foreign file stops start-up
 * with one clear line instead of a classifier that silently runs on the lexicon alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../config/project-root.js';
import { decodeNgramModel } from '../../domain/classify/ngram-model-codec.js';
import type { NgramModel } from '../../domain/classify/ngram-model.js';

export const NGRAM_MODEL_FILE = join(projectRoot, 'models', 'classifier-ngram.bin');

export function loadNgramModel(file: string = NGRAM_MODEL_FILE): NgramModel {
  const decoded = decodeNgramModel(readFileSync(file));
  if (!decoded.ok)
    throw new Error(`${decoded.code}: the classifier model file is not one this version reads`);
  return decoded.model;
}
