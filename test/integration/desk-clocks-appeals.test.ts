// Issue 13's clocks and appeals worked through the real composition root on SQLite and PostgreSQL: the
// requester's law read from the mail, policy flags at triage, clarification pausing a UK clock until the
// reply, an extension refused after its notice window, a message that asks for nothing dismissed without
// a letter, an opt-out answered unverified from the policy, and a Virginia denial appealed and decided by
// another approver, with the letters read from the outbox.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.js';
import type { DeskActor, TicketView } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('clocks');
const fixtures = join(repoRoot, 'test/fixtures/desk');

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const dora: DeskActor = { id: 'console:dora', role: 'approver' };
const piet: DeskActor = { id: 'console:piet', role: 'approver' };

describe.each(engines)('clocks, policy checks and appeals through the desk (%s)', (_engine, databaseUrl) => {
  let app: App;
  let deps: DeskDeps;
  const opened: TicketView[] = [];
  const now = new Date('2026-03-30T12:00:00Z');
  const ingest = async (paths: string[], at?: Date) => {
    const intake = at ? { ...app.intake, now: () => at } : app.intake;
    await ingestFiles(
      { files: listEmlFiles(paths), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      intake,
    );
    await app.tickets.announcementsIdle();
  };
  const run = (actor: DeskActor, text: string, desk: DeskDeps = deps) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(desk, actor, parsed.command);
  };
  const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const emails = async (reference: string, template: string) =>
    app.database.db.outboundEmail.findMany({ where: { ticketId: (await ticket(reference)).id, template } });
  const events = (reference: string, type: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } });

  beforeAll(async () => {
    const url = await databaseUrl();
    // The desk's clock is fixed, for staff's commands and for an appeal a requester's reply opens.
    app = await createTestApp({ ...(url ? { databaseUrl: url } : {}), deskNow: () => now });
    app.tickets.notifiers.push({
      ticketOpened: async (view) => {
        opened.push(view);
      },
      ticketChanged: async () => {},
    });
    // RD-1001 to RD-1007 from the sample inbox, then RD-1008 (London) and RD-1009 (misaddressed).
    await ingest([sampleInbox]);
    await ingest([join(fixtures, 'london-erasure.eml'), join(fixtures, 'misaddressed-access.eml')]);
    deps = { ...app.tickets.desk, now: () => now };
  });
  afterAll(() => app.close());

  it("opens a London requester's ticket under UK GDPR, and show says why", async () => {
    expect(await ticket('RD-1008')).toMatchObject({ jurisdiction: 'uk-gdpr', types: ['erasure'] });
    const shown = viewOf(await run(agent, 'show RD-1008'));
    expect(shown.jurisdictionBasis).toBe('says the requester lives in the UK');
    // Without evidence the strictest declared law stands, and show says so too.
    expect(viewOf(await run(agent, 'show RD-1007')).jurisdictionBasis).toBe(
      'the strictest law the organisation declares',
    );
  });

  it("flags mail written to another organisation's address, and an opt-out to an organisation that sells nothing", async () => {
    expect(viewOf(await run(agent, 'show RD-1009')).flags).toContain('addressed_to_other_organisation');
    const optOut = viewOf(await run(agent, 'show RD-1005'));
    expect(optOut.flags).toContain('policy_says_no_sale');
    expect(opened.find((v) => v.reference === 'RD-1005')?.flags).toContain('policy_says_no_sale');
  });

  it('answers an opt-out of sale without identity verification, recording the policy as the answer', async () => {
    expect(await run(agent, 'verify RD-1005 send')).toMatchObject({
      kind: 'error',
      code: 'verification_not_required',
    });
    expect(viewOf(await run(dora, 'approve RD-1005')).status).toBe('approved');
    // The preview shows the letter `fulfil` sends: the policy's answer, not "completed".
    const preview = await run(agent, 'preview RD-1005 fulfil');
    expect(preview.kind === 'letter_preview' && preview.text).toContain('no vendemos información personal');
    expect(viewOf(await run(agent, 'fulfil RD-1005')).status).toBe('fulfilled');
    const answered = await events('RD-1005', 'ticket.answered_by_policy');
    expect(answered).toHaveLength(1);
    expect(JSON.parse(answered[0]!.payload)).toEqual({
      right: 'opt_out_sale',
      statement: 'the privacy policy says it does not sell personal information',
    });
    expect(await emails('RD-1005', 'verification_request')).toHaveLength(0);
    const [letter] = await emails('RD-1005', 'outcome_fulfilled');
    // The letter (in the requester's Spanish) says what answered it: recorded, and no sale, as the policy says.
    expect(letter?.bodyText).toContain(
      'Hemos registrado su solicitud RD-1005 de exclusión de la venta de su información personal. Como indica nuestra política de privacidad, no vendemos información personal.',
    );
    expect(letter?.bodyText).not.toContain('Hemos atendido');
  });

  // UK GDPR Art. 12A(5): the clock stops only where the controller reasonably requires the answer to
  // identify the information or processing activities an access request relates to; staff say so (scope).
  it('refuses to stop a UK clock for a ticket that asks for more than access, or under a law without the pause', async () => {
    const erasure = await run(agent, 'clarify RD-1008 scope Which account do you mean?');
    expect(erasure).toMatchObject({ kind: 'error', code: 'clarification_clock_runs' });
    expect(erasure.kind === 'error' && erasure.message).toContain('asks for more than access');
    const eu = await run(agent, 'clarify RD-1002 scope Welches Konto meinen Sie?');
    expect(eu).toMatchObject({ kind: 'error', code: 'clarification_clock_runs' });
    expect(await emails('RD-1008', 'clarification_request')).toHaveLength(0);
    expect(await emails('RD-1002', 'clarification_request')).toHaveLength(0);
  });

  it('lets a UK clock run on for a question asked without scope, and the letter says nothing of a pause', async () => {
    const due = viewOf(await run(agent, 'show RD-1008')).due;
    const asked = await run(agent, 'clarify RD-1008 Do you also want your newsletter subscription removed?');
    expect(asked.kind === 'changed' && asked.summary).toContain('the clock keeps running');
    const [letter] = await emails('RD-1008', 'clarification_request');
    expect(letter?.bodyText).not.toContain('12A');
    expect(viewOf(await run(agent, 'show RD-1008')).due).toBe(due);
  });

  it('sends the clarification request and stops a UK clock until the reply arrives', async () => {
    await run(dora, 'jurisdiction RD-1001 uk-gdpr she lives in York');
    const before = viewOf(await run(agent, 'show RD-1001')).due;
    const asked = await run(agent, 'clarify RD-1001 scope Which account and which years do you mean?');
    expect(asked).toMatchObject({ kind: 'changed' });
    expect(asked.kind === 'changed' && asked.summary).toContain('the clock stands still');
    const letters = await emails('RD-1001', 'clarification_request');
    expect(letters).toHaveLength(1);
    expect(letters[0]?.bodyText).toContain('Which account and which years do you mean?');
    expect(letters[0]?.bodyText).toContain('UK GDPR Art. 12A');
    await ingest([join(fixtures, 'clarification-answer.eml')], new Date('2026-04-01T09:31:00Z'));
    const later = { ...deps, now: () => new Date('2026-04-10T12:00:00Z') };
    const after = viewOf(await run(agent, 'show RD-1001', later));
    // Asked on 30 Mar, answered on 1 Apr: three days that do not count (UK GDPR Art. 12A).
    expect(after.deadlineExplanation).toContain('paused 3 days awaiting clarification');
    expect(after.due! > before!).toBe(true);
  });

  it('lets the clock run on when the law has no pause (EU GDPR), and says so', async () => {
    const asked = await run(agent, 'clarify RD-1002 Welches Konto meinen Sie?');
    expect(asked.kind === 'changed' && asked.summary).toContain('the clock keeps running');
    expect(viewOf(await run(agent, 'show RD-1002')).due).toBe('2026-04-02');
    expect((await emails('RD-1002', 'clarification_request'))[0]?.language).toBe('de');
  });

  it('refuses an extension once its notice window has passed, naming the last day', async () => {
    const late = { ...deps, now: () => new Date('2026-11-20T12:00:00Z') };
    const refused = await run(dora, 'extend RD-1007 many systems to search', late);
    expect(refused).toMatchObject({ kind: 'error', code: 'extension_window_passed' });
    expect(refused.kind === 'error' && refused.message).toContain('by 2026-04-09');
    expect(await emails('RD-1007', 'extension_notice')).toHaveLength(0);
  });

  it('dismisses a message that asks for no right with a note and no letter; a request cannot be dismissed', async () => {
    expect(await run(dora, 'dismiss RD-1006 looks like a request')).toMatchObject({
      code: 'dismiss_needs_not_a_request',
    });
    const closed = viewOf(await run(dora, 'close RD-1004 a support question about exports'));
    expect(closed.status).toBe('rejected');
    expect(await ticket('RD-1004')).toMatchObject({ rejectionReason: 'not_a_request' });
    expect(await emails('RD-1004', 'outcome_rejected')).toHaveLength(0);
    expect(
      await app.database.db.ticketNote.count({ where: { ticketId: (await ticket('RD-1004')).id } }),
    ).toBe(1);
  });

  it('opens a linked appeal of a Virginia denial on its own 60-day clock, announced and acknowledged', async () => {
    await run(dora, 'jurisdiction RD-1003 us-va the requester lives in Richmond');
    expect(await run(agent, 'appeal RD-1003')).toMatchObject({ code: 'appeal_needs_denial' });
    await run(dora, 'reject RD-1003 legal_exemption');
    const appealed = await run(agent, 'appeal RD-1003 the requester says the exemption does not apply');
    expect(appealed).toMatchObject({ kind: 'changed' });
    const link = viewOf(appealed).linked?.find((l) => l.kind === 'appeal');
    expect(link?.reference).toBe('RD-1010');
    expect(await ticket('RD-1010')).toMatchObject({
      jurisdiction: 'us-va',
      status: 'received',
      dueDate: '2026-05-29',
    });
    const appeal = viewOf(await run(agent, 'show RD-1010'));
    expect(appeal.deadlineExplanation).toMatch(/^due 29 May: VCDPA appeal 60 days from 30 Mar/);
    expect(appeal.allowedActions).not.toContain('approve');
    expect(opened.map((v) => v.reference)).toContain('RD-1010');
    expect(await emails('RD-1010', 'appeal_received')).toHaveLength(1);
    expect(await run(agent, 'appeal RD-1003')).toMatchObject({ code: 'already_appealed' });
    expect(await run(agent, 'appeal RD-1010')).toMatchObject({ code: 'appeal_of_appeal' });
  });

  it('lets only another approver decide the appeal, and tells the requester the outcome', async () => {
    expect(await run(dora, 'uphold RD-1010 the exemption applies')).toMatchObject({
      code: 'own_decision_on_appeal',
    });
    expect(await run(piet, 'approve RD-1010')).toMatchObject({ code: 'decided_by_appeal' });
    expect(viewOf(await run(piet, 'uphold RD-1010 the records are exempt')).status).toBe('rejected');
    const decision = await emails('RD-1010', 'appeal_decision');
    expect(decision).toHaveLength(1);
    expect(decision[0]?.bodyText).toContain('the records are exempt');
    expect(decision[0]?.bodyText).toContain('Attorney General');
    expect(await events('RD-1010', 'ticket.appeal_opened')).toHaveLength(1);
    expect(await events('RD-1003', 'ticket.appealed')).toHaveLength(1);
  });

  it("opens an appeal from the requester's own reply to a Connecticut denial, recorded as theirs", async () => {
    await run(dora, 'jurisdiction RD-1002 us-ct he lives in Hartford');
    await run(dora, 'reject RD-1002 excessive');
    await ingest([join(fixtures, 'appeal-reply-de.eml')], new Date('2026-03-31T08:11:00Z'));
    const denied = viewOf(await run(agent, 'show RD-1002'));
    const link = denied.linked?.find((l) => l.kind === 'appeal');
    expect(link?.reference).toBe('RD-1011');
    expect(await ticket('RD-1011')).toMatchObject({ jurisdiction: 'us-ct', dueDate: '2026-05-29' });
    const [appealed] = await events('RD-1002', 'ticket.appealed');
    expect(appealed?.actor).toBe('requester');
    const [received] = await emails('RD-1011', 'appeal_received');
    expect(received?.language).toBe('de');
    // The clarification answer to RD-1001 (no appeal in it, no denial) opened nothing: two appeals in all.
    expect(await app.database.db.ticketLink.count({ where: { kind: 'appeal' } })).toBe(2);
  });

  it('keeps one unbroken audit chain', async () => {
    expect(await verifyAuditTrail(app.tickets.auditTrail)).toMatchObject({ ok: true });
  });
});
