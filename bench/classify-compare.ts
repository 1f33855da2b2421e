/**
 * Compares this checkout's classifier with another checkout's (`tsx bench/classify-compare.ts OTHER [pairs]
 * [corpus-dirs]`, OTHER being a checkout with its own node_modules, e.g. the main branch): first whether
 * both give the same result for every email of the corpora (comma-separated folders; in a labelled folder
 * with splits, only its validation entries: the test split is never read), then their speed on the first
 * folder (the dev corpus unless told), both loaded in this one
 * process and run in alternating rounds, so that both meet the same load on a shared machine (whole
 * processes minutes apart differ by ±25% there). Prints figures, asserts nothing; not part of `npm run bench`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ModelLoader from '../src/adapters/classifier-model/load-ngram-model.js';
import { parseEmail } from '../src/adapters/mime/parse-email.js';
import type * as ClassifyEmail from '../src/domain/classify/classify-email.js';
import type * as Language from '../src/domain/classify/language.js';
import type { ParsedEmail } from '../src/domain/email/parsed-email.js';

type Classify = (email: ParsedEmail) => unknown;

const ROUNDS = 8;

async function classifierOf(root: string): Promise<Classify> {
  const load = async <T>(path: string): Promise<T> =>
    (await import(pathToFileURL(join(root, path)).href)) as T;
  const { classifyEmail, createClassifier } = await load<typeof ClassifyEmail>(
    'src/domain/classify/classify-email.ts',
  );
  const { createLanguageDetector } = await load<typeof Language>('src/domain/classify/language.ts');
  const { loadNgramModel } = await load<typeof ModelLoader>(
    'src/adapters/classifier-model/load-ngram-model.ts',
  );
  const classifier = createClassifier(createLanguageDetector(), undefined, loadNgramModel());
  return (email) => classifyEmail(classifier, email);
}

/** The emails of a folder: every .eml file, or in a labelled folder with splits its validation entries. */
async function emailsOf(dir: string): Promise<ParsedEmail[]> {
  const names = await readdir(dir);
  if (!names.includes('labels.json')) return parse(dir, names.filter((f) => f.endsWith('.eml')).sort());
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as {
    file: string;
    split?: string;
  }[];
  return parse(
    dir,
    labels.filter((l) => l.split === undefined || l.split === 'validation').map((l) => l.file),
  );
}

function parse(dir: string, files: readonly string[]): Promise<ParsedEmail[]> {
  return Promise.all(files.map(async (f) => parseEmail(await readFile(join(dir, f)))));
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

async function main(): Promise<void> {
  const [other, pairsArg, corpusArg] = process.argv.slice(2);
  if (other === undefined) throw new Error('usage: classify-compare.ts OTHER_CHECKOUT [pairs] [corpus-dir]');
  const pairs = Number(pairsArg ?? 10);
  const dirs = (corpusArg ?? fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url))).split(',');
  const corpora = await Promise.all(dirs.map(emailsOf));
  const emails = corpora[0]!;

  const theirs = await classifierOf(resolve(other));
  const ours = await classifierOf(fileURLToPath(new URL('..', import.meta.url)));
  for (const [i, corpus] of corpora.entries()) {
    const differing = corpus.filter((e) => JSON.stringify(theirs(e)) !== JSON.stringify(ours(e)));
    console.log(`results:  ${differing.length} of ${corpus.length} emails differ (${dirs[i]})`);
  }

  const round = (classify: Classify): number => {
    const start = cpuMicros();
    for (let r = 0; r < ROUNDS; r++) for (const email of emails) classify(email);
    return (cpuMicros() - start) / (ROUNDS * emails.length);
  };
  for (let warm = 0; warm < 2; warm++) [theirs, ours].forEach(round);
  const before: number[] = [];
  const after: number[] = [];
  for (let p = 0; p < pairs; p++) {
    // Alternating which goes first, so that neither always follows the other's cache footprint.
    if (p % 2 === 0) [before[p], after[p]] = [round(theirs), round(ours)];
    else [after[p], before[p]] = [round(ours), round(theirs)];
  }
  const ratios = before.map((b, p) => b / after[p]!);
  const perSecond = (micros: number): string => Math.round(1e6 / micros).toLocaleString('en');
  console.log(
    `other:    ${median(before).toFixed(0)} µs an email (${perSecond(median(before))} per CPU-second)`,
  );
  console.log(
    `this:     ${median(after).toFixed(0)} µs an email (${perSecond(median(after))} per CPU-second)`,
  );
  console.log(
    `speed-up: median ${median(ratios).toFixed(3)} over ${pairs} pairs (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}

await main();
