/**
 * Ticket benchmark (issue 5): bulk-creates N tickets (default 1,000,000) with two audit events each
 * (ingest, classification; a valid hash chain), then times the at-risk query (open, due within 7 days)
 * through the real ticket store, and `audit verify` through the real reader, on SQLite and on a
 * throwaway PostgreSQL. Prints figures; asserts nothing.
 *   npx tsx bench/tickets.bench.ts [--tickets N] [--only sqlite|postgresql]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditTrailReader } from '../src/adapters/db/audit-store.js';
import { openDatabase } from '../src/adapters/db/database.js';
import { createTicketStore } from '../src/adapters/db/ticket-store.js';
import { weekDigest } from '../src/app/desk/digest.js';
import { verifyAuditTrail } from '../src/app/audit/verify-audit-trail.js';
import { OPEN_STATUSES } from '../src/domain/tickets/vocabulary.js';
import { startPostgres } from '../test/support/postgres.js';
import { fillPostgres, fillSqlite, NOW } from './support/ticket-fill.js';

const args = process.argv.slice(2);
const flag = (name: string) => args[args.indexOf(name) + 1];
const TICKETS = args.includes('--tickets') ? Number(flag('--tickets')) : 1_000_000;
const ONLY = args.includes('--only') ? flag('--only') : null;
const DAY = 86_400_000;

async function measure(engine: string, url: string, fill: () => Promise<void>): Promise<void> {
  const database = await openDatabase(url);
  let started = performance.now();
  await fill();
  const fillSeconds = (performance.now() - started) / 1000;
  const store = createTicketStore(database.db, database.provider);
  const query = {
    statuses: OPEN_STATUSES,
    dueAfter: new Date(NOW),
    dueBefore: new Date(NOW + 7 * DAY),
    limit: 50,
  };
  await store.list(query); // warm-up: connection, statement cache
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    found = (await store.list(query)).length;
    runs.push(performance.now() - started);
  }
  started = performance.now();
  const atRisk = await database.db.ticket.count({
    where: { status: { in: [...OPEN_STATUSES] }, dueAt: { gt: query.dueAfter, lte: query.dueBefore } },
  });
  const countMs = performance.now() - started;
  // The managers' digest over the whole installation: a week of arrivals and closings, backlog, deadlines.
  const digestRuns: number[] = [];
  let digest = await weekDigest(store, null, new Date(NOW), () => 'UTC');
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    digest = await weekDigest(store, null, new Date(NOW), () => 'UTC');
    digestRuns.push(performance.now() - started);
  }
  started = performance.now();
  const verified = await verifyAuditTrail(createAuditTrailReader(url));
  const verifySeconds = (performance.now() - started) / 1000;
  await database.close();
  const median = runs.sort((a, b) => a - b)[2] ?? 0;
  process.stdout.write(
    `tickets ${engine}: ${TICKETS} tickets + ${verified.count} events created in ${fillSeconds.toFixed(1)} s\n` +
      `tickets ${engine}: at-risk query (open, due within 7 days, first ${found} by due date) median ${median.toFixed(1)} ms (target < 200 ms); counting all ${atRisk} at risk ${countMs.toFixed(1)} ms\n` +
      `tickets ${engine}: digest of the week (${digest.received} received, ${digest.open} open, ${digest.overdue} overdue) median ${(digestRuns.sort((a, b) => a - b)[1] ?? 0).toFixed(1)} ms\n` +
      `tickets ${engine}: audit verify ${verified.ok ? 'intact' : 'BROKEN'}, ${verified.count} events in ${verifySeconds.toFixed(1)} s = ${Math.round(verified.count / verifySeconds)} events/s (target > 100,000)\n`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
try {
  if (ONLY !== 'postgresql') {
    const file = join(dir, 'tickets.db');
    await measure('SQLite', `file:${file}`, () => fillSqlite(file, TICKETS));
  }
  if (ONLY !== 'sqlite') {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('tickets_bench');
      await measure('PostgreSQL', url, () => fillPostgres(url, TICKETS));
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
