/**
 * Classifier benchmark (`tsx bench/classify.bench.ts [corpus-dir]`): prints the heap taken by the loaded
 * model and the classification throughput on one core over the dev corpus repeated. Emails are parsed
 * before timing starts: the target is for classification alone. Prints figures, asserts nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseEmail } from '../src/adapters/mime/parse-email.js';
import type { ParsedEmail } from '../src/domain/email/parsed-email.js';

const ROUNDS = 60;

function heapMegabytes(): number {
  // Two collections settle weak references and finalisers; only meaningful with --expose-gc.
  globalThis.gc?.();
  globalThis.gc?.();
  // The model's weights live in an ArrayBuffer, outside the JS heap proper: both are counted.
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  const emails: ParsedEmail[] = await Promise.all(
    files.map(async (f) => parseEmail(await readFile(`${dir}/${f}`))),
  );

  const before = heapMegabytes();
  const loadStart = performance.now();
  const { classifyEmail, createClassifier } = await import('../src/domain/classify/classify-email.js');
  const { createLanguageDetector } = await import('../src/domain/classify/language.js');
  const { loadNgramModel } = await import('../src/adapters/classifier-model/load-ngram-model.js');
  const classifier = createClassifier(createLanguageDetector(), undefined, loadNgramModel());
  const loadMs = performance.now() - loadStart;
  const model = heapMegabytes() - before;

  // Warm-up lets the JIT compile the hot paths before the clock starts.
  for (const email of emails) classifyEmail(classifier, email);
  let checksum = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const email of emails) checksum += classifyEmail(classifier, email).types.length;
  }
  const seconds = (performance.now() - start) / 1000;
  // CPU time of this process: on a machine shared with other jobs, wall time measures the neighbours too.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const classified = ROUNDS * emails.length;

  console.log(
    `corpus:            ${emails.length} emails x ${ROUNDS} rounds = ${classified} classifications`,
  );
  console.log(`model load:        ${loadMs.toFixed(0)} ms`);
  console.log(
    `model heap:        ${globalThis.gc ? `${model.toFixed(1)} MB` : 'run with node --expose-gc for a figure'}`,
  );
  console.log(`throughput (CPU):  ${Math.round(classified / cpuSeconds)} emails per CPU-second on one core`);
  console.log(
    `throughput (wall): ${Math.round(classified / seconds)} emails/s (lower when the machine is busy)`,
  );
  console.log(`per email (CPU):   ${((cpuSeconds * 1e6) / classified).toFixed(0)} µs (checksum ${checksum})`);
}

await main();
