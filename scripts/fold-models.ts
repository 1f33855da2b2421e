/**
 * Keeps the models `npm run eval:sets -- --models DIR` trains for each left-out set, so that a second run
 * after a change of the lexicon or the join scores the same folds without training them again (training is
 * nearly all of its time). A model is filed under a hash of everything it is trained from (each example's
 * text, labels and weight, in order, and the trainer's settings), so a change of the sets, the corpus or the
 * recipe trains afresh instead of reading a stale file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeNgramModel, encodeNgramModel } from '../src/domain/classify/ngram-model-codec.js';
import type { NgramModel } from '../src/domain/classify/ngram-model.js';
import {
  type TrainingExample,
  type TrainingOptions,
  trainNgramModel,
} from '../src/domain/classify/train-ngram-model.js';

function keyOf(examples: readonly TrainingExample[], options: TrainingOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const e of examples) hash.update(`\0${e.weight ?? 1}\0${e.types.join(',')}\0${e.text}`);
  return hash.digest('hex').slice(0, 32);
}

/** The model trained on `examples`, read from `dir` when trained there before, else trained and filed. */
export async function foldModel(
  dir: string | undefined,
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): Promise<NgramModel> {
  if (dir === undefined) return trainNgramModel(examples, options);
  const file = join(dir, `${keyOf(examples, options)}.bin`);
  const cached = await readFile(file).then(
    (bytes) => decodeNgramModel(bytes),
    () => null,
  );
  if (cached?.ok === true) return cached.model;
  const model = trainNgramModel(examples, options);
  await mkdir(dir, { recursive: true });
  await writeFile(file, encodeNgramModel(model));
  return model;
}
