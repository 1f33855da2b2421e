/**
 * `npm run train -- [--dev DIR] [--corpus DIR] [--extra DIR,DIR…] [--extra-weight W] [--positive-weight P]
 * [--l2 L] [--epochs E] [--learning-rate R] [--seed S] [--average-epochs A] [--seeds N]`: trains the n-gram
 * model on the dev corpus (default ../shared/corpus/dev), the `train` split of a generated corpus when given
 * and every entry of the hand-labelled folders of `--extra` (each weighed W, default 2), then writes the
 * quantised weights to models/classifier-ngram.bin. Deterministic: the same corpora and settings give a
 * byte-identical file.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeNgramModel } from '../src/domain/classify/ngram-model-codec.js';
import { trainNgramModel } from '../src/domain/classify/train-ngram-model.js';
import {
  DEFAULT_DEV,
  folderList,
  loadTrainingSources,
  TRAINING_ARGS,
  trainingExamples,
  trainingSettings,
} from './training-set.js';

const MODEL_FILE = fileURLToPath(new URL('../models/classifier-ngram.bin', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...TRAINING_ARGS, extra: { type: 'string' } } });
  const settings = trainingSettings(values);
  const sources = await loadTrainingSources(
    values.dev ?? DEFAULT_DEV,
    values.corpus,
    folderList(values.extra),
  );
  const training = trainingExamples(sources.base, [...sources.extra.values()], settings.extraWeight);
  const started = performance.now();
  const model = trainNgramModel(training, settings.options);
  const bytes = encodeNgramModel(model);
  await mkdir(fileURLToPath(new URL('../models/', import.meta.url)), { recursive: true });
  await writeFile(MODEL_FILE, bytes);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(
    `trained on ${training.length} emails in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${(bytes.length / 1e6).toFixed(1)} MB written, sha256 ${digest}`,
  );
}

await main();
