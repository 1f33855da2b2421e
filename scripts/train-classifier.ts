/**
 * `npm run train -- [--dev DIR] [--corpus DIR]`: trains the n-gram model on the dev corpus (default
 * ../shared/corpus/dev) and, when given, the `train` split of a generated corpus, then writes the quantised
 * weights to models/classifier-ngram.bin. Deterministic: the same corpora give a byte-identical file.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeNgramModel } from '../src/domain/classify/ngram-model-codec.js';
import { trainNgramModel } from '../src/domain/classify/train-ngram-model.js';
import { loadCorpus } from './corpus.js';

const MODEL_FILE = fileURLToPath(new URL('../models/classifier-ngram.bin', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dev: { type: 'string' }, corpus: { type: 'string' } } });
  const devDir = values.dev ?? fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url));
  const examples = [
    ...(await loadCorpus(devDir)),
    ...(values.corpus === undefined ? [] : await loadCorpus(values.corpus, ['train'])),
  ];
  // Automatic mail never reaches the model (the classifier answers it first), so it is left out here too.
  const training = examples.filter((e) => !e.goldAuto).map((e) => ({ text: e.text, types: e.gold }));
  const started = performance.now();
  const model = trainNgramModel(training);
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
