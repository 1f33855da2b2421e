/**
 * Writes and reads the audit hash chain in the database. Appending takes the chain's head and inserts
 * the next events under a lock held to the end of the transaction, so concurrent writers queue up
 * instead of forking the chain: a PostgreSQL transaction-level advisory lock; on SQLite a write
 * transaction already excludes every other writer. `seq` is the primary key, so a fork could not even
 * be stored.
 */
import type { AuditDraft, AuditTrailReader } from '../../app/audit/audit-draft.js';
import { canonicalJson, type JsonValue } from '../../domain/audit/canonical-json.js';
import { appendToChain, type ChainedAuditEvent } from '../../domain/audit/hash-chain.js';
import BetterSqlite3 from 'better-sqlite3';
import { insertRows, type RawExecutor } from './bulk-insert.js';
import { type Db, type DbProvider, providerOf } from './database.js';

/** An interactive transaction's client. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Arbitrary but fixed: "RDAU" in ASCII. Every appender of this installation locks the same key. */
const CHAIN_LOCK_KEY = 0x52444155;

/** Appends `drafts` after the current head. Call it last in the transaction: the lock is held until commit. */
export async function appendAuditEvents(
  tx: Tx,
  provider: DbProvider,
  drafts: readonly AuditDraft[],
  /** Where the events go in: the driver's own connection of `tx` when there is one (driver-access.ts). */
  executor: RawExecutor = tx,
): Promise<void> {
  if (drafts.length === 0) return;
  if (provider === 'postgresql') {
    await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`);
  }
  const head = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  const chained = appendToChain(
    head,
    drafts.map((d) => ({
      actor: d.actor,
      at: d.at.toISOString(),
      type: d.type,
      ticketId: d.ticketReference,
      payload: d.payload,
    })),
  );
  // One multi-row statement: Prisma's createMany costs about 4 ms per 100 events here.
  await insertRows(
    executor,
    provider,
    'AuditEvent',
    chained.map((event, i) => ({
      seq: event.seq,
      at: new Date(event.at),
      actor: event.actor,
      type: event.type,
      ticketId: drafts[i]?.ticketId ?? null,
      ticketReference: event.ticketId,
      payload: canonicalJson(event.payload),
      prevHash: event.prevHash,
      hash: event.hash,
    })),
  );
}

interface AuditRow {
  seq: number;
  /** Epoch milliseconds (PostgreSQL) or the stored text (SQLite). */
  at: number | string;
  actor: string;
  type: string;
  ticketReference: string | null;
  payload: string;
  prevHash: string;
  hash: string;
}

const COLUMNS = '"seq", "actor", "type", "ticketReference", "payload", "prevHash", "hash"';

/**
 * Reads the chain in `seq` order, one page per query (keyset pagination: constant cost per page). It
 * talks to the driver directly on a connection of its own: Prisma's row mapping cost more than the
 * hashing (about 40,000 rows/s against the 100,000 events/s target).
 */
export function createAuditTrailReader(url: string): AuditTrailReader {
  return {
    async *events(pageSize = 20_000) {
      if (providerOf(url) === 'sqlite') {
        const db = new BetterSqlite3(url.slice('file:'.length), { readonly: true, fileMustExist: true });
        try {
          const page = db.prepare<[number, number], AuditRow>(
            `SELECT ${COLUMNS}, "at" FROM "AuditEvent" WHERE "seq" > ? ORDER BY "seq" LIMIT ?`,
          );
          for (let after = 0; ;) {
            const rows = page.all(after, pageSize);
            for (const row of rows) yield toChained(row);
            if (rows.length < pageSize) return;
            after = rows.at(-1)?.seq ?? after;
          }
        } finally {
          db.close();
        }
      }
      // Imported here: a SQLite installation never loads PostgreSQL's driver.
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // Epoch milliseconds: pg would read a `timestamp` column as local time.
        const sql = `SELECT ${COLUMNS}, (EXTRACT(EPOCH FROM "at") * 1000)::float8 AS "at" FROM "AuditEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`;
        let rows = (await client.query<AuditRow>(sql, [0, pageSize])).rows;
        while (rows.length > 0) {
          const last = rows.at(-1);
          // The next page is fetched while this one is hashed.
          const next =
            rows.length === pageSize && last ? client.query<AuditRow>(sql, [last.seq, pageSize]) : null;
          next?.catch(() => {});
          for (const row of rows) yield toChained(row);
          rows = next ? (await next).rows : [];
        }
      } finally {
        await client.end();
      }
    },
  };
}

function toChained(row: AuditRow): ChainedAuditEvent {
  let payload: JsonValue;
  try {
    payload = JSON.parse(row.payload) as JsonValue;
  } catch {
    // An edited row that is no longer JSON: hashed as a string, so the verifier reports the mismatch.
    payload = row.payload;
  }
  return {
    seq: Number(row.seq),
    // The hash covers the `toISOString()` form (UTC, milliseconds).
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    type: row.type,
    ticketId: row.ticketReference,
    payload,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
