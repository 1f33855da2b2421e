/**
 * Bulk-fills a benchmark database with N tickets (three years of requests; older than 60 days closed)
 * and two audit events each (ingest, classification; a valid hash chain), straight through the drivers.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { appendToChain, type AuditEvent, type ChainHead } from '../../src/domain/audit/hash-chain.js';

const BATCH = 5_000;
const DAY = 86_400_000;
/** The benchmarks' "now": every ticket was received within the three years before it. */
export const NOW = Date.UTC(2026, 10, 1, 12);

interface Row {
  readonly number: number;
  readonly status: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly dueDate: string;
}

/** Three years of requests; those older than 60 days are closed, the rest open and due 30 days after receipt. */
function ticketRow(i: number, tickets: number): Row {
  const received = NOW - Math.floor(((i * 7919) % tickets) * ((3 * 365 * DAY) / tickets));
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

/** Fills the SQLite file with `tickets` tickets and their events (the schema must exist). */
export async function fillSqlite(file: string, tickets: number): Promise<void> {
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
  for (let start = 0; start < tickets; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, tickets - start) }, (_, k) =>
      ticketRow(start + k, tickets),
    );
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

/** Fills the PostgreSQL database with `tickets` tickets and their events (the schema must exist). */
export async function fillPostgres(url: string, tickets: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO "Organisation" (id, name, "configHash", "updatedAt") VALUES ('bench', 'Bench', '-', now())`,
  );
  let head: ChainHead | null = null;
  for (let start = 0; start < tickets; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, tickets - start) }, (_, k) =>
      ticketRow(start + k, tickets),
    );
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
