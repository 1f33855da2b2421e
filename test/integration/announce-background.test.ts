// A chat that is slow (Slack's rate limit is about one message a second per channel) must not hold intake
// back, nor staff waiting for an answer: new tickets are announced, and changed tickets' channel messages
// edited, from a background queue, in order.
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

  it('edits channel messages after the staff member has been answered, in the order of the changes', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const edits: string[] = [];
    app.tickets.notifiers.splice(0, app.tickets.notifiers.length, {
      ticketOpened: async () => {},
      ticketChanged: async (view) => {
        await gate;
        edits.push(`${view.reference} v${view.version}`);
      },
    });
    const [first] = await app.database.db.ticket.findMany({ orderBy: { number: 'asc' }, take: 1 });
    const agent = { id: 'console:agent', role: 'agent' } as const;
    const noted = await app.tickets.execute(agent, {
      name: 'note',
      reference: first!.reference,
      text: 'called back',
    });
    const assigned = await app.tickets.execute(agent, {
      name: 'assign',
      reference: first!.reference,
      assignee: 'console:agent',
    });
    expect([noted.kind, assigned.kind]).toEqual(['changed', 'changed']);
    expect(edits).toEqual([]); // both answered while the chat still held the first edit

    open();
    await app.tickets.announcementsIdle();
    expect(edits).toEqual([
      `${first!.reference} v${first!.version + 1}`,
      `${first!.reference} v${first!.version + 2}`,
    ]);
  });
});
