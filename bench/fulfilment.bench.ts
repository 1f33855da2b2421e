/**
 * Fulfilment benchmark (issue 15): on N tickets (default 1,000,000, made as in tickets.bench.ts), the
 * CSV export through the real store and generator into a sink, timed, with the process's peak memory
 * (resident set and heap, sampled while it runs) against the heap before it, to show it is streamed and
 * not held; then the staff reminders pass through the real store, timed, with its queries counted (a
 * first pass that claims every reminder, and a second that finds them all given). On SQLite and a
 * throwaway PostgreSQL. Prints figures; asserts nothing. `--sqlite FILE` measures a SQLite file filled
 * by an earlier run instead of filling one.
 *   npx tsx bench/fulfilment.bench.ts [--tickets N] [--only sqlite|postgresql] [--sqlite FILE]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/database.js';
import { openTicketExportStore } from '../src/adapters/db/ticket-export-store.js';
import { createStaffReminderStore } from '../src/adapters/db/staff-reminder-store.js';
import { exportTicketsCsv } from '../src/app/fulfilment/export-tickets.js';
import { remindStaff, type StaffReminderStore } from '../src/app/fulfilment/remind-staff.js';
import { startPostgres } from '../test/support/postgres.js';
import { fillPostgres, fillSqlite, NOW } from './support/ticket-fill.js';

const args = process.argv.slice(2);
const flag = (name: string) => args[args.indexOf(name) + 1];
const TICKETS = args.includes('--tickets') ? Number(flag('--tickets')) : 1_000_000;
const ONLY = args.includes('--only') ? flag('--only') : null;
const FILLED = args.includes('--sqlite') ? flag('--sqlite') : undefined;
const MB = 1024 * 1024;

/** Runs `work` while sampling memory every 20 ms; returns its result with the peaks. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 20);
  try {
    const result = await work();
    return { result, before, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

async function measure(engine: string, url: string, fill: () => Promise<void>): Promise<void> {
  const database = await openDatabase(url);
  let started = performance.now();
  await fill();
  const fillSeconds = (performance.now() - started) / 1000;
  const store = await openTicketExportStore(database, url);
  const filter = { organisationId: null, receivedFrom: null, receivedBefore: null };
  started = performance.now();
  const exported = await withPeakMemory(async () => {
    let lines = 0;
    let bytes = 0;
    const chunks = exportTicketsCsv(store, filter, { reveal: false, actor: 'bench', now: new Date(NOW) });
    for await (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines++;
    }
    return { lines, bytes };
  });
  const exportSeconds = (performance.now() - started) / 1000;
  await store.close();
  const reminders = [await remindersPass(database), await remindersPass(database)];
  await database.close();
  const { result, before, rss, heap } = exported;
  process.stdout.write(
    `fulfilment ${engine}: ${TICKETS} tickets created in ${fillSeconds.toFixed(1)} s\n` +
      `fulfilment ${engine}: export csv ${result.lines - 1} lines, ${(result.bytes / MB).toFixed(0)} MB in ${exportSeconds.toFixed(1)} s = ${Math.round((result.lines - 1) / exportSeconds)} tickets/s; ` +
      `peak heap ${(heap / MB).toFixed(0)} MB (${(before.heapUsed / MB).toFixed(0)} MB before), peak RSS ${(rss / MB).toFixed(0)} MB (${(before.rss / MB).toFixed(0)} MB before)\n` +
      reminders
        .map(
          (r, i) =>
            `fulfilment ${engine}: reminders pass ${i + 1}: ${r.dueSoon} due soon + ${r.overdue} overdue reminded in ${r.seconds.toFixed(1)} s, ${r.queries} queries\n`,
        )
        .join(''),
  );
}

/** One pass over the bench organisation (UTC, weekends only, 5 business days), queries counted. */
async function remindersPass(database: Awaited<ReturnType<typeof openDatabase>>) {
  const real = createStaffReminderStore(database.db);
  let queries = 0;
  const counted: StaffReminderStore = {
    dueBy: (...a) => (queries++, real.dueBy(...a)),
    sent: (ids) => ((queries += ids.length > 0 ? 1 : 0), real.sent(ids)),
    claim: (...a) => (queries++, real.claim(...a)),
  };
  const started = performance.now();
  const [report] = await remindStaff(
    { store: counted, publishers: [], now: () => new Date(NOW), onPublishError: () => {} },
    [{ id: 'bench', zone: 'UTC', holidays: null, dueSoonBusinessDays: 5 }],
  );
  return {
    seconds: (performance.now() - started) / 1000,
    queries,
    dueSoon: report?.dueSoon ?? 0,
    overdue: report?.overdue ?? 0,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
try {
  if (ONLY !== 'postgresql') {
    const file = FILLED ?? join(dir, 'fulfilment.db');
    await measure('SQLite', `file:${file}`, () => (FILLED ? Promise.resolve() : fillSqlite(file, TICKETS)));
  }
  if (ONLY !== 'sqlite') {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('fulfilment_bench');
      await measure('PostgreSQL', url, () => fillPostgres(url, TICKETS));
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
