// A UK complaint handled to the end, through the real composition root on SQLite and a real SMTP server
// in-process: DPA 2018 s. 164A(3)'s acknowledgement sent by `complaint … acknowledge` (threaded, audited,
// delivered), the desk's line turning overdue and going away, the outcome recorded with a short reason,
// the command refused under another law, and an organisation whose file acknowledges with the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTicket } from '../../src/adapters/console/render-reply.js';
import { digestLines } from '../../src/app/desk/digest-lines.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import type { App } from '../../src/composition-root.js';
import { complaintMail, complaintOrganisations, deskAt } from '../support/complaint-desk.js';
import { viewOf } from '../support/engines.js';
import { ingestRaw, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const viewer: DeskActor = { id: 'console:vic', role: 'viewer' };
const JULY_10 = new Date('2026-07-10T12:00:00Z');
const AUGUST_5 = new Date('2026-08-05T12:00:00Z');

describe('a UK complaint handled to the end (SQLite, SMTP)', () => {
  let smtp: TestSmtpServer;
  let app: App;
  let now = JULY_10;
  const references: Record<string, string> = {};
  const desk = deskAt(
    () => app,
    () => now,
  );
  const run = (text: string, actor: DeskActor = agent) => desk(text, actor);
  const emails = async (reference: string) => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    return app.database.db.outboundEmail.findMany({ where: { ticketId: ticket.id }, orderBy: { id: 'asc' } });
  };
  const audit = (reference: string, type: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({
      deskNow: () => now,
      env: {
        RIGHTSDESK_ORGANISATIONS_DIR: complaintOrganisations(smtp.port, [
          { id: 'ukstaff', law: 'uk-gdpr' },
          {
            id: 'ukauto',
            law: 'uk-gdpr',
            complaints: 'complaints:\n  acknowledge: with_request_acknowledgement\n',
          },
          { id: 'eustaff', law: 'eu-gdpr' },
        ]),
        OUTBOX_POLL_SECONDS: '1',
      },
    });
    for (const [org, authority] of [
      ['ukstaff', 'Information Commissioner'],
      ['ukauto', 'Information Commissioner'],
      ['eustaff', 'supervisory authority'],
    ] as const) {
      const outcome = await ingestRaw(app, complaintMail(org, `req-${org}`, authority), {
        organisationId: org,
        mailboxId: `${org}-inbox`,
      });
      if (outcome.kind !== 'ticket') throw new Error(`expected a ticket for ${org}, got ${outcome.kind}`);
      references[org] = outcome.ticketReference;
    }
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('shows the date to acknowledge by, then "overdue" after it', async () => {
    const ref = references.ukstaff!;
    expect(viewOf(await run(`show ${ref}`)).complaintAcknowledgement).toBe(
      'acknowledge the complaint by 2026-07-30 (DPA 2018 s. 164A)',
    );
    now = AUGUST_5;
    expect(viewOf(await run(`show ${ref}`)).complaintAcknowledgement).toBe(
      'overdue: acknowledge the complaint, due by 2026-07-30 (DPA 2018 s. 164A)',
    );
    const digest = await run('digest ukstaff');
    if (digest.kind !== 'digest') throw new Error(`expected a digest, got ${digest.kind}`);
    expect(digest.digest).toMatchObject({ complaintsUnacknowledged: 1, complaintsUnacknowledgedOverdue: 1 });
    expect(digestLines(digest.digest, 'ukstaff')).toContain(
      'UK complaints (DPA 2018 s. 164A): 1 not acknowledged (1 past the 30 days), 0 acknowledged late this week',
    );
    now = JULY_10;
  });

  it('refuses a viewer, then sends the acknowledgement in the thread, audited, and the line goes', async () => {
    const ref = references.ukstaff!;
    expect(await run(`complaint ${ref} acknowledge`, viewer)).toMatchObject({
      kind: 'error',
      code: 'role_required',
    });
    const reply = await run(`complaint ${ref} acknowledge`);
    expect(reply).toMatchObject({ kind: 'changed' });
    expect(reply.kind === 'changed' && reply.summary).toContain('complaint acknowledgement was sent');
    const letter = (await emails(ref)).find((e) => e.template === 'complaint_acknowledgement');
    expect(letter).toMatchObject({
      automatic: false,
      status: 'queued',
      inReplyTo: '<req-ukstaff@example.net>',
      toAddress: 'owen.price@example.net',
    });
    expect(letter?.subject).toContain(`[${ref}]`);
    const [event] = await audit(ref, 'ticket.complaint_acknowledged');
    expect(event?.actor).toBe(agent.id);
    expect(JSON.parse(event?.payload ?? '{}')).toEqual({ due: '2026-07-30', late: false, automatic: false });
    const queued = await audit(ref, 'email.queued');
    expect(queued.map((e) => JSON.parse(e.payload).template)).toContain('complaint_acknowledgement');

    const shown = viewOf(await run(`show ${ref}`));
    expect(shown.complaintAcknowledgement ?? null).toBeNull();
    expect(renderTicket(shown).join('\n')).not.toContain('acknowledge the complaint');
    expect(await run(`complaint ${ref} acknowledge`)).toMatchObject({
      kind: 'error',
      code: 'complaint_refused',
      message: expect.stringContaining('already acknowledged'),
    });

    await app.requesterMail.sendNow();
    const sent = smtp.received.find((m) => m.email.messageId === letter?.messageId);
    expect(sent?.email.subject).toContain('We have received your complaint');
    const text = sent?.email.text ?? '';
    for (const needle of [
      'We received your complaint on July 1, 2026',
      'DPA 2018 s. 164A(3)',
      'without undue delay (DPA 2018 s. 164A(4), (5))',
      '(https://ico.org.uk/make-a-complaint/) (DPA 2018 s. 165)',
    ])
      expect(text).toContain(needle);
    expect(text).not.toMatch(/Owen|Price/);
    const stored = (await emails(ref)).find((e) => e.messageId === letter?.messageId);
    expect(stored?.status).toBe('sent');
  });

  it('records the outcome with a short reason, once, and keeps the reason out of the channel', async () => {
    const ref = references.ukstaff!;
    const seen: string[] = [];
    app.tickets.notifiers.push({
      ticketOpened: async () => {},
      ticketChanged: async (view) => {
        seen.push(JSON.stringify(view));
      },
    });
    const reply = await run(`complaint ${ref} outcome not_upheld the copy went out within the month`);
    expect(reply).toMatchObject({ kind: 'changed' });
    expect(reply.kind === 'changed' && reply.summary).toContain(`reply ${ref}`);
    expect(viewOf(await run(`show ${ref}`)).complaintOutcome).toBe('not upheld (recorded 2026-07-10)');
    const [event] = await audit(ref, 'ticket.complaint_outcome_recorded');
    const payload = JSON.parse(event?.payload ?? '{}');
    expect(payload).toMatchObject({ outcome: 'not_upheld', length: 34 });
    expect(payload.reasonSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.join('\n')).not.toContain('within the month');
    expect(await run(`complaint ${ref} outcome upheld again`)).toMatchObject({
      code: 'complaint_refused',
      message: expect.stringContaining('outcome is already recorded'),
    });
  });

  it('refuses the command under another law, saying that law sets no such duty', async () => {
    const ref = references.eustaff!;
    const reply = await run(`complaint ${ref} acknowledge`);
    expect(reply).toMatchObject({ kind: 'error', code: 'complaint_refused' });
    expect(reply.kind === 'error' && reply.message).toContain('eu-gdpr sets no such duty');
    expect(renderTicket(viewOf(await run(`show ${ref}`))).join('\n')).not.toContain('complaint   ');
    expect((await emails(ref)).map((e) => e.template)).toEqual(['acknowledgement']);
  });

  it("acknowledges with the request's acknowledgement where the organisation's file says so", async () => {
    const ref = references.ukauto!;
    // Both in the thread of the request, sent by the earlier test's pass of the outbox.
    expect((await emails(ref)).map((e) => [e.template, e.automatic, e.inReplyTo])).toEqual([
      ['acknowledgement', true, '<req-ukauto@example.net>'],
      ['complaint_acknowledgement', true, '<req-ukauto@example.net>'],
    ]);
    const [event] = await audit(ref, 'ticket.complaint_acknowledged');
    expect(event?.actor).toBe('intake');
    expect(viewOf(await run(`show ${ref}`)).complaintAcknowledgement ?? null).toBeNull();
    // The staff organisation's complaint was not acknowledged by intake.
    expect(await audit(references.eustaff!, 'ticket.complaint_acknowledged')).toEqual([]);
  });
});
