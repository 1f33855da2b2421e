/**
 * `npm run eval:forms [-- --sets DIR,DIR… --show FORM]`: scores the classifier (C, the lexicon and the
 * committed model) on the hand-written sets' requests in each form of `form-variants.ts`, beside the
 * originals. Per form: exact verdicts, requests kept (not `not_a_request`), confident misses, and the
 * languages that lost most. The committed model was trained on these sets, so A (the lexicon alone) is
 * printed too. `--show FORM` lists the requests that form lost.
 */
import { parseArgs } from 'node:util';
import { createClassifier, classifyEmail, type Classifier } from '../src/domain/classify/classify-email.js';
import { createLanguageDetector } from '../src/domain/classify/language.js';
import { loadNgramModel } from '../src/adapters/classifier-model/load-ngram-model.js';
import { loadCorpus, type Example } from './corpus.js';
import { folderList } from './training-set.js';
import { type Form, FORMS, inForm } from './form-variants.js';

// The sets `npm run eval:sets` reads.
const DEFAULT_SETS = ['heldout', ...Array.from({ length: 15 }, (_, i) => `heldout${i + 2}`)];
const CONFIDENT = 0.6;

interface Outcome {
  readonly exact: boolean;
  readonly kept: boolean;
  readonly confidentMiss: boolean;
  readonly predicted: string;
}

async function outcome(c: Classifier, e: Example, form: Form): Promise<Outcome> {
  const r = classifyEmail(c, await inForm(e.email, form, e.language));
  const predicted = [...r.types].sort().join('+');
  const nothing = r.types.length === 1 && r.types[0] === 'not_a_request';
  return {
    exact: predicted === [...e.gold].sort().join('+'),
    kept: !nothing,
    confidentMiss: nothing && r.confidence >= CONFIDENT,
    predicted,
  };
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`.padStart(7);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sets: { type: 'string' }, show: { type: 'string' } } });
  const sets = values.sets === undefined ? DEFAULT_SETS : folderList(values.sets);
  const requests: Example[] = [];
  for (const set of sets)
    for (const e of await loadCorpus(set))
      if (!e.goldAuto && !e.gold.includes('not_a_request')) requests.push({ ...e, file: `${set}/${e.file}` });
  const detect = createLanguageDetector();
  const joined = createClassifier(detect, undefined, loadNgramModel());
  const lexicon = createClassifier(detect);
  const results = new Map<string, { C: Outcome[]; A: Outcome[] }>();
  for (const form of FORMS) {
    const C: Outcome[] = [];
    const A: Outcome[] = [];
    for (const e of requests) {
      C.push(await outcome(joined, e, form));
      A.push(await outcome(lexicon, e, form));
    }
    results.set(form, { C, A });
  }
  const original = results.get('original')!;
  console.log(`${requests.length} requests from ${sets.length} sets`);
  console.log(
    'form          C exact  C kept  C conf.miss  A exact  A kept   languages that lost most (C exact, lost/of)',
  );
  for (const form of FORMS) {
    const { C, A } = results.get(form)!;
    const count = (o: Outcome[], f: (x: Outcome) => boolean) => o.filter(f).length;
    const lost = new Map<string, [number, number]>();
    requests.forEach((e, i) => {
      const entry = lost.get(e.language) ?? [0, 0];
      entry[1]++;
      if (original.C[i]!.exact && !C[i]!.exact) entry[0]++;
      lost.set(e.language, entry);
    });
    const worst = [...lost]
      .filter(([, [n]]) => n > 0)
      .sort((a, b) => b[1][0] - a[1][0])
      .slice(0, 8)
      .map(([l, [n, d]]) => `${l} ${n}/${d}`)
      .join(', ');
    console.log(
      `${form.padEnd(12)}${pct(
        count(C, (o) => o.exact),
        C.length,
      )}${pct(
        count(C, (o) => o.kept),
        C.length,
      )}${String(count(C, (o) => o.confidentMiss)).padStart(10)}   ${pct(
        count(A, (o) => o.exact),
        A.length,
      )}${pct(
        count(A, (o) => o.kept),
        A.length,
      )}   ${worst}`,
    );
  }
  if (values.show !== undefined) {
    const shown = results.get(values.show as Form);
    if (shown === undefined) throw new Error(`--show is one of ${FORMS.join(', ')}`);
    requests.forEach((e, i) => {
      if (original.C[i]!.exact && !shown.C[i]!.exact)
        console.log(
          `${e.file} [${e.language}] gold ${e.gold.join('+')} → ${shown.C[i]!.predicted}${shown.C[i]!.confidentMiss ? ' (confident miss)' : ''}`,
        );
    });
  }
}

await main();
