// `rightsdesk status` reads the health of an installation from its database, on both engines: mailboxes
// (exit 1 when one keeps failing), tickets, the quarantine, the outbox, and chat messages left behind.
import { afterEach, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { createMailboxStateStore } from '../../src/adapters/db/mailbox-state.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { statusCommand } from '../../src/cli/commands/status.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

describe.each(engines('rd_status'))('rightsdesk status on %s', (_engine, databaseUrl) => {
  let app: (App & { stateDir: string }) | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('reports mailboxes, tickets, quarantine, outbox and chat messages behind, and exits 1 on a failing mailbox', async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 5 },
      app.intake,
    );
    const db = app.database.db;
    const [ticket] = await db.ticket.findMany({ orderBy: { number: 'asc' }, take: 1 });
    await db.ticket.update({ where: { id: ticket!.id }, data: { version: 3 } });
    await db.chatTicketMessage.create({
      data: {
        transport: 'slack',
        reference: ticket!.reference,
        channel: 'C0123ABCD',
        messageId: '1.2',
        version: 1,
      },
    });
    const run = () => runCli(statusCommand, [], cliEnv(app!.stateDir, url));

    const healthy = await run();
    expect(healthy.code).toBe(0);
    const opened = await db.ticket.groupBy({ by: ['organisationId'], _count: { _all: true } });
    for (const o of opened)
      expect(healthy.out).toContain(`tickets ${o.organisationId} received: ${o._count._all}`);
    // The sample requests fell due in April 2026: every open one is overdue now.
    const overdue = await db.ticket.count({
      where: {
        organisationId: 'importly',
        status: { notIn: ['fulfilled', 'rejected', 'withdrawn'] },
        dueAt: { not: null },
      },
    });
    expect(overdue).toBeGreaterThan(0);
    expect(healthy.out).toContain(`deadlines importly: ${overdue} overdue, 0 due within 5 business days`);
    const quarantined = await db.quarantinedMessage.count({ where: { resolvedAt: null } });
    expect(quarantined).toBeGreaterThan(0);
    expect(healthy.out).toContain(`quarantine: ${quarantined} message(s) waiting`);
    const queued = await db.outboundEmail.count({ where: { status: 'queued' } });
    expect(healthy.out).toContain(`outbox: ${queued} queued, 0 sent, 0 capped, 0 failed`);
    expect(healthy.out).toContain('chat slack: 1 channel message(s) behind their ticket');

    const [mailbox] = await db.mailbox.findMany({ orderBy: { id: 'asc' }, take: 1 });
    await db.mailbox.update({
      where: { id: mailbox!.id },
      data: { consecutiveFailures: 3, lastError: 'connection timed out' },
    });
    const failing = await run();
    expect(failing.code).toBe(1);
    expect(failing.out).toContain(`${mailbox!.id}`);
    expect(failing.out).toContain('FAILING (3 in a row: connection timed out)');
  });
  it('shows how far a long catch-up has come while a run process reads the mailbox, and nothing once it ends', async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    const state = createMailboxStateStore(app.database.db);
    await state.recordProgress('zmapi-privacy', {
      of: 50_000,
      done: 12_500,
      startedAt: new Date('2026-12-07T09:00:00Z'),
      at: new Date('2026-12-07T09:00:25Z'),
    });
    const run = () => runCli(statusCommand, [], cliEnv(app!.stateDir, url));
    expect((await run()).out).toContain(
      'catching up: 12,500 of 50,000 (25%), 500 msg/s, about 1 min left (as of 2026-12-07T09:00:25.000Z)',
    );
    await state.recordHealthyPass('zmapi-privacy');
    expect((await run()).out).not.toContain('catching up');
  });
});
