// Intake writes its rows with multi-row raw INSERTs (bulk-insert.ts) and everything else reads them
// with Prisma: the stored bytes must be exactly those Prisma's own create would have stored, on both
// engines, for every kind of value (DateTime, Json, Boolean, Float, Bytes, BigInt, null), whether the
// statements go through Prisma's raw-query door or straight to the driver's connection of the same
// transaction (driver-access.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/adapters/db/audit-store.js';
import { insertRows, type RawExecutor } from '../../src/adapters/db/bulk-insert.js';
import { type Database, isUniqueViolation, openDatabase } from '../../src/adapters/db/database.js';
import { DriverTransactionClosed, withDriverConnection } from '../../src/adapters/db/driver-access.js';
import { engines } from '../support/engines.js';

const at = new Date('2026-03-02T09:14:02.123Z');

function ticket(number: number) {
  return {
    id: number,
    number,
    reference: `RD-${number}`,
    organisationId: 'org',
    requesterAddress: 'jane@example.com',
    requesterName: 'Jane "J" O\'Roe',
    subject: 'Löschung; DROP TABLE "Ticket"; --',
    flags: ['authorised_agent'],
    types: ['erasure', 'access'],
    language: 'de',
    needsTriage: true,
    receivedAt: at,
    createdAt: at,
    updatedAt: at,
    dueAt: new Date('2026-04-02T23:59:59.999Z'),
    dueDate: '2026-04-02',
    verifiedAt: null,
  };
}

function rawMessage(id: number, ticketId: number) {
  return {
    id,
    organisationId: 'org',
    mailboxId: 'org-inbox',
    uidValidity: '1700000000',
    uid: 4_294_967_200n + BigInt(id),
    sourceName: null,
    messageId: `<m${id}@example.com>`,
    messageIdSynthetic: false,
    canonicalMessageId: `<m${id}@example.com>`,
    contentHash: 'ab'.repeat(32),
    size: 5,
    raw: new Uint8Array([0, 255, 10, 13, 65]),
    headerBlock: 'Subject: x',
    status: 'ticket',
    automaticKind: null,
    automaticReason: null,
    duplicateOfId: null,
    ticketId,
    receivedAt: at,
    ingestedAt: at,
  };
}

const classification = (ticketId: number) => ({
  ticketId,
  source: 'classifier',
  actor: 'classifier',
  types: ['erasure'],
  language: 'de',
  confidence: 0.8125,
  reasons: ['erasure: "löschen"'],
  createdAt: at,
});

/** Runs `work` in one transaction with the writer under test. */
type Writing = <T>(db: Database['db'], work: (writer: RawExecutor) => Promise<T>) => Promise<T>;
const writers: [string, Writing][] = [
  ["Prisma's raw-query door", (db, work) => db.$transaction((tx: Tx) => work(tx))],
  [
    "the driver's own connection",
    (db, work) =>
      withDriverConnection((driver) =>
        db.$transaction(async () => {
          const writer = driver();
          if (!writer) throw new Error('the transaction offered no driver connection');
          return work(writer);
        }),
      ),
  ],
];
const cases = engines('bulk').flatMap(([engine, url]) =>
  writers.map(([writer, writing]) => [engine, writer, url, writing] as const),
);

describe.each(cases)('bulk insert on %s through %s', (_name, _writer, databaseUrl, writing) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('stores every value exactly as Prisma create does, and Prisma reads it back the same', async () => {
    const url = (await databaseUrl()) ?? `file:${join(mkdtempSync(join(tmpdir(), 'rd-bulk-')), 'db.sqlite')}`;
    database = await openDatabase(url);
    const { db, provider } = database;
    await db.organisation.create({ data: { id: 'org', name: 'Org', configHash: 'h' } });
    await db.mailbox.create({
      data: { id: 'org-inbox', organisationId: 'org', address: 'privacy@org.example', source: 'imap' },
    });

    await db.ticket.create({ data: ticket(1) });
    await db.rawMessage.create({ data: rawMessage(1, 1) });
    await db.classification.create({ data: { id: 1, ...classification(1) } });
    await writing(db, async (writer) => {
      await insertRows(writer, provider, 'Ticket', [ticket(2), ticket(3)]);
      await insertRows(writer, provider, 'RawMessage', [rawMessage(2, 2)]);
      await insertRows(writer, provider, 'Classification', [{ id: 2, ...classification(2) }]);
    });

    for (const table of ['Ticket', 'RawMessage', 'Classification'] as const) {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT * FROM "${table}" WHERE "id" IN (1, 2) ORDER BY "id"`,
      );
      const [byPrisma, byBulk] = rows.map(
        ({
          id: _id,
          number: _n,
          reference: _r,
          uid: _u,
          messageId: _m,
          canonicalMessageId: _c,
          ticketId: _t,
          ...rest
        }) => rest,
      );
      expect(byBulk, table).toEqual(byPrisma);
    }
    const read = await db.ticket.findMany({ orderBy: { id: 'asc' }, include: { rawMessages: true } });
    expect(read).toHaveLength(3);
    const [viaPrisma, viaBulk] = read.map(({ id: _id, number: _n, reference: _r, rawMessages, ...rest }) => ({
      ...rest,
      rawMessages: rawMessages.map(
        ({ id: _i, ticketId: _t, uid: _u, messageId: _m, canonicalMessageId: _c, ...r }) => r,
      ),
    }));
    expect(viaBulk).toEqual(viaPrisma);
    expect(viaBulk!.subject).toBe('Löschung; DROP TABLE "Ticket"; --');
    expect(read[1]!.rawMessages[0]!.uid).toBe(4_294_967_202n);
    expect([...viaBulk!.rawMessages[0]!.raw!]).toEqual([0, 255, 10, 13, 65]);
  });

  it('reports a duplicate key as a unique violation, as intake retries on', async () => {
    const url = (await databaseUrl()) ?? `file:${join(mkdtempSync(join(tmpdir(), 'rd-bulk-')), 'db.sqlite')}`;
    database = await openDatabase(url);
    const { db, provider } = database;
    await db.organisation.create({ data: { id: 'org', name: 'Org', configHash: 'h' } });
    await db.ticket.create({ data: ticket(1) });
    const error = await writing(db, (writer) => insertRows(writer, provider, 'Ticket', [ticket(1)])).catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('disk I/O error'))).toBe(false);
    expect(await db.ticket.count()).toBe(1);
  });
});

describe.each(engines('bulkdriver'))(
  "the driver's connection of a transaction on %s",
  (_name, databaseUrl) => {
    let database: Database | undefined;
    afterEach(async () => {
      await database?.close();
      database = undefined;
    });

    it('writes nothing once the transaction has ended, rather than outside it', async () => {
      const url =
        (await databaseUrl()) ?? `file:${join(mkdtempSync(join(tmpdir(), 'rd-bulk-')), 'db.sqlite')}`;
      database = await openDatabase(url);
      const { db, provider } = database;
      await db.organisation.create({ data: { id: 'org', name: 'Org', configHash: 'h' } });
      const kept = await writers[1]![1](db, async (writer) => writer);
      const error = await insertRows(kept, provider, 'Ticket', [ticket(1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DriverTransactionClosed);
      expect(await db.ticket.count()).toBe(0);
    });
  },
);
