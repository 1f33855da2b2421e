// Two Rightsdesk processes on one PostgreSQL database ingesting the same mail at the same moment: each
// batch reads, then writes with ids and ticket numbers it chose, so the later commit hits a unique key,
// is retried as a whole and finds the mail already stored. Nothing is stored twice and nothing fails.
import { afterAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const postgres = engines('race').find(([name]) => name === 'PostgreSQL')![1];

describe('two intake processes on one PostgreSQL database', () => {
  const apps: App[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('store each message and open each ticket once, retrying the batch that lost', async () => {
    const url = (await postgres())!;
    apps.push(await createTestApp({ databaseUrl: url }), await createTestApp({ databaseUrl: url }));
    const ingest = (app: App) =>
      ingestFiles(
        { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 50 },
        app.intake,
      );
    const [first, second] = await Promise.all(apps.map(ingest));

    const files = listEmlFiles([sampleInbox]).length;
    expect(first).toHaveLength(files);
    expect(second).toHaveLength(files);
    const { db } = apps[0]!.database;
    // One of the two stored the batch; the other's retry found every file already there.
    const outcomes = [...first!, ...second!].map((r) => r.outcome.kind);
    expect(outcomes.filter((k) => k === 'skipped')).toHaveLength(files);
    const stored = outcomes.filter((k) => k !== 'skipped' && k !== 'quarantined').length;
    expect(await db.rawMessage.count()).toBe(stored);
    const tickets = await db.ticket.findMany({ select: { reference: true } });
    expect(new Set(tickets.map((t) => t.reference)).size).toBe(tickets.length);
    expect(tickets.length).toBeGreaterThan(0);
  });
});
