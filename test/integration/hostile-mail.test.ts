// Hostile mail found by the fault harness (issue #14): each minimal input must end as a stored
// message or a quarantined one, never stop intake of the mailbox, on both engines.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { manyReplies, poisons, request } from '../fixtures/hostile/poison.js';
import { countTransactions, refuseMessage, throwOnClassify } from '../fixtures/hostile/refusing-store.js';
import { engines as enginesFor } from '../support/engines.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const engines = enginesFor('hostile');
const hostile = join(repoRoot, 'test/fixtures/hostile');
const privacy = 'privacy@importly.example';

/** Writes the messages as numbered .eml files into a new folder and returns them in order. */
function folderOf(messages: readonly Buffer[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-hostile-'));
  messages.forEach((raw, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}.eml`), raw));
  return listEmlFiles([dir]);
}

describe.each(engines)('hostile mail through the folder source (%s)', (_engine, databaseUrl) => {
  let app: App;
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
  });
  afterAll(() => app.close());
  const ingest = (files: readonly string[], batchSize = 40) =>
    ingestFiles({ files, read: readEml, route: app.routeByRecipient, batchSize }, app.intake);

  it('a Date header with a three- or five-digit year opens a flagged ticket received at the file time', async () => {
    const files = ['year-202.eml', 'year-10000.eml'].map((f) => join(hostile, f));
    const fileTime = new Date('2026-03-02T09:00:00Z');
    for (const file of files) utimesSync(file, fileTime, fileTime);
    const results = await ingest(files);
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'ticket']);
    const tickets = await app.database.db.ticket.findMany({
      where: {
        reference: { in: results.map((r) => (r.outcome.kind === 'ticket' ? r.outcome.ticketReference : '')) },
      },
    });
    for (const ticket of tickets) {
      expect(ticket.flags).toContain('unusable_date_header');
      expect(ticket.receivedAt.toISOString()).toBe(fileTime.toISOString());
    }
  });

  it('a Date header of 2099 (a broken clock) or an hour ahead: received at the file time, 2099 flagged', async () => {
    const fileTime = new Date('2026-03-02T09:00:00Z');
    const dated = (id: string, date: string) =>
      request(privacy, `<${id}@example.org>`).toString().replace('Sat, 17 Jan 2026 10:00:00 +0000', date);
    const files = folderOf([
      Buffer.from(dated('date-2099', 'Mon, 02 Mar 2099 09:00:00 +0000')),
      Buffer.from(dated('date-hour-ahead', 'Mon, 02 Mar 2026 10:00:00 +0000')),
    ]);
    for (const file of files) utimesSync(file, fileTime, fileTime);
    const results = await ingest(files);
    const references = results.map((r) => (r.outcome.kind === 'ticket' ? r.outcome.ticketReference : ''));
    const tickets = await Promise.all(
      references.map((reference) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } })),
    );
    expect(tickets.map((t) => t.receivedAt.toISOString())).toEqual([
      fileTime.toISOString(),
      fileTime.toISOString(),
    ]);
    expect(tickets.map((t) => (t.flags as string[]).includes('unusable_date_header'))).toEqual([true, false]);
  });

  it('a NUL byte in a decoded body and 1,100 References still open tickets', async () => {
    const files = ['nul-byte.eml', 'many-references.eml'].map((f) => join(hostile, f));
    const results = await ingest(files);
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'ticket']);
  });

  it('25 messages with 45 References each, over a thousand Message-IDs in one batch, all open tickets', async () => {
    const transactions = countTransactions(app);
    try {
      const results = await ingest(folderOf(manyReplies(privacy, 25, 45)), 25);
      expect(results.map((r) => r.outcome.kind)).toEqual(Array(25).fill('ticket'));
      // In one transaction: the batch itself fit, it was not rescued message by message.
      expect(transactions.count()).toBe(1);
    } finally {
      transactions.restore();
    }
  });

  it('a second delivery of a 3,000-character Message-ID is recognised as a duplicate', async () => {
    const id = `<${'d'.repeat(2_986)}@example.org>`;
    const results = await ingest(folderOf([request(privacy, id), request(privacy, id, 'X-Copy: 2\r\n')]));
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'duplicate']);
    const stored = await app.database.db.rawMessage.findMany({ where: { messageId: id } });
    expect(stored).toHaveLength(2);
  });

  it('every poison between two ordinary mails in one batch: the ordinary mail all becomes tickets', async () => {
    const list = poisons(privacy);
    const messages = [
      request(privacy, '<ordinary-first@example.org>'),
      ...list.flatMap((p, i) => [p.raw, request(privacy, `<ordinary-${i}@example.org>`)]),
    ];
    const results = await ingest(folderOf(messages), messages.length);
    const kinds = results.map((r) => r.outcome.kind);
    expect(kinds.filter((_, i) => i % 2 === 0)).toEqual(Array(list.length + 1).fill('ticket'));
    // Stored (a new ticket, or a duplicate of a fixture an earlier test ingested), or set aside for a person.
    const fates = Object.fromEntries(
      list.map((p, i) => [p.name, kinds[2 * i + 1] === 'quarantined' ? 'quarantined' : 'stored']),
    );
    expect(fates).toEqual({
      ...Object.fromEntries(list.map((p) => [p.name, 'stored'])),
      // RFC 5321 caps a path at 256 octets: nobody can be answered there, so a person looks at it.
      'a 5,000-character From address': 'quarantined',
    });
    expect(kinds.filter((k) => k !== 'quarantined' && k !== 'ticket' && k !== 'duplicate')).toEqual([]);
  });

  it('a message the classifier throws on is quarantined with the step and error, and its batch is stored', async () => {
    const restore = throwOnClassify(app, 'classifier-defect');
    try {
      const poisoned = request(privacy, '<classifier-defect@example.org>')
        .toString()
        .replace('Subject: Access request', 'Subject: classifier-defect');
      const results = await ingest(
        folderOf([
          request(privacy, '<before-defect@example.org>'),
          Buffer.from(poisoned),
          request(privacy, '<after-defect@example.org>'),
        ]),
      );
      expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'quarantined', 'ticket']);
      expect(results[1]?.outcome).toMatchObject({ error: 'classify: Invalid array length' });
    } finally {
      restore();
    }
  });

  it('a message the router throws on is quarantined with the step and error, and its batch is stored', async () => {
    const poisoned = request(privacy, '<router-defect@example.org>')
      .toString()
      .replace('Subject: Access request', 'Subject: router-defect');
    const route: typeof app.routeByRecipient = (email) => {
      if (email.subject === 'router-defect') throw new TypeError('Invalid URL');
      return app.routeByRecipient(email);
    };
    const files = folderOf([
      request(privacy, '<before-router-defect@example.org>'),
      Buffer.from(poisoned),
      request(privacy, '<after-router-defect@example.org>'),
    ]);
    const results = await ingestFiles({ files, read: readEml, route, batchSize: 40 }, app.intake);
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'quarantined', 'ticket']);
    expect(results[1]?.outcome).toMatchObject({ error: 'route: Invalid URL' });
  });

  it('a message the database refuses is quarantined with the step and error, and its batch is stored', async () => {
    const refused = '<refused-by-the-database@example.org>';
    const restore = refuseMessage(app, refused);
    try {
      const files = folderOf([
        request(privacy, '<before-refused@example.org>'),
        request(privacy, refused),
        request(privacy, '<after-refused@example.org>'),
      ]);
      const results = await ingest(files);
      expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'quarantined', 'ticket']);
      const entry = await app.database.db.quarantinedMessage.findFirstOrThrow({
        where: { sourceName: '001.eml' },
        orderBy: { id: 'desc' },
      });
      expect(entry.error).toMatch(/^store: .*invalid byte sequence/);
      expect(Buffer.from(entry.raw).toString()).toContain(refused);
    } finally {
      restore();
    }
  });
});

describe('the per-message time budget', () => {
  it('quarantines a message whose parsing took longer than INTAKE_MESSAGE_BUDGET_MS, naming the step', async () => {
    // A 1 ms budget: converting 1.65 MB of nested HTML cannot fit in it on any machine.
    const app = await createTestApp({ env: { INTAKE_MESSAGE_BUDGET_MS: '1' } });
    try {
      const divs = poisons(privacy).find((p) => p.name === '150,000 nested <div>s')!;
      const [result] = await ingestFiles(
        { files: folderOf([divs.raw]), read: readEml, route: app.routeByRecipient, batchSize: 1 },
        app.intake,
      );
      expect(result?.outcome).toMatchObject({
        kind: 'quarantined',
        error: expect.stringMatching(/^parse: took \d+ ms, over the per-message budget of 1 ms$/) as unknown,
      });
      expect(await app.database.db.quarantinedMessage.count()).toBe(1);
    } finally {
      await app.close();
    }
  });
});
