// Issue 5's remaining desk work through the real composition root on SQLite and PostgreSQL: one email
// whose rights run on different clocks opens linked tickets, staff change a ticket's law (recorded, the
// deadline recomputed) or record a withdrawal, and a manual verification goes through the verification
// module (live codes closed, ID documents purged, the requester told).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { type FileOutcome, ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('law');

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dora', role: 'approver' };

describe.each(engines)(
  'linked tickets, change of law, withdrawal and manual verification (%s)',
  (_engine, databaseUrl) => {
    let app: App;
    let deps: DeskDeps;
    let split: FileOutcome['outcome'] | undefined;
    const opened: string[] = [];
    const now = new Date('2026-03-30T12:00:00Z');
    // Announcements go out in the background; waiting for them keeps the assertions on what was posted exact.
    const ingest = async (paths: string[]) => {
      const results = await ingestFiles(
        { files: listEmlFiles(paths), read: readEml, route: app.routeByRecipient, batchSize: 40 },
        app.intake,
      );
      await app.tickets.announcementsIdle();
      return results;
    };
    const run = (actor: DeskActor, text: string, desk: DeskDeps = deps) => {
      const parsed = parseDeskCommand(text);
      if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
      return executeDeskCommand(desk, actor, parsed.command);
    };
    const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const emails = async (reference: string, template: string) =>
      app.database.db.outboundEmail.count({ where: { ticketId: (await ticket(reference)).id, template } });

    beforeAll(async () => {
      const url = await databaseUrl();
      app = await createTestApp(url ? { databaseUrl: url } : {});
      app.tickets.notifiers.push({
        ticketOpened: async (view) => {
          opened.push(view.reference);
        },
        ticketChanged: async () => {},
      });
      // The sample inbox opens RD-1001 to RD-1007; d019 then asks Importly for an objection and an opt-out.
      await ingest([sampleInbox]);
      [split] = (await ingest([join(corpusDir, 'd019.eml')])).map((r) => r.outcome);
      deps = { ...app.tickets.desk, now: () => now };
    });
    afterAll(() => app.close());

    it('opens one ticket per clock for an email asking for an opt-out of sale and another right, linked both ways', async () => {
      expect(split).toMatchObject({
        kind: 'ticket',
        ticketReference: 'RD-1008',
        linkedTicketReferences: ['RD-1009'],
        classification: { types: ['objection', 'opt_out_sale'] },
      });
      // Received 18 Jan 2026: the objection on GDPR's month, the opt-out on CCPA's 15 business days (§7026(f)).
      expect(await ticket('RD-1008')).toMatchObject({
        types: ['objection'],
        jurisdiction: 'eu-gdpr',
        dueDate: '2026-02-18',
      });
      expect(await ticket('RD-1009')).toMatchObject({
        types: ['opt_out_sale'],
        jurisdiction: 'us-ca-optout',
        dueDate: '2026-02-09',
      });
      const main = viewOf(await run(agent, 'show RD-1008'));
      const optOut = viewOf(await run(agent, 'show RD-1009'));
      expect(main.linked).toEqual([{ reference: 'RD-1009', kind: 'same_email' }]);
      expect(optOut.linked).toEqual([{ reference: 'RD-1008', kind: 'same_email' }]);
      expect(optOut.deadlineExplanation).toBe('due 9 Feb: CCPA opt-out 15 business days from 18 Jan');
      expect(await app.database.db.ticketLink.count()).toBe(1);
    });

    it('keeps one raw message for both tickets, each with the request in its conversation, and announces and acknowledges each', async () => {
      const raws = await app.database.db.rawMessage.findMany({ where: { sourceName: 'd019.eml' } });
      expect(raws).toHaveLength(1);
      const raw = raws[0]!;
      const requests = await app.database.db.ticketMessage.findMany({
        where: { messageId: raw.messageId, direction: 'inbound' },
        include: { ticket: { select: { reference: true } } },
        orderBy: { id: 'asc' },
      });
      expect(requests.map((m) => [m.ticket.reference, m.kind, m.rawMessageId])).toEqual([
        ['RD-1008', 'request', raw.id],
        ['RD-1009', 'request', null],
      ]);
      expect(raw.ticketId).toBe((await ticket('RD-1008')).id);
      const ingested = await app.database.db.auditEvent.findMany({
        where: { type: 'ticket.ingested', ticketReference: { in: ['RD-1008', 'RD-1009'] } },
        orderBy: { seq: 'asc' },
      });
      expect(ingested.map((e) => [e.ticketReference, JSON.parse(e.payload).rawMessageId])).toEqual([
        ['RD-1008', raw.id],
        ['RD-1009', raw.id],
      ]);
      expect(opened.slice(-2)).toEqual(['RD-1008', 'RD-1009']);
      expect(await emails('RD-1008', 'acknowledgement')).toBe(1);
      expect(await emails('RD-1009', 'acknowledgement')).toBe(1);
    });

    it('lets an approver change the law of a ticket, recorded with the reason, and recomputes the deadline', async () => {
      expect(await run(agent, 'jurisdiction RD-1008 us-ca she lives in San Diego')).toMatchObject({
        kind: 'error',
        code: 'forbidden_role',
      });
      const changed = await run(approver, 'jurisdiction RD-1008 us-ca she lives in San Diego');
      // The acknowledgement told the requester 18 Feb (GDPR's month): the CCPA's later date does not bind it.
      expect(changed).toMatchObject({
        kind: 'changed',
        summary:
          'RD-1008 is now under us-ca: due 2026-03-04. Warning: the requester was told to expect an answer by 2026-02-18 (acknowledgement), which us-ca no longer sets: keep to it, or tell them with "reply RD-1008 …"',
      });
      const shown = viewOf(await run(agent, 'show RD-1008'));
      expect(shown).toMatchObject({ jurisdiction: 'us-ca', due: '2026-03-04' });
      expect(shown.deadlineExplanation).toMatch(/^due 4 Mar: CCPA 45 days from 18 Jan/);
      expect(await ticket('RD-1008')).toMatchObject({ jurisdiction: 'us-ca', dueDate: '2026-03-04' });
      const events = await app.database.db.auditEvent.findMany({
        where: { ticketReference: 'RD-1008', type: 'ticket.jurisdiction_changed' },
      });
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]!.payload)).toMatchObject({
        from: 'eu-gdpr',
        to: 'us-ca',
        reason: 'she lives in San Diego',
        promisedDate: '2026-02-18',
        promisedIn: 'acknowledgement',
      });
      expect(events[0]!.actor).toBe(approver.id);
      expect(await run(approver, 'jurisdiction RD-1008 us-ca again')).toMatchObject({
        code: 'jurisdiction_unchanged',
      });
    });

    it('warns staff, and records, when a new law cuts short the date an extension notice promised the requester', async () => {
      // RD-1002 (ZM API, GDPR, received 2 Mar 2026): extended within its first month to 2 Jun, and told so.
      expect(await run(approver, 'extend RD-1002 ten years of records in four systems')).toMatchObject({
        kind: 'changed',
        ticket: { due: '2026-06-02' },
      });
      expect(await emails('RD-1002', 'extension_notice')).toBe(1);
      // The CCPA caps an extended request at 90 days from receipt (11 CCR §7021(b)): 31 May, before 2 Jun.
      const changed = await run(approver, 'jurisdiction RD-1002 us-ca the requester lives in Fresno');
      expect(changed).toMatchObject({
        kind: 'changed',
        summary:
          'RD-1002 is now under us-ca: due 2026-05-31. Warning: the requester was told to expect an answer by 2026-06-02 (extension notice), which us-ca does not allow: answer by 2026-05-31 and tell them with "reply RD-1002 …"',
      });
      const [event] = await app.database.db.auditEvent.findMany({
        where: { ticketReference: 'RD-1002', type: 'ticket.jurisdiction_changed' },
      });
      expect(JSON.parse(event!.payload)).toMatchObject({
        from: 'eu-gdpr',
        to: 'us-ca',
        promisedDate: '2026-06-02',
        promisedIn: 'extension_notice',
      });
      // Nothing is sent by itself: staff word the correction (docs/letters.md).
      expect(
        await app.database.db.outboundEmail.count({ where: { ticketId: (await ticket('RD-1002')).id } }),
      ).toBe(2);
    });

    it('records a withdrawal: the ticket closes, its live code stops working and the requester gets no letter', async () => {
      await run(agent, 'verify RD-1003 send');
      const before = await app.database.db.outboundEmail.count({
        where: { ticketId: (await ticket('RD-1003')).id },
      });
      const reply = await run(agent, 'withdraw RD-1003 requester wrote that they no longer need it');
      expect(reply).toMatchObject({
        kind: 'changed',
        summary: 'RD-1003 withdrawn by the requester',
        ticket: { status: 'withdrawn' },
      });
      const stored = await ticket('RD-1003');
      expect(stored.closedAt).not.toBeNull();
      expect(
        await app.database.db.verificationCode.count({ where: { ticketId: stored.id, status: 'pending' } }),
      ).toBe(0);
      expect(await app.database.db.outboundEmail.count({ where: { ticketId: stored.id } })).toBe(before);
      expect(await app.database.db.ticketNote.count({ where: { ticketId: stored.id } })).toBe(1);
      expect(await run(agent, 'withdraw RD-1003')).toMatchObject({ code: 'already_withdrawn' });
      expect(await run(approver, 'jurisdiction RD-1003 us-ca late')).toMatchObject({ code: 'ticket_closed' });
    });

    it('verify confirm closes the live code, purges ID documents and tells the requester, in the verification record', async () => {
      await run(agent, 'verify RD-1001 send');
      const { id } = await ticket('RD-1001');
      const message = await app.database.db.ticketMessage.findFirstOrThrow({
        where: { ticketId: id, direction: 'inbound' },
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
      const reply = await run(agent, 'verify RD-1001 confirm document_checked passport seen on a call');
      expect(reply).toMatchObject({ kind: 'changed', ticket: { status: 'verified' } });
      expect(
        await app.database.db.verificationCode.count({ where: { ticketId: id, status: 'pending' } }),
      ).toBe(0);
      expect(
        (await app.database.db.attachment.findUniqueOrThrow({ where: { id: passport.id } })).content,
      ).toBeNull();
      expect(await emails('RD-1001', 'verification_success')).toBe(1);
      expect(
        await app.database.db.verificationEvent.findMany({
          where: { ticketId: id, kind: 'manual' },
          select: { outcome: true, method: true },
        }),
      ).toEqual([{ outcome: 'verified', method: 'document_checked' }]);
      const attempts = await app.database.db.auditEvent.findMany({
        where: { ticketReference: 'RD-1001', type: 'verification.attempted' },
      });
      expect(attempts.map((e) => JSON.parse(e.payload))).toEqual([
        { method: 'document_checked', outcome: 'verified', note: true },
      ]);
      expect(
        await app.database.db.auditEvent.count({
          where: { ticketReference: 'RD-1001', type: 'data.purged' },
        }),
      ).toBe(1);
      // Confirmed again, the lifecycle refuses and nothing more is recorded or sent.
      expect(await run(agent, 'verify RD-1001 confirm document_checked')).toMatchObject({
        code: 'already_verified',
      });
      expect(await emails('RD-1001', 'verification_success')).toBe(1);
    });

    it('verify confirm of a request made for someone else needs the agent-authorisation method, and changes nothing otherwise', async () => {
      const before = await app.database.db.ticket.update({
        where: { reference: 'RD-1006' },
        data: { flags: ['authorised_agent'] },
      });
      const refused = await run(agent, 'verify RD-1006 confirm account_email_match');
      expect(refused).toMatchObject({ kind: 'error', code: 'agent_authorisation_required' });
      expect(await ticket('RD-1006')).toMatchObject({ status: 'received', version: before.version });
      expect(await app.database.db.verificationEvent.count({ where: { ticketId: before.id } })).toBe(0);
      expect(await emails('RD-1006', 'verification_success')).toBe(0);
      expect(
        await app.database.db.auditEvent.count({
          where: { ticketReference: 'RD-1006', type: 'ticket.transitioned' },
        }),
      ).toBe(0);
      const confirmed = await run(
        agent,
        'verify RD-1006 confirm agent_authorisation signed authorisation checked',
      );
      expect(confirmed).toMatchObject({ kind: 'changed', ticket: { status: 'verified' } });
      expect(await emails('RD-1006', 'verification_success')).toBe(1);
    });

    it('answers verify confirm with "not available" on a desk without the verification module', async () => {
      const { mail: _mail, ...withoutMail } = deps;
      expect(await run(agent, 'verify RD-1007 confirm document_checked', withoutMail)).toMatchObject({
        kind: 'error',
        code: 'not_available_yet',
      });
    });

    it('refuses to extend a PIPEDA ticket whose rights s. 8(3) gives no time limit, and sends nothing', async () => {
      // RD-1008 (an objection, received 18 Jan 2026) under PIPEDA, a week in: s. 8(4) extends only the
      // 30 days of a request under Sch. 1 cl. 4.9 (access, correction), so no notice may claim it.
      const early = { ...deps, now: () => new Date('2026-01-25T12:00:00Z') };
      await run(approver, 'jurisdiction RD-1008 ca-pipeda she lives in Ottawa', early);
      const before = await ticket('RD-1008');
      expect(before).toMatchObject({ jurisdiction: 'ca-pipeda', extended: false });
      expect(await run(approver, 'extend RD-1008 three systems to search', early)).toMatchObject({
        kind: 'error',
        code: 'letter_not_for_this_law',
      });
      expect(await ticket('RD-1008')).toMatchObject({ extended: false, version: before.version });
      expect(await emails('RD-1008', 'extension_notice')).toBe(0);
    });

    it('keeps one unbroken audit chain through it all', async () => {
      expect(await verifyAuditTrail(app.tickets.auditTrail)).toMatchObject({ ok: true });
    });
  },
);
