// A ticket's changes run in interactive transactions, on one database connection each. node-postgres
// warns (and its 9.0 will refuse) when a second query reaches a connection still busy with the first,
// which is what Prisma's query interpreter did when one read included several of a ticket's relations at
// once. Intake and a ticket's whole life at the desk, on both engines, must emit no such warning; Node
// emits a deprecation once per process, so the listener is in place before the first query.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines } from '../support/engines.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const warnings: Error[] = [];
process.on('warning', (warning) => warnings.push(warning));
const concurrentQueries = () => warnings.filter((w) => /already executing a query/.test(w.message));

const admin: DeskActor = { id: 'console:ada', role: 'admin' };

describe.each(engines('serial_queries'))(
  'one query at a time on a connection (%s)',
  (_engine, databaseUrl) => {
    let app: App;
    const desk = async (line: string) => {
      const parsed = parseDeskCommand(line);
      if (!parsed.ok) throw new Error(`not a desk command: ${line}`);
      return app.tickets.execute(admin, parsed.command);
    };

    beforeAll(async () => {
      const url = await databaseUrl();
      app = await createTestApp({
        ...(url ? { databaseUrl: url } : {}),
        // The sample inbox's March requests, within their first month: an extension is still lawful.
        deskNow: () => new Date('2026-03-30T12:00:00Z'),
      });
    });
    afterAll(() => app?.close());

    it("takes in the sample inbox and carries every ticket through the desk's changes without a query queued on a busy connection", async () => {
      // d019 asks for an objection and an opt-out of sale: two tickets on two clocks, linked both ways.
      for (const inbox of [sampleInbox, join(corpusDir, 'd019.eml')])
        await ingestFiles(
          { files: listEmlFiles([inbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
          app.intake,
        );
      const tickets = await app.database.db.ticket.findMany({ orderBy: { reference: 'asc' } });
      expect(tickets.length).toBeGreaterThanOrEqual(5);
      // The read of a ticket follows its links both ways.
      expect(await app.database.db.ticketLink.count()).toBeGreaterThan(0);
      const changed: string[] = [];
      for (const { reference } of tickets) {
        for (const line of [
          `note ${reference} called back`,
          `verify ${reference} confirm account_email_match matched the account`,
          `extend ${reference} the systems are many`,
          `approve ${reference}`,
          `task ${reference}`,
          `fulfil ${reference} answered`,
          `show ${reference}`,
        ]) {
          const reply = await desk(line);
          if (reply.kind === 'changed') changed.push(line.split(' ')[0]!);
        }
      }
      await app.tickets.announcementsIdle();
      // The warning is emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(changed).toEqual(expect.arrayContaining(['note', 'verify', 'extend', 'approve', 'fulfil']));
      expect(concurrentQueries().map((w) => w.message)).toEqual([]);
    });
  },
);
