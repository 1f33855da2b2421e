/**
 * The database side of the ticket export: one page of tickets by id (keyset paging, constant cost per
 * page however deep), with how each was verified, read from the verification record. Like the audit
 * reader it talks to the driver on a connection of its own: Prisma's row mapping ran at about 18,000
 * tickets/s, so a million-ticket export took about a minute in mapping alone.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { TicketExportFilter, TicketExportStore } from '../../app/fulfilment/export-tickets.js';
import { appendAuditEvents } from './audit-store.js';
import { type Database, providerOf } from './database.js';
import { Types } from './ticket-columns.js';

interface TicketRow {
  id: number;
  reference: string;
  organisationId: string;
  status: string;
  types: unknown;
  jurisdiction: string;
  /** Epoch milliseconds (PostgreSQL) or the stored text (SQLite). */
  receivedAt: number | string;
  dueDate: string | null;
  closedAt: number | string | null;
  rejectionReason: string | null;
  extended: boolean | number;
  verified: boolean | number;
  requesterName: string;
  requesterAddress: string;
}

/** A query with `?` placeholders, numbered `$1…` for PostgreSQL. */
type Query = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

export interface TicketExportSource extends TicketExportStore {
  close(): Promise<void>;
}

export async function openTicketExportStore(database: Database, url: string): Promise<TicketExportSource> {
  const sqlite = providerOf(url) === 'sqlite';
  // Epoch milliseconds: pg would read a `timestamp` column as local time.
  const at = (column: string) =>
    sqlite ? `"${column}"` : `(EXTRACT(EPOCH FROM "${column}") * 1000)::float8 AS "${column}"`;
  let query: Query;
  let close: () => Promise<void>;
  if (sqlite) {
    const db = new BetterSqlite3(url.slice('file:'.length), { readonly: true, fileMustExist: true });
    query = async (sql, params) => db.prepare(sql).all(...params) as Record<string, unknown>[];
    close = async () => {
      db.close();
    };
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    query = async (sql, params) => {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          [...params],
        )
      ).rows;
    };
    close = () => client.end();
  }
  const select = `SELECT "id", "reference", "organisationId", "status", "types", "jurisdiction", ${at('receivedAt')},
    "dueDate", ${at('closedAt')}, "rejectionReason", "extended", "verifiedAt" IS NOT NULL AS "verified",
    "requesterName", "requesterAddress" FROM "Ticket"`;

  return {
    async page(filter, afterId, limit) {
      const { where, params } = conditions(filter, afterId, sqlite);
      const tickets = (await query(`${select} WHERE ${where} ORDER BY "id" LIMIT ?`, [
        ...params,
        limit,
      ])) as unknown as TicketRow[];
      const verifiedIds = tickets.filter((t) => Boolean(t.verified)).map((t) => t.id);
      const methods =
        verifiedIds.length === 0
          ? []
          : await query(
              `SELECT "ticketId", "method" FROM "VerificationEvent" WHERE "outcome" = 'verified' AND "ticketId" IN (${verifiedIds.map(() => '?').join(',')}) ORDER BY "at", "id"`,
              verifiedIds,
            );
      // The latest verifying event wins: a later decision replaced an earlier one.
      const methodOf = new Map(methods.map((m) => [Number(m.ticketId), m.method as string | null]));
      return tickets.map((t) => ({
        id: Number(t.id),
        reference: t.reference,
        organisationId: t.organisationId,
        status: t.status,
        types: Types.parse(typeof t.types === 'string' ? JSON.parse(t.types) : t.types),
        jurisdiction: t.jurisdiction,
        receivedAt: new Date(t.receivedAt),
        dueDate: t.dueDate,
        closedAt: t.closedAt === null ? null : new Date(t.closedAt),
        rejectionReason: t.rejectionReason,
        extended: Boolean(t.extended),
        verifiedBy: t.verified ? (methodOf.get(Number(t.id)) ?? 'not recorded') : null,
        requesterName: t.requesterName,
        requesterAddress: t.requesterAddress,
      }));
    },
    async audit(event) {
      await database.db.$transaction(async (tx) => appendAuditEvents(tx, database.provider, [event]));
    },
    close,
  };
}

/**
 * SQLite holds Prisma's DateTime as text in the form `2026-03-02T09:14:02.000+00:00`, so a bound
 * must be written the same way to compare as text; PostgreSQL reads the ISO form into a `timestamp`.
 */
function conditions(filter: TicketExportFilter, afterId: number, sqlite: boolean) {
  const where = ['"id" > ?'];
  const params: unknown[] = [afterId];
  const stamp = (d: Date) => (sqlite ? d.toISOString().replace('Z', '+00:00') : d.toISOString());
  if (filter.organisationId) {
    where.push('"organisationId" = ?');
    params.push(filter.organisationId);
  }
  if (filter.receivedFrom) {
    where.push('"receivedAt" >= ?');
    params.push(stamp(filter.receivedFrom));
  }
  if (filter.receivedBefore) {
    where.push('"receivedAt" < ?');
    params.push(stamp(filter.receivedBefore));
  }
  return { where: where.join(' AND '), params };
}
