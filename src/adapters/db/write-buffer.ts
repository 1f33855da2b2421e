/**
 * Collects one transaction's inserts and writes each table's rows with one multi-row statement when
 * the transaction flushes (bulk-insert.ts), instead of one statement per row (Prisma costs about a
 * third of a millisecond per statement, which was most of intake's time). Rows that others point at
 * get their ids up front from an id allocator, so the caller can go on at once; updates run after the
 * inserts, in order.
 * The owner flushes before every read that could need a buffered row, and before the commit.
 */
import type { Prisma } from '../../../generated/sqlite/client.js';
import type { Tx } from './audit-store.js';
import { insertRows, type RawExecutor } from './bulk-insert.js';
import type { DbProvider } from './database.js';

/** The tables whose ids are handed out before their rows are written. */
export type AllocatedTable = 'Ticket' | 'RawMessage' | 'TicketMessage';

/**
 * PostgreSQL hands out ids in blocks from the table's own sequence (nextval is never rolled back, so
 * two transactions never get the same id, and the sequence stays ahead of every row); a block not
 * used up leaves a gap, as any rolled-back insert does.
 */
const PG_BLOCK = 64;

export interface IdAllocator {
  next(table: AllocatedTable): Promise<number>;
}

export function createIdAllocator(tx: Tx, provider: DbProvider): IdAllocator {
  const free = new Map<AllocatedTable, number[]>();
  // SQLite: one writer at a time, so the next id is one past the highest ever used. AUTOINCREMENT
  // keeps that in sqlite_sequence (also past deleted rows, whose ids are never reused), and an insert
  // with an explicit id moves it on.
  const sqliteNext = new Map<AllocatedTable, number>();
  return {
    async next(table) {
      if (provider === 'sqlite') {
        let id = sqliteNext.get(table);
        if (id === undefined) {
          const [row] = await tx.$queryRawUnsafe<{ top: number | bigint | null }[]>(
            `SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = ?), 0),
                        COALESCE((SELECT MAX("id") FROM "${table}"), 0)) AS "top"`,
            table,
          );
          id = Number(row?.top ?? 0) + 1;
        }
        sqliteNext.set(table, id + 1);
        return id;
      }
      let block = free.get(table);
      if (!block || block.length === 0) {
        const rows = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
          `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id')) AS "id" FROM generate_series(1, ${PG_BLOCK})`,
        );
        block = rows.map((r) => Number(r.id)).sort((a, b) => a - b);
        free.set(table, block);
      }
      return block.shift()!;
    },
  };
}

/** Written in this order (see flush): every table after those it refers to. */
interface PendingRows {
  ticket: Prisma.TicketCreateManyInput[];
  rawMessage: Prisma.RawMessageCreateManyInput[];
  ticketMessage: Prisma.TicketMessageCreateManyInput[];
  attachment: Prisma.AttachmentCreateManyInput[];
  classification: Prisma.ClassificationCreateManyInput[];
  ticketLink: Prisma.TicketLinkCreateManyInput[];
  outboundEmail: Prisma.OutboundEmailCreateManyInput[];
}

export class WriteBuffer {
  private rows: PendingRows = WriteBuffer.empty();
  private updates: ((tx: Tx) => Promise<unknown>)[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly provider: DbProvider,
    /** Where the inserts go: the driver's own connection in the same transaction when there is one. */
    private readonly executor: RawExecutor = tx,
  ) {}

  private static empty(): PendingRows {
    return {
      ticket: [],
      rawMessage: [],
      ticketMessage: [],
      attachment: [],
      classification: [],
      ticketLink: [],
      outboundEmail: [],
    };
  }

  insert<K extends keyof PendingRows>(table: K, row: PendingRows[K][number]): void {
    (this.rows[table] as PendingRows[K][number][]).push(row);
  }

  /** Runs after every buffered insert, in the order given. */
  update(write: (tx: Tx) => Promise<unknown>): void {
    this.updates.push(write);
  }

  async flush(): Promise<void> {
    const { rows, updates, tx, provider, executor } = this;
    this.rows = WriteBuffer.empty();
    this.updates = [];
    // Prisma fills these itself on create; a raw insert must too, in Prisma's own format.
    const now = new Date();
    const stamped = {
      Ticket: rows.ticket.map((r) => ({ createdAt: now, updatedAt: now, ...r })),
      RawMessage: rows.rawMessage.map((r) => ({ ingestedAt: now, ...r })),
      TicketMessage: rows.ticketMessage,
      Attachment: rows.attachment,
      Classification: rows.classification.map((r) => ({ createdAt: now, ...r })),
      TicketLink: rows.ticketLink,
      OutboundEmail: rows.outboundEmail,
    };
    for (const [table, pending] of Object.entries(stamped))
      if (pending.length > 0) await insertRows(executor, provider, table, pending);
    for (const write of updates) await write(tx);
  }
}
