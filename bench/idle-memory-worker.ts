// Child of bench/idle-memory.ts: loads what an intake process loads, one part at a time, and prints the
// heap and resident memory after each part (after a full collection), as JSON lines.
import type { compose as Compose } from '../src/composition-root.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const step = (part: string) => {
  gc();
  const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ part, heap: mb(heapUsed), external: mb(external + arrayBuffers), rss: mb(rss) })}\n`,
  );
};
const env = JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, string>;

step('node');
await import('zod');
await import('pino');
await import('../src/config/env.js');
await import('../src/config/organisations.js');
step('configuration (zod, pino, yaml)');
const { openDatabase } = await import('../src/adapters/db/database.js');
const database = await openDatabase(env.DATABASE_URL!);
step('database (Prisma client, driver adapter)');
await database.db.organisation.findMany({ take: 1 });
step("Prisma's query compiler (first query)");
await database.close();
// This run's detector and model are let go when the function returns, so that compose()'s count once.
async function loadLanguageTables(): Promise<boolean> {
  const { loadLanguageDetector } = await import('../src/adapters/classifier-model/load-language-detector.js');
  const detect = loadLanguageDetector();
  step('language detector');
  const { loadNgramModel } = await import('../src/adapters/classifier-model/load-ngram-model.js');
  const model = loadNgramModel();
  step('n-gram model');
  await import('../src/domain/classify/classify-email.js');
  step('classifier (lexicons, cues)');
  return detect('x').language !== undefined && model.dimensions > 0;
}
const loaded = await loadLanguageTables();
await import('../src/adapters/mime/parse-email.js');
step('MIME parsing (postal-mime, html-to-text)');
await import('../src/adapters/imap/watch-mailbox.js');
step('IMAP (imapflow)');
const { compose } = (await import('../src/composition-root.js')) as { compose: typeof Compose };
step('rest of the module graph');
const app = await compose(env);
step('compose()');
await app.close();
if (!loaded) process.exitCode = 1;
