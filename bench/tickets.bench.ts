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
import Database from 'better-sqlite3';
import pg from 'pg';
import { createAuditTrailReader } from '../src/adapters/db/audit-store.js';
import { openDatabase } from '../src/adapters/db/database.js';
import { createTicketStore } from '../src/adapters/db/ticket-store.js';
import { weekDigest } from '../src/app/desk/digest.js';
import { verifyAuditTrail } from '../src/app/audit/verify-audit-trail.js';
import { appendToChain, type AuditEvent, type ChainHead } from '../src/domain/audit/hash-chain.js';
import { OPEN_STATUSES } from '../src/domain/tickets/vocabulary.js';
import { startPostgres } from '../test/support/postgres.js';

const args = process.argv.slice(2);
const flag = (name: string) => args[args.indexOf(name) + 1];
const TICKETS = args.includes('--tickets') ? Number(flag('--tickets')) : 1_000_000;
const ONLY = args.includes('--only') ? flag('--only') : null;
const BATCH = 5_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1, 12);

interface Row {
  readonly number: number;
  readonly status: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly dueDate: string;
}

/** Three years of requests; those older than 60 days are closed, the rest open and due 30 days after receipt. */
function ticketRow(i: number): Row {
  const received = NOW - Math.floor(((i * 7919) % TICKETS) * ((3 * 365 * DAY) / TICKETS));
  const due = new Date(received + 30 * DAY);
  return {
    number: 1001 + i,
    status: NOW - received > 60 * DAY ? 'fulfilled' : i % 3 === 0 ? 'verified' : 'received',
    receivedAt: new Date(received).toISOString(),
    dueAt: due.toISOString(),
    dueDate: due.toISOString().slice(0, 10),
  };
}

function eventsFor(rows: readonly Row[], head: ChainHead | null) {
  return appendToChain(
    head,
    rows.flatMap((r): Omit<AuditEvent, 'seq'>[] => [
      {
        actor: 'intake',
        at: r.receivedAt,
        type: 'ticket.ingested',
        ticketId: `RD-${r.number}`,
        payload: { kind: 'request', rawMessageId: r.number },
      },
      {
        actor: 'classifier',
        at: r.receivedAt,
        type: 'ticket.classified',
        ticketId: `RD-${r.number}`,
        payload: { types: ['access'], language: 'en', confidence: 0.9, needsTriage: false },
      },
    ]),
  );
}

async function fillSqlite(file: string): Promise<void> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.prepare(
    `INSERT INTO Organisation (id, name, configHash, updatedAt) VALUES ('bench', 'Bench', '-', ?)`,
  ).run(new Date().toISOString());
  const ticket = db.prepare(
    `INSERT INTO Ticket (id, number, reference, organisationId, requesterAddress, requesterName, subject, status, flags, types, language, receivedAt, createdAt, updatedAt, jurisdiction, dueAt, dueDate)
     VALUES (?, ?, ?, 'bench', ?, 'Bench Requester', 'request', ?, '[]', '["access"]', 'en', ?, ?, ?, 'eu-gdpr', ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO AuditEvent (seq, at, actor, type, ticketId, ticketReference, payload, prevHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let head: ChainHead | null = null;
  for (let start = 0; start < TICKETS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, TICKETS - start) }, (_, k) => ticketRow(start + k));
    const chained = eventsFor(rows, head);
    db.transaction(() => {
      for (const r of rows) {
        const at = r.receivedAt.replace('Z', '+00:00');
        ticket.run(
          r.number,
          r.number,
          `RD-${r.number}`,
          `r${r.number}@example.com`,
          r.status,
          at,
          at,
          at,
          r.dueAt.replace('Z', '+00:00'),
          r.dueDate,
        );
      }
      for (const e of chained) {
        event.run(
          e.seq,
          e.at.replace('Z', '+00:00'),
          e.actor,
          e.type,
          Number(e.ticketId?.slice(3)),
          e.ticketId,
          JSON.stringify(e.payload),
          e.prevHash,
          e.hash,
        );
      }
    })();
    const last = chained.at(-1);
    if (last) head = { seq: last.seq, hash: last.hash };
  }
  db.pragma('optimize');
  db.close();
}

async function fillPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO "Organisation" (id, name, "configHash", "updatedAt") VALUES ('bench', 'Bench', '-', now())`,
  );
  let head: ChainHead | null = null;
  for (let start = 0; start < TICKETS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, TICKETS - start) }, (_, k) => ticketRow(start + k));
    const chained = eventsFor(rows, head);
    // unnest() of one array per column: one statement and one round trip per batch.
    await client.query(
      `INSERT INTO "Ticket" (id, number, reference, "organisationId", "requesterAddress", "requesterName", subject, status, flags, types, language, "receivedAt", "updatedAt", jurisdiction, "dueAt", "dueDate")
       SELECT n, n, 'RD-' || n, 'bench', 'r' || n || '@example.com', 'Bench Requester', 'request', s, '[]', '["access"]', 'en', r, r, 'eu-gdpr', d, dd
       FROM unnest($1::int[], $2::text[], $3::timestamp[], $4::timestamp[], $5::text[]) AS t(n, s, r, d, dd)`,
      [
        rows.map((r) => r.number),
        rows.map((r) => r.status),
        rows.map((r) => r.receivedAt.slice(0, -1)),
        rows.map((r) => r.dueAt.slice(0, -1)),
        rows.map((r) => r.dueDate),
      ],
    );
    await client.query(
      `INSERT INTO "AuditEvent" (seq, at, actor, type, "ticketId", "ticketReference", payload, "prevHash", hash)
       SELECT * FROM unnest($1::int[], $2::timestamp[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])`,
      [
        chained.map((e) => e.seq),
        chained.map((e) => e.at.slice(0, -1)),
        chained.map((e) => e.actor),
        chained.map((e) => e.type),
        chained.map((e) => Number(e.ticketId?.slice(3))),
        chained.map((e) => e.ticketId),
        chained.map((e) => JSON.stringify(e.payload)),
        chained.map((e) => e.prevHash),
        chained.map((e) => e.hash),
      ],
    );
    const last = chained.at(-1);
    if (last) head = { seq: last.seq, hash: last.hash };
  }
  await client.query('ANALYZE');
  await client.end();
}

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
  let digest = await weekDigest(store, null, new Date(NOW));
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    digest = await weekDigest(store, null, new Date(NOW));
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
    await measure('SQLite', `file:${file}`, () => fillSqlite(file));
  }
  if (ONLY !== 'sqlite') {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('tickets_bench');
      await measure('PostgreSQL', url, () => fillPostgres(url));
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
