import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.js';
import type { DeskActor, DeskReply, TicketView } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { purgeByRetention } from '../../src/app/tickets/purge-retention.js';
import type { App } from '../../src/composition-root.js';
import { atSeenVersion, type DeskCommand } from '../../src/domain/desk/desk-command.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { completeTasks } from '../support/tasks.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('desk');

const viewer: DeskActor = { id: 'console:vera', role: 'viewer' };
const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dora', role: 'approver' };
const approver2: DeskActor = { id: 'console:piet', role: 'approver' };

function command(text: string): DeskCommand {
  const parsed = parseDeskCommand(text);
  if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
  return parsed.command;
}

describe.each(engines)('the desk on tickets from the sample inbox (%s)', (_engine, databaseUrl) => {
  let app: App;
  let deps: DeskDeps;
  const channel: TicketView[] = [];
  // Fixed "now": 2026-03-30, a few days before the sample requests fall due (2 to 9 April).
  const now = new Date('2026-03-30T12:00:00Z');
  const run = (actor: DeskActor, text: string) => executeDeskCommand(deps, actor, command(text));

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    deps = {
      ...app.tickets.desk,
      now: () => now,
      notifier: {
        ticketOpened: async () => {},
        ticketChanged: async (view) => {
          channel.push(view);
        },
      },
    };
  });
  afterAll(() => app.close());

  it('opens each ticket under the strictest law its organisation declares, with its due date', async () => {
    const tickets = await app.database.db.ticket.findMany({ orderBy: { number: 'asc' } });
    const byRef = new Map(tickets.map((t) => [t.reference, t]));
    // Importly declares GDPR, UK GDPR and CCPA: an access request runs on GDPR's month (2 Mar → 2 Apr)…
    expect(byRef.get('RD-1001')).toMatchObject({ jurisdiction: 'eu-gdpr', dueDate: '2026-04-02' });
    // …and an opt-out of sale on CCPA's 15 business days (11 CCR §7026).
    expect(byRef.get('RD-1005')).toMatchObject({ jurisdiction: 'us-ca-optout', dueDate: '2026-03-27' });
  });

  it('records every ingest and classification in the audit chain, in the intake transaction', async () => {
    const tickets = await app.database.db.ticket.count();
    const classified = await app.database.db.auditEvent.count({ where: { type: 'ticket.classified' } });
    expect(classified).toBe(tickets);
    expect(await verifyAuditTrail(app.tickets.auditTrail)).toMatchObject({ ok: true });
  });

  it('shows the requester to an agent and only masked to a viewer, with the deadline in one line', async () => {
    const forAgent = viewOf(await run(agent, 'show RD-1001'));
    const forViewer = viewOf(await run(viewer, 'show RD-1001'));
    expect(forAgent.requester.full?.address).toBe('jane.roe@example.com');
    expect(forViewer.requester.full).toBeNull();
    expect(forViewer.requester.masked).toBe('j***@example.com');
    expect(forAgent.deadlineExplanation).toBe('due 2 Apr: GDPR one month from 2 Mar');
  });

  it("audits the agent's view of the requester's data (who, which ticket, when), and not the viewer's masked one", async () => {
    const viewed = () =>
      app.database.db.auditEvent.findMany({
        where: { type: 'ticket.personal_data_viewed', ticketReference: 'RD-1002' },
      });
    await run(viewer, 'show RD-1002');
    expect(await viewed()).toEqual([]);
    await run(agent, 'show RD-1002');
    const [event, ...more] = await viewed();
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actor: agent.id, ticketReference: 'RD-1002' });
    expect(event!.at).toEqual(now);
    expect(JSON.stringify(event)).not.toContain('@example.com');
  });

  it('refuses an approval by a viewer, names the roles that may approve, and audits the refusal', async () => {
    const before = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } });
    const reply = await run(viewer, 'approve RD-1001');
    expect(reply).toMatchObject({ kind: 'error', code: 'forbidden_role' });
    expect(reply.kind === 'error' && reply.message).toMatch(/approver or admin/);
    const refused = await app.database.db.auditEvent.findMany({ where: { type: 'desk.refused' } });
    expect(refused.map((e) => [e.actor, e.ticketReference, JSON.parse(e.payload)])).toEqual([
      ['console:vera', 'RD-1001', { code: 'forbidden_role', command: 'approve', role: 'viewer' }],
    ]);
    // Recorded, and nothing else changed.
    expect(await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } })).toEqual(
      before,
    );
  });

  it('lets exactly one of two approvers approve at the same time; the other hears "already approved"', async () => {
    expect(
      await run(agent, 'verify RD-1001 confirm account_email_match sender is the account holder'),
    ).toMatchObject({
      kind: 'changed',
    });
    const replies = await Promise.all([run(approver, 'approve RD-1001'), run(approver2, 'approve RD-1001')]);
    expect(replies.filter((r) => r.kind === 'changed')).toHaveLength(1);
    expect(replies.find((r) => r.kind === 'error')).toMatchObject({ code: 'already_approved' });
    const approvals = await app.database.db.auditEvent.findMany({
      where: { ticketReference: 'RD-1001', type: 'ticket.transitioned' },
    });
    expect(approvals.filter((e) => e.payload.includes('"to":"approved"'))).toHaveLength(1);
  });

  it('tells the channels after each change, with the requester masked', () => {
    const last = channel.at(-1);
    expect(last).toMatchObject({ reference: 'RD-1001', status: 'approved' });
    expect(last?.requester.full).toBeNull();
  });

  it('a change asked at a version the ticket has left changes nothing and shows the ticket as it is now', async () => {
    const { version: shown } = viewOf(await run(agent, 'show RD-1006'));
    expect(await run(agent, 'note RD-1006 the requester called back')).toMatchObject({ kind: 'changed' });
    const row = () => app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1006' } });
    const before = await row();
    const events = await app.database.db.auditEvent.count();
    const told = channel.length;
    const stale = atSeenVersion(command('assign RD-1006 console:dora'), shown);
    const reply = await executeDeskCommand(deps, approver, stale);
    expect(reply).toMatchObject({
      kind: 'error',
      code: 'ticket_changed_since_seen',
      message: expect.stringMatching(/^RD-1006 changed since that message was shown .*; nothing was done\./),
      ticket: { reference: 'RD-1006', version: shown + 1 },
    });
    expect(await row()).toEqual(before);
    expect(await app.database.db.auditEvent.count()).toBe(events);
    expect(channel).toHaveLength(told);
  });

  it('a change asked at the version the ticket is at is applied', async () => {
    const { version } = viewOf(await run(agent, 'show RD-1006'));
    const current = atSeenVersion(command('assign RD-1006 console:piet'), version);
    const view = viewOf(await executeDeskCommand(deps, approver, current));
    expect(view).toMatchObject({ assignee: 'console:piet', version: version + 1 });
  });

  it('lets one of two changes asked at the same version through, even when both arrive at once', async () => {
    const { version } = viewOf(await run(agent, 'show RD-1006'));
    const notes = () => app.database.db.ticketNote.count({ where: { ticket: { reference: 'RD-1006' } } });
    const before = await notes();
    const click = (actor: DeskActor, text: string) =>
      executeDeskCommand(deps, actor, atSeenVersion(command(text), version));
    const replies = await Promise.all([
      click(agent, 'note RD-1006 first look'),
      click(approver, 'note RD-1006 second look'),
    ]);
    const outcomes = replies.map((r) => (r.kind === 'error' ? r.code : r.kind));
    expect(outcomes.sort()).toEqual(['changed', 'ticket_changed_since_seen']);
    expect(await notes()).toBe(before + 1);
  });

  it("stores a staff reclassification beside the classifier's verdict, not over it", async () => {
    const reply = await run(agent, 'classify RD-1004 access');
    expect(viewOf(reply).types).toEqual(['access']);
    const rows = await app.database.db.classification.findMany({
      where: { ticket: { reference: 'RD-1004' } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => r.source)).toEqual(['classifier', 'staff']);
    expect(rows[0]?.types).toEqual(['not_a_request']);
  });

  it('keeps a rectification open until every downstream recipient is settled (GDPR Art. 19)', async () => {
    await run(agent, 'verify RD-1007 confirm document_checked');
    await run(approver, 'approve RD-1007');
    await completeTasks((text) => run(agent, text), 'RD-1007');
    const listed = viewOf(await run(agent, 'fulfil RD-1007'));
    expect(listed.status).toBe('approved');
    expect(listed.recipients?.map((r) => r.recipient)).toEqual(['Stripe', 'hosting and storage providers']);
    expect(await run(agent, 'fulfil RD-1007')).toMatchObject({ kind: 'error', code: 'recipients_pending' });
    await run(agent, 'recipient RD-1007 1 notified by API');
    await run(agent, 'recipient RD-1007 2 disproportionate no copy of the name is held there');
    expect(viewOf(await run(agent, 'fulfil RD-1007')).status).toBe('fulfilled');
  });

  it('moves the due date by the lawful extension and says so', async () => {
    const view = viewOf(await run(approver, 'extend RD-1003 complex export across several systems'));
    expect(view.due).toBe('2026-06-05');
    expect(view.deadlineExplanation).toMatch(/extended by two months/);
    expect(await run(approver, 'extend RD-1003 again')).toMatchObject({ code: 'already_extended' });
  });

  it('lists open tickets due within 7 days and overdue ones by the stored deadline', async () => {
    const dueSoon = await run(viewer, 'list due-soon');
    const overdue = await run(viewer, 'list overdue');
    const refs = (reply: DeskReply) => (reply.kind === 'tickets' ? reply.items.map((i) => i.reference) : []);
    // Within 7 days of 30 Mar noon: RD-1001 (2 Apr) and RD-1002 (2 Apr); RD-1004 ends 6 Apr at midnight, outside.
    expect(refs(dueSoon)).toEqual(['RD-1001', 'RD-1002']);
    expect(refs(overdue)).toEqual(['RD-1005']);
  });

  it("sums up the week for managers: what arrived, closed, is open and is due, counted apart from the store's query", async () => {
    const reply = await run(viewer, 'digest');
    if (reply.kind !== 'digest') throw new Error(`expected a digest, got ${reply.kind}`);
    const { db } = app.database;
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
    const all = await db.ticket.findMany();
    const open = all.filter((t) => !['fulfilled', 'rejected', 'withdrawn'].includes(t.status));
    const received = all.filter((t) => t.receivedAt >= weekAgo && t.receivedAt <= now);
    const closed = all.filter((t) => t.closedAt !== null && t.closedAt >= weekAgo && t.closedAt <= now);
    expect(reply.digest).toMatchObject({
      received: received.length,
      closed: closed.length,
      open: open.length,
      needsTriage: open.filter((t) => t.needsTriage).length,
      overdue: open.filter((t) => t.dueAt !== null && t.dueAt < now).length,
      atRisk: open.filter(
        (t) => t.dueAt !== null && t.dueAt >= now && t.dueAt <= new Date(now.getTime() + 7 * 86_400_000),
      ).length,
    });
    expect(reply.digest.open).toBeGreaterThan(0);
    expect(reply.digest.closed).toBeGreaterThan(0); // this suite fulfilled and rejected tickets above
    expect(reply.digest.daysToClose).not.toBeNull();
    const waiting = open.filter((t) => t.needsTriage).map((t) => t.receivedAt.getTime());
    expect(reply.digest.oldestTriageDays).toBe(
      waiting.length === 0 ? null : Math.floor((now.getTime() - Math.min(...waiting)) / 86_400_000),
    );
    // Staff kept the classifier's types on a closed ticket unless its types differ from the first verdict.
    const verdicts = await db.classification.findMany({
      where: { source: 'classifier' },
      orderBy: { id: 'asc' },
    });
    const firstVerdict = (id: number) =>
      verdicts.find((v) => v.ticketId === id)?.types as string[] | undefined;
    const judged = closed.filter((t) => firstVerdict(t.id) !== undefined);
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
    expect(reply.digest.classifierAgreement).toEqual({
      kept: judged.filter((t) => same(firstVerdict(t.id) ?? [], t.types as string[])).length,
      of: judged.length,
    });
    const scoped = await run(viewer, 'digest importly');
    expect(scoped).toMatchObject({ kind: 'digest', organisationId: 'importly' });
    if (scoped.kind === 'digest')
      expect(scoped.digest.open).toBe(open.filter((t) => t.organisationId === 'importly').length);
    expect(await run(viewer, 'digest nosuchorg')).toMatchObject({
      kind: 'error',
      code: 'organisation_unknown',
    });
  });

  it('keeps one unbroken chain when many tickets change at once', async () => {
    await Promise.all(
      ['RD-1002', 'RD-1003', 'RD-1004', 'RD-1005', 'RD-1006'].flatMap((ref) => [
        run(agent, `note ${ref} called back`),
        run(agent, `assign ${ref} console:alice`),
      ]),
    );
    expect(await verifyAuditTrail(app.tickets.auditTrail, 7)).toMatchObject({ ok: true });
  });

  it('purges the raw mail of replies sent before verification, once, and records that it did', async () => {
    // RD-1001 was verified above; the sample's reply to it was received before that.
    const first = await purgeByRetention(app.tickets.purge, app.tickets.allTerms, now);
    const second = await purgeByRetention(app.tickets.purge, app.tickets.allTerms, now);
    const idDocuments = (reports: typeof first) =>
      reports.find((r) => r.organisationId === 'importly' && r.rule === 'id-documents');
    expect(idDocuments(first)).toMatchObject({ tickets: 1, counts: { rawMessages: 1 } });
    expect(idDocuments(second)).toMatchObject({ tickets: 0, counts: { rawMessages: 0 } });
    const events = await app.database.db.auditEvent.findMany({ where: { type: 'data.purged' } });
    expect(events.map((e) => e.ticketReference)).toEqual(['RD-1001']);
    const reply = await app.database.db.rawMessage.findFirstOrThrow({
      where: { ticketId: events[0]?.ticketId, status: 'reply' },
    });
    expect(reply.raw).toBeNull();
  });

  it('reports an audit event edited in the database at the edited row', async () => {
    const target = await app.database.db.auditEvent.findFirstOrThrow({ where: { type: 'ticket.assigned' } });
    await app.database.db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "actor" = 'console:mallory' WHERE "seq" = ${target.seq}`,
    );
    const result = await verifyAuditTrail(app.tickets.auditTrail, 7);
    expect(result).toMatchObject({ ok: false, break: { code: 'hash_mismatch', seq: target.seq } });
  });
});
