/**
 * `npm run eval:sets [-- --corpus DIR --sets DIR,DIR… --extra-weight W --positive-weight P --l2 L --epochs E
 * --learning-rate R --seed S --average-epochs A --seeds N --triage --records FILE --models DIR]`: measures a training recipe of the n-gram model by
 * leaving one hand-written set out (by default `corpus/` and the sets `npm run train` learns from). For each
 * set of `--sets`, a model is trained in memory on dev + the corpus's train split + the other sets (each
 * example weighed W; `--extra-weight 0` leaves them out: the recipe before they were used), and the left-out
 * set is scored: A the lexicon, B that model alone, C the two joined. Then the validation split, scored with
 * a model trained on all the sets. Nothing is written; the committed weights are not read. The same settings
 * as `npm run train` (shared in `training-set.ts`). `--triage` adds the pooled and validation triage by rule and
 * reliability tables, `--records FILE` one JSON line per scored email (`eval-triage.ts`). `--models DIR` keeps
 * each fold's model there and reads it back on the next run with the same training data (`fold-models.ts`).
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createLanguageDetector } from '../src/domain/classify/language.js';
import { type NgramModel } from '../src/domain/classify/ngram-model.js';
import { type Example, loadCorpus } from './corpus.js';
import { lexiconAndJoined, modelAlone } from './eval-scoring.js';
import { foldModel } from './fold-models.js';
import {
  printReliability,
  type Scored,
  summaryHeader,
  summaryLine,
  TRIAGE_THRESHOLD,
} from './eval-report.js';
import { printTriage, writeRecords } from './eval-triage.js';
import {
  DEFAULT_DEV,
  folderList,
  loadTrainingSources,
  TRAINING_ARGS,
  trainingExamples,
  trainingSettings,
} from './training-set.js';

function line(name: string, scored: readonly Scored[]): string {
  const triage = scored.filter((s) => s.confidence < TRIAGE_THRESHOLD).length / scored.length;
  return `${summaryLine(name, scored)}${`${(triage * 100).toFixed(0)}%`.padStart(8)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...TRAINING_ARGS,
      sets: { type: 'string' },
      triage: { type: 'boolean', default: false },
      records: { type: 'string' },
      models: { type: 'string' },
    },
  });
  if (values.corpus === undefined)
    throw new Error('--corpus DIR is required (its train and validation splits)');
  const sets = folderList(values.sets);
  if (sets.length === 0) throw new Error('--sets names at least one hand-labelled folder');
  const settings = trainingSettings(values);
  const sources = await loadTrainingSources(values.dev ?? DEFAULT_DEV, values.corpus, sets);
  const validation = await loadCorpus(values.corpus, ['validation']);
  const detect = createLanguageDetector();
  // With weight 0 the sets are left out of training altogether, so every fold has the same model.
  const models = new Map<string, NgramModel>();
  const modelWithout = async (left: string | null): Promise<NgramModel> => {
    const used = settings.extraWeight === 0 ? [] : sets.filter((s) => s !== left);
    const key = used.join(',');
    let model = models.get(key);
    if (model === undefined) {
      const extra = used.map((s) => sources.extra.get(s)!);
      const examples = trainingExamples(sources.base, extra, settings.extraWeight);
      model = await foldModel(values.models, examples, settings.options);
      models.set(key, model);
    }
    return model;
  };
  console.log(
    `settings: ${JSON.stringify(settings.options)}, hand-written examples weighed ${settings.extraWeight}`,
  );
  console.log(`${summaryHeader()}  triage`);
  const pooled: Record<'A' | 'B' | 'C', Scored[]> = { A: [], B: [], C: [] };
  const joined = new Map<string, readonly Scored[]>();
  const report = (name: string, examples: readonly Example[], model: NgramModel): void => {
    const scored = lexiconAndJoined(examples, detect, model);
    const B = modelAlone(examples, model, scored.A);
    console.log(line(`${name} A lexicon`, scored.A));
    console.log(line(`${name} B model`, B));
    console.log(line(`${name} C joined`, scored.C));
    joined.set(name, scored.C);
    if (name === 'validation') return;
    pooled.A.push(...scored.A);
    pooled.B.push(...B);
    pooled.C.push(...scored.C);
  };
  for (const set of sets) report(basename(set), sources.extra.get(set)!, await modelWithout(set));
  if (sets.length > 1) {
    console.log(line('left-out sets A', pooled.A));
    console.log(line('left-out sets B', pooled.B));
    console.log(line('left-out sets C', pooled.C));
  }
  report('validation', validation, await modelWithout(null));
  if (values.triage) {
    printReliability('left-out sets, C', pooled.C);
    printReliability('validation, C', joined.get('validation')!);
    printTriage('left-out sets, C', pooled.C);
    printTriage('validation, C', joined.get('validation')!);
  }
  if (values.records !== undefined) await writeRecords(values.records, joined);
}

await main();
