// Fulfilment by data system through the desk grammar, on SQLite and PostgreSQL: an approval opens one
// task per system and right from the organisation file, staff mark them, `fulfil` waits for all of them,
// every step is in the audit chain, and the outcome letter says what was done in each system.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/console/render-reply.js';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('tasks');

const viewer: DeskActor = { id: 'console:vera', role: 'viewer' };
const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dora', role: 'approver' };

describe.each(engines)('fulfilment tasks by data system (%s)', (_engine, databaseUrl) => {
  let app: App;
  let deps: DeskDeps;
  const now = new Date('2026-03-30T12:00:00Z');
  const run = (actor: DeskActor, text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(deps, actor, parsed.command);
  };
  const auditOf = async (reference: string, type: string) =>
    app.database.db.auditEvent.findMany({
      where: { ticketReference: reference, type },
      orderBy: { seq: 'asc' },
    });

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    deps = { ...app.tickets.desk, now: () => now };
    await run(agent, 'verify RD-1002 confirm document_checked');
  });
  afterAll(() => app.close());

  it('has no tasks before approval; the approval opens one per system and right, each audited', async () => {
    expect(await run(agent, 'task RD-1002 billing done')).toMatchObject({ kind: 'error', code: 'no_tasks' });
    const view = viewOf(await run(approver, 'approve RD-1002'));
    // ZM API, an erasure: the billing records are kept by law, so billing restricts instead of deleting.
    expect(view.tasks?.map((t) => [t.system, t.right, t.action, t.status])).toEqual([
      ['accounts', 'erasure', 'delete', 'open'],
      ['billing', 'erasure', 'restrict', 'open'],
      ['api-logs', 'erasure', 'delete', 'open'],
      ['payments', 'erasure', 'delete', 'open'],
    ]);
    const created = await auditOf('RD-1002', 'task.created');
    expect(created.map((e) => JSON.parse(e.payload))).toContainEqual({
      system: 'billing',
      right: 'erasure',
      action: 'restrict',
    });
    expect(created).toHaveLength(4);
  });

  it('opens no task where a system has nothing to do for the right (MediaConvert: logs and media)', async () => {
    await run(agent, 'verify RD-1003 confirm account_email_match');
    const view = viewOf(await run(approver, 'approve RD-1003'));
    expect(view.tasks?.map((t) => `${t.system}:${t.right}:${t.action}`)).toEqual([
      'accounts:portability:export',
      'billing:portability:export',
    ]);
  });

  it('lists the tasks with the requester masked and no read of personal data recorded', async () => {
    const reply = await run(agent, 'task RD-1002');
    expect(viewOf(reply).requester.full).toBeNull();
    expect(renderReply(reply)).toContain('Billing records (billing) · erasure: restrict · open');
    expect(await auditOf('RD-1002', 'ticket.personal_data_viewed')).toHaveLength(0);
  });

  it('refuses a viewer, audits the refusal, and names the systems of the ticket for an unknown one', async () => {
    expect(await run(viewer, 'task RD-1002 billing done')).toMatchObject({ code: 'role_required' });
    const refused = await auditOf('RD-1002', 'desk.refused');
    expect(JSON.parse(refused.at(-1)!.payload)).toMatchObject({ command: 'task', role: 'viewer' });
    const unknown = await run(agent, 'task RD-1002 ledger done');
    expect(unknown).toMatchObject({ code: 'task_unknown' });
    expect(unknown.kind === 'error' && unknown.message).toContain('accounts, billing, api-logs, payments');
  });

  it('refuses fulfil while a task is open or blocked, listing them', async () => {
    const blocked = viewOf(await run(agent, 'task RD-1002 billing blocked waiting for the finance export'));
    expect(blocked.tasks?.find((t) => t.system === 'billing')).toMatchObject({
      status: 'blocked',
      note: 'waiting for the finance export',
    });
    const refused = await run(agent, 'fulfil RD-1002');
    expect(refused).toMatchObject({ kind: 'error', code: 'tasks_open' });
    expect(refused.kind === 'error' && refused.message).toContain('billing (erasure: restrict, blocked)');
    expect(refused.kind === 'error' && refused.message).toContain('accounts (erasure: delete)');
  });

  it('marks each system, refuses marking a settled one again, and then fulfils with a letter naming each system', async () => {
    await run(agent, 'task RD-1002 accounts done');
    await run(agent, 'task RD-1002 billing:erasure done restricted to invoices');
    await run(agent, 'task RD-1002 api-logs done');
    const last = await run(agent, 'task RD-1002 payments not_applicable no token on file');
    expect(last.kind === 'changed' && last.summary).toContain('every task is settled');
    expect(await run(agent, 'task RD-1002 billing done')).toMatchObject({ code: 'task_already_settled' });
    let view = viewOf(await run(agent, 'fulfil RD-1002'));
    for (const line of view.recipients ?? []) await run(agent, `recipient RD-1002 ${line.line} notified`);
    if (view.status !== 'fulfilled') view = viewOf(await run(agent, 'fulfil RD-1002'));
    expect(view.status).toBe('fulfilled');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1002' } });
    const [letter] = await app.database.db.outboundEmail.findMany({
      where: { ticketId: ticket.id, template: 'outcome_partial' },
    });
    // German, as the request was: what was done in each system, by its name as the file translates it.
    expect(letter?.bodyText).toContain('Was wir in jedem unserer Systeme getan haben:');
    expect(letter?.bodyText).toContain('Datenbank für Konten und API-Schlüssel: Ihre Daten gelöscht');
    expect(letter?.bodyText).toContain('Abrechnungsunterlagen: die Verarbeitung Ihrer Daten eingeschränkt');
    expect(letter?.bodyText).toContain(
      'Zahlungstoken (Kartendaten bleiben bei Stripe und PayPal): enthielt keine Daten über Sie',
    );
    expect(letter?.bodyText).not.toContain('restricted to invoices');
  });

  it('records every mark in the hash chain, the notes as digests, and the chain verifies', async () => {
    expect(await auditOf('RD-1002', 'task.done')).toHaveLength(3);
    expect(await auditOf('RD-1002', 'task.blocked')).toHaveLength(1);
    const [na] = await auditOf('RD-1002', 'task.not_applicable');
    expect(JSON.parse(na!.payload)).toMatchObject({
      system: 'payments',
      noteSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(na!.payload).not.toContain('no token on file');
    expect(await verifyAuditTrail(app.tickets.auditTrail)).toMatchObject({ ok: true });
  });

  it('opens the tasks of a right added by reclassifying an approved ticket, and keeps the others', async () => {
    const view = viewOf(await run(agent, 'classify RD-1003 portability,access'));
    expect(view.tasks?.map((t) => `${t.system}:${t.right}:${t.action}`)).toEqual([
      'accounts:portability:export',
      'billing:portability:export',
      'accounts:access:export',
      'billing:access:export',
      'logs:access:search',
    ]);
    await run(agent, 'classify RD-1003 portability');
    expect(viewOf(await run(agent, 'task RD-1003')).tasks).toHaveLength(5);
  });

  it('opens nothing twice: a second approval is refused and the tasks stay as they are', async () => {
    expect(await run(approver, 'approve RD-1003')).toMatchObject({ kind: 'error' });
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1003' } });
    expect(await app.database.db.task.count({ where: { ticketId: ticket.id } })).toBe(5);
  });
});
