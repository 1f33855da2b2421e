// What the requester and the chats hear of the desk's work, through the real composition root on SQLite
// and PostgreSQL: verification codes and decision letters queued in the decision's own transaction, and
// each ticket intake opens announced to the chats once, masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.js';
import type { DeskActor, TicketView } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { rejectionGround } from '../../src/domain/outbound/rejection-grounds.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { completeTasks } from '../support/tasks.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('letters');

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dora', role: 'approver' };
const approver2: DeskActor = { id: 'console:piet', role: 'approver' };

describe.each(engines)('requester letters and chat announcements (%s)', (_engine, databaseUrl) => {
  let app: App;
  let deps: DeskDeps;
  const opened: TicketView[] = [];
  const now = new Date('2026-03-30T12:00:00Z');
  // Announcements go out in the background; waiting for them keeps the assertions on what was posted exact.
  const ingestSample = async () => {
    const results = await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    await app.tickets.announcementsIdle();
    return results;
  };
  const run = (actor: DeskActor, text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(deps, actor, parsed.command);
  };
  const ticketId = async (reference: string) =>
    (await app.database.db.ticket.findUniqueOrThrow({ where: { reference } })).id;
  const emails = async (reference: string, template: string) =>
    app.database.db.outboundEmail.findMany({ where: { ticketId: await ticketId(reference), template } });
  const lettersTo = async (reference: string) =>
    app.database.db.outboundEmail.count({
      where: { ticketId: await ticketId(reference), automatic: false },
    });

  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    const chatDown = async () => {
      throw new Error('chat is down');
    };
    app.tickets.notifiers.push(
      { ticketOpened: chatDown, ticketChanged: chatDown },
      {
        ticketOpened: async (view) => {
          opened.push(view);
        },
        ticketChanged: async () => {},
      },
    );
    await ingestSample();
    deps = { ...app.tickets.desk, now: () => now };
  });
  afterAll(() => app.close());

  it('announces each ticket intake opens to the chats once, with the requester masked; a chat that fails undoes nothing', async () => {
    const tickets = await app.database.db.ticket.findMany({ orderBy: { number: 'asc' } });
    expect(opened.map((v) => v.reference)).toEqual(tickets.map((t) => t.reference));
    for (const view of opened) {
      expect(view.requester.full).toBeNull();
      expect(view.requester.masked).toMatch(/\*\*\*@/);
      expect(view.allowedActions).toEqual([]);
    }
    await ingestSample();
    expect(opened).toHaveLength(tickets.length);
  });

  it('verify send moves the ticket to awaiting_verification and queues one verification_request', async () => {
    const reply = await run(agent, 'verify RD-1001 send');
    expect(reply).toMatchObject({ kind: 'changed', ticket: { status: 'awaiting_verification' } });
    // The seed organisations name no authserv-id: the agent is warned that the code cannot verify anyone.
    expect(reply).toMatchObject({
      summary: expect.stringContaining(
        'no verification.authservId, so a reply with the code cannot verify',
      ) as string,
    });
    expect(await emails('RD-1001', 'verification_request')).toHaveLength(1);
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } });
    expect(
      await app.database.db.verificationCode.count({ where: { ticketId: ticket.id, status: 'pending' } }),
    ).toBe(1);
    const audit = await app.database.db.auditEvent.findMany({ where: { ticketReference: 'RD-1001' } });
    expect(audit.filter((e) => e.payload.includes('"to":"awaiting_verification"'))).toHaveLength(1);
    // Sent again, the lifecycle refuses; no second code or email is recorded.
    expect(await run(agent, 'verify RD-1001 send')).toMatchObject({ code: 'already_awaiting_verification' });
    expect(await emails('RD-1001', 'verification_request')).toHaveLength(1);
  });

  it('verify resend sends a new code that replaces the earlier one, and only while a code is awaited', async () => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1001' } });
    const codes = () =>
      app.database.db.verificationCode.findMany({ where: { ticketId: ticket.id }, orderBy: { id: 'asc' } });
    const [first] = await codes();
    const reply = await run(agent, 'verify RD-1001 resend');
    expect(reply).toMatchObject({ kind: 'changed', ticket: { status: 'awaiting_verification' } });
    expect(await emails('RD-1001', 'verification_request')).toHaveLength(2);
    const after = await codes();
    expect(after.map((c) => c.status)).toEqual(['superseded', 'pending']);
    expect(after[1]!.codeHash).not.toBe(first!.codeHash);
    const resent = await app.database.db.auditEvent.count({
      where: { ticketReference: 'RD-1001', type: 'ticket.verification_resent' },
    });
    expect(resent).toBe(1);
    // A ticket that was never sent a code has nothing to resend; a viewer may not resend.
    expect(await run(agent, 'verify RD-1002 resend')).toMatchObject({
      kind: 'error',
      code: 'illegal_transition',
    });
    expect(await run({ id: 'test:viewer', role: 'viewer' }, 'verify RD-1001 resend')).toMatchObject({
      kind: 'error',
      code: 'forbidden_role',
    });
    expect(await emails('RD-1001', 'verification_request')).toHaveLength(2);
  });

  it('verify send on a request made for someone else is refused with the agent-authorisation error and changes nothing', async () => {
    const before = await app.database.db.ticket.update({
      where: { reference: 'RD-1006' },
      data: { flags: ['authorised_agent'] },
    });
    const reply = await run(agent, 'verify RD-1006 send');
    expect(reply).toMatchObject({ kind: 'error', code: 'agent_authorisation_required' });
    expect(reply.kind === 'error' && reply.message).toMatch(/confirm agent_authorisation/);
    const after = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: 'RD-1006' } });
    expect(after).toMatchObject({ status: 'received', version: before.version });
    expect(await app.database.db.verificationCode.count({ where: { ticketId: after.id } })).toBe(0);
    expect(await lettersTo('RD-1006')).toBe(0);
    expect(
      await app.database.db.auditEvent.count({
        where: { ticketReference: 'RD-1006', type: 'ticket.transitioned' },
      }),
    ).toBe(0);
  });

  it('reject queues one outcome_rejected with the reason in the requester’s language and purges ID documents, once when two approvers reject at once', async () => {
    const message = await app.database.db.ticketMessage.findFirstOrThrow({
      where: { ticketId: await ticketId('RD-1005'), direction: 'inbound' },
    });
    const passport = await app.database.db.attachment.create({
      data: {
        ticketMessageId: message.id,
        filename: 'passport.jpg',
        contentType: 'image/jpeg',
        size: 3,
        content: Buffer.from('abc'),
      },
    });
    const replies = await Promise.all([
      run(approver, 'reject RD-1005 duplicate internal: same person as last week'),
      run(approver2, 'reject RD-1005 duplicate internal: same person as last week'),
    ]);
    expect(replies.filter((r) => r.kind === 'changed')).toHaveLength(1);
    expect(replies.find((r) => r.kind === 'error')).toMatchObject({ code: 'already_rejected' });
    const letters = await emails('RD-1005', 'outcome_rejected');
    expect(letters).toHaveLength(1);
    expect(letters[0]?.language).toBe('es');
    expect(letters[0]?.bodyText).toContain(rejectionGround('duplicate', 'es'));
    expect(letters[0]?.bodyText).not.toContain('same person');
    // Identity no longer needs deciding: the ID document is purged, once.
    const purged = await app.database.db.attachment.findUniqueOrThrow({ where: { id: passport.id } });
    expect(purged.content).toBeNull();
    expect(
      await app.database.db.auditEvent.count({ where: { ticketReference: 'RD-1005', type: 'data.purged' } }),
    ).toBe(1);
  });

  it('extend queues one extension_notice with the reason and the new deadline', async () => {
    const view = viewOf(await run(approver, 'extend RD-1003 complex export across several systems'));
    expect(view.due).toBe('2026-06-05');
    expect(await run(approver, 'extend RD-1003 again')).toMatchObject({ code: 'already_extended' });
    const notices = await emails('RD-1003', 'extension_notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.bodyText).toContain('complex export across several systems');
    expect(notices[0]?.bodyText).toContain('5 juin 2026');
  });

  it('approval tells the requester nothing; fulfilment of an access request sends outcome_fulfilled', async () => {
    await run(agent, 'verify RD-1001 confirm account_email_match');
    const lettersBefore = await lettersTo('RD-1001');
    expect(viewOf(await run(approver, 'approve RD-1001')).status).toBe('approved');
    expect(await lettersTo('RD-1001')).toBe(lettersBefore);
    await completeTasks((text) => run(agent, text), 'RD-1001');
    expect(viewOf(await run(agent, 'fulfil RD-1001 export sent by SFTP')).status).toBe('fulfilled');
    expect(await emails('RD-1001', 'outcome_fulfilled')).toHaveLength(1);
    expect(await lettersTo('RD-1001')).toBe(lettersBefore + 1);
  });

  it('an erasure closed while the organisation keeps data by its retention rules sends outcome_partial once', async () => {
    await run(agent, 'verify RD-1002 confirm document_checked');
    await run(approver, 'approve RD-1002');
    await completeTasks((text) => run(agent, text), 'RD-1002');
    let view = viewOf(await run(agent, 'fulfil RD-1002'));
    // Art. 19: the first fulfil of an erasure may only list the recipients to tell; no letter yet.
    for (const line of view.recipients ?? []) await run(agent, `recipient RD-1002 ${line.line} notified`);
    if (view.status !== 'fulfilled') view = viewOf(await run(agent, 'fulfil RD-1002'));
    expect(view.status).toBe('fulfilled');
    expect(await emails('RD-1002', 'outcome_fulfilled')).toHaveLength(0);
    const partial = await emails('RD-1002', 'outcome_partial');
    expect(partial).toHaveLength(1);
    expect(partial[0]?.language).toBe('de');
    // Only what survives the erasure, its period in plain words and its legal ground (Art. 17(3)(b), (e)),
    // named in German as the organisation file translates it.
    expect(partial[0]?.bodyText).toContain(
      'Abrechnungsunterlagen, die wir zur Erfüllung gesetzlicher Pflichten benötigen: nur so lange aufbewahrt, wie dieser Zweck es erfordert, zur Erfüllung einer rechtlichen Verpflichtung (DSGVO Art. 17(3)(b))',
    );
    // API logs are erased: the letter says so among the systems, and never lists them as kept.
    expect(partial[0]?.bodyText).toContain('API-Protokolle: Ihre Daten gelöscht');
    expect(partial[0]?.bodyText).not.toContain('API-Protokolle: nur so lange');
    expect(partial[0]?.bodyText).not.toContain('billing records');
  });

  it('keeps one unbroken audit chain through the letters and codes', async () => {
    expect(await verifyAuditTrail(app.tickets.auditTrail)).toMatchObject({ ok: true });
  });
});
