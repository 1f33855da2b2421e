/**
 * `npm run eval -- [--dev DIR] [--corpus DIR] [--split validation|test|none] [--cv] [--triage]`: scores the
 * classifier; `--triage` adds which confidence rule sent each triaged verdict below 0.6 (`eval-triage.ts`).
 * Every run ends with precision and recall per flag the labels carry (`eval-flags.ts`).
 * `--split none` scores every entry of a hand-labelled folder without splits, such as `heldout/`.
 * A is the lexicon alone, B the committed n-gram model alone, C the two joined (what runs in production).
 * The dev corpus (default ../shared/corpus/dev) is scored always; with --corpus, one split of a generated
 * corpus too (validation unless told: the test split is scored once, at the end). The model was trained on
 * dev, so dev figures for B and C are not held out; --cv adds grouped 5-fold cross-validation on dev,
 * each fold's model trained on the other folds (plus the corpus's train split when given).
 */
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNgramModel } from '../src/adapters/classifier-model/load-ngram-model.js';
import { createLanguageDetector, type LanguageDetector } from '../src/domain/classify/language.js';
import { trainNgramModel } from '../src/domain/classify/train-ngram-model.js';
import { type Example, loadCorpus } from './corpus.js';
import { lexiconAndJoined, modelAlone } from './eval-scoring.js';
import { printTriage } from './eval-triage.js';
import { flagScores, printFlags } from './eval-flags.js';
import {
  printMistakes,
  printReliability,
  printSet,
  type Scored,
  summaryHeader,
  summaryLine,
} from './eval-report.js';

const FOLDS = 5;

function crossValidated(dev: readonly Example[], extra: readonly Example[], detect: LanguageDetector) {
  const groups = new Map<string, number>();
  const fold = dev.map((e) => {
    const key = e.email.messageId ?? e.file;
    if (!groups.has(key)) groups.set(key, groups.size % FOLDS);
    return groups.get(key)!;
  });
  const B: Scored[] = new Array(dev.length);
  const C: Scored[] = new Array(dev.length);
  for (let f = 0; f < FOLDS; f++) {
    const training = [...dev.filter((_, i) => fold[i] !== f), ...extra].filter((e) => !e.goldAuto);
    const model = trainNgramModel(training.map((e) => ({ text: e.text, types: e.gold })));
    const held = dev.filter((_, i) => fold[i] === f);
    const scored = lexiconAndJoined(held, detect, model);
    const alone = modelAlone(held, model, scored.A);
    let k = 0;
    dev.forEach((_, i) => {
      if (fold[i] !== f) return;
      B[i] = alone[k]!;
      C[i] = scored.C[k]!;
      k++;
    });
  }
  return { B, C };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dev: { type: 'string' },
      corpus: { type: 'string' },
      split: { type: 'string', default: 'validation' },
      cv: { type: 'boolean', default: false },
      triage: { type: 'boolean', default: false },
    },
  });
  if (values.split !== 'validation' && values.split !== 'test' && values.split !== 'none')
    throw new Error('--split is validation, test or none');
  // A folder labelled without splits (heldout/) loads as the dev corpus does: every entry.
  const split = values.split === 'none' ? 'dev' : values.split;
  const detect = createLanguageDetector();
  const model = loadNgramModel();
  const dev = await loadCorpus(
    values.dev ?? fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url)),
  );
  const devScores = lexiconAndJoined(dev, detect, model);
  const devModel = modelAlone(dev, model, devScores.A);
  printSet('dev, C: lexicon + model (production; the model saw dev in training)', devScores.C);

  console.log('\n== method comparison');
  console.log(summaryHeader());
  console.log(summaryLine('dev A lexicon', devScores.A));
  console.log(summaryLine('dev B model (trained on it)', devModel));
  console.log(summaryLine('dev C joined (trained on it)', devScores.C));
  if (values.cv) {
    const train = values.corpus === undefined ? [] : await loadCorpus(values.corpus, ['train']);
    const cv = crossValidated(dev, train, detect);
    console.log(summaryLine(`dev B model, ${FOLDS}-fold CV`, cv.B));
    console.log(summaryLine(`dev C joined, ${FOLDS}-fold CV`, cv.C));
  }
  const autoOf = (scored: readonly Scored[]) => scored.map((p) => p.predictedAuto);
  let held: { name: string; A: Scored[]; B: Scored[]; C: Scored[] } | null = null;
  let heldFlags: ReturnType<typeof flagScores> | null = null;
  if (values.corpus !== undefined) {
    const examples = await loadCorpus(values.corpus, [split]);
    const scored = lexiconAndJoined(examples, detect, model);
    const name = values.split === 'none' ? basename(values.corpus) : values.split;
    held = { name, ...scored, B: modelAlone(examples, model, scored.A) };
    heldFlags = flagScores(examples, autoOf(held.C));
    console.log(summaryLine(`${held.name} A lexicon`, held.A));
    console.log(summaryLine(`${held.name} B model`, held.B));
    console.log(summaryLine(`${held.name} C joined`, held.C));
    printSet(`${held.name}, C: lexicon + model`, held.C);
  }
  printReliability('dev, C', devScores.C);
  if (held !== null) {
    printReliability(`${held.name}, A lexicon alone`, held.A);
    printReliability(`${held.name}, C`, held.C);
  }
  printFlags('dev, C', flagScores(dev, autoOf(devScores.C)));
  if (held !== null && heldFlags !== null) printFlags(`${held.name}, C`, heldFlags);
  if (values.triage) printTriage(`${held?.name ?? 'dev'}, C`, held?.C ?? devScores.C);
  printMistakes(held?.C ?? devScores.C);
}

await main();
