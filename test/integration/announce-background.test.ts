// A chat that is slow (Slack's rate limit is about one message a second per channel) must not hold intake
// back: new tickets are announced from a background queue after the batch commits, in order.
import { afterAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

describe('announcing new tickets', () => {
  let app: App;
  afterAll(() => app.close());

  it('happens after intake has stored the mail, without intake waiting for the chat', async () => {
    app = await createTestApp();
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const announced: string[] = [];
    app.tickets.notifiers.push({
      ticketOpened: async (view) => {
        await gate; // the chat answers only when the test lets it
        announced.push(view.reference);
      },
      ticketChanged: async () => {},
    });

    const results = await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 5 },
      app.intake,
    );
    const tickets = await app.database.db.ticket.findMany({ orderBy: { number: 'asc' } });
    expect(results.length).toBeGreaterThan(tickets.length);
    expect(tickets.length).toBeGreaterThan(5); // more than one batch
    expect(announced).toEqual([]); // intake finished while the chat still held the first one

    open();
    await app.tickets.announcementsIdle();
    expect(announced).toEqual(tickets.map((t) => t.reference));
  });
});
