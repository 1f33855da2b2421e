// `rightsdesk remind` as cron runs it, on both engines: open tickets past their due date are named as
// overdue once a day, a ticket falling due within the organisation's business-day horizon is named
// once for its due date, closed tickets never; a second pass the same day says nothing new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { remindCommand } from '../../src/cli/commands/remind.js';
import { ticketsCommand } from '../../src/cli/commands/tickets.js';
import type { App } from '../../src/composition-root.js';
import { OPEN_STATUSES } from '../../src/domain/tickets/vocabulary.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

describe.each(engines('rd_remind'))('staff reminders on %s', (_engine, databaseUrl) => {
  let app: App & { stateDir: string };
  let env: Record<string, string>;
  const remind = () => runCli(remindCommand, [], env);

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    env = cliEnv(app.stateDir, url);
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
  });
  afterAll(() => app.close());

  it('names overdue and due-soon tickets by reference once, and closed ones never', async () => {
    const db = app.database.db;
    // The sample requests fell due in April 2026; one is moved to tomorrow, one is closed.
    const tomorrow = new Date(Date.now() + 86_400_000);
    await db.ticket.update({
      where: { reference: 'RD-1002' },
      data: { dueAt: tomorrow, dueDate: tomorrow.toISOString().slice(0, 10) },
    });
    await db.ticket.update({ where: { reference: 'RD-1003' }, data: { status: 'withdrawn' } });
    const overdue = await db.ticket.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: new Date() } },
      select: { reference: true, organisationId: true },
    });
    expect(overdue.length).toBeGreaterThan(1);

    const first = await remind();
    expect(first.code).toBe(0);
    for (const t of overdue)
      expect(first.out).toMatch(new RegExp(`${t.organisationId}: Overdue: .*${t.reference} `));
    expect(first.out).toMatch(/: Due soon: RD-1002 \(due \d{4}-\d{2}-\d{2}\)/);
    expect(first.out).not.toContain('RD-1003');
    expect(first.out).not.toMatch(/@/);
    expect(await db.ticketReminder.count()).toBe(overdue.length + 1);

    const again = await remind();
    expect(again.out).toBe('no reminders due\n');
    expect(await db.ticketReminder.count()).toBe(overdue.length + 1);
  });

  it('reminds again before a due date that moved, as after an extension', async () => {
    const later = new Date(Date.now() + 2 * 86_400_000);
    await app.database.db.ticket.update({
      where: { reference: 'RD-1002' },
      data: { dueAt: later, dueDate: later.toISOString().slice(0, 10) },
    });
    const moved = await remind();
    expect(moved.out).toMatch(/: Due soon: RD-1002 /);
    expect(moved.out).not.toContain('Overdue');
  });

  it('marks overdue and due-soon tickets in the tickets list, and others not', async () => {
    const list = await runCli(ticketsCommand, ['list'], env);
    expect(list.code).toBe(0);
    const lineOf = (reference: string) => list.out.split('\n').find((l) => l.startsWith(`${reference} `));
    expect(lineOf('RD-1002')).toMatch(/ due \d{4}-\d{2}-\d{2} DUE SOON /);
    const overdue = list.out.split('\n').filter((l) => / OVERDUE /.test(l));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.some((l) => l.startsWith('RD-1002 '))).toBe(false);
    await app.database.db.ticket.update({
      where: { reference: 'RD-1002' },
      data: { dueAt: new Date('2099-01-01T00:00:00Z'), dueDate: '2099-01-01' },
    });
    const later = await runCli(ticketsCommand, ['list'], env);
    expect(later.out.split('\n').find((l) => l.startsWith('RD-1002 '))).toMatch(/ due 2099-01-01 {2}/);
  });
});
