// A UK complaint acknowledged outside Rightsdesk, and a held automatic acknowledgement released, through the
// real composition root on SQLite and a real SMTP server in-process: `complaint … acknowledge offline post`
// records DPA 2018 s. 164A(3)'s acknowledgement (late after the 30 days) with no letter, the desk line goes
// and the digest counts it; releasing a held acknowledgement records `ticket.complaint_acknowledged` once.
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
const approver: DeskActor = { id: 'console:ann', role: 'approver' };
const AUGUST_5 = new Date('2026-08-05T12:00:00Z');

describe('a UK complaint acknowledged outside Rightsdesk, or by a released letter (SQLite, SMTP)', () => {
  let smtp: TestSmtpServer;
  let app: App;
  let now = new Date('2026-07-01T12:00:00Z');
  const references: Record<string, string> = {};
  const desk = deskAt(
    () => app,
    () => now,
  );
  const run = (text: string, actor: DeskActor = agent) => desk(text, actor);
  const templates = async (reference: string) => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const emails = await app.database.db.outboundEmail.findMany({ where: { ticketId: ticket.id } });
    return emails.map((e) => [e.template, e.status]);
  };
  const audit = async (reference: string, type: string) =>
    (await app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } })).map((e) => ({
      actor: e.actor,
      payload: JSON.parse(e.payload),
    }));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({
      deskNow: () => now,
      env: {
        RIGHTSDESK_ORGANISATIONS_DIR: complaintOrganisations(
          smtp.port,
          [
            { id: 'ukpost', law: 'uk-gdpr' },
            {
              id: 'ukheld',
              law: 'uk-gdpr',
              complaints: 'complaints:\n  acknowledge: with_request_acknowledgement\n',
            },
          ],
          { authservId: 'mx.rightsdesk.test' },
        ),
      },
    });
    for (const [org, dmarc] of [
      ['ukpost', 'pass'],
      ['ukheld', 'fail'],
    ] as const) {
      const outcome = await ingestRaw(
        app,
        complaintMail(org, `req-${org}`, 'Information Commissioner', [
          `Authentication-Results: mx.rightsdesk.test; spf=pass smtp.mailfrom=example.net; dmarc=${dmarc} header.from=example.net`,
        ]),
        {
          organisationId: org,
          mailboxId: `${org}-inbox`,
        },
      );
      if (outcome.kind !== 'ticket') throw new Error(`expected a ticket for ${org}, got ${outcome.kind}`);
      references[org] = outcome.ticketReference;
    }
    now = AUGUST_5;
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('records an acknowledgement by post, late, with no letter; the line goes and the digest counts it', async () => {
    const ref = references.ukpost!;
    expect(viewOf(await run(`show ${ref}`)).complaintAcknowledgement).toMatch(/^overdue/);
    const reply = await run(`complaint ${ref} acknowledge offline post`);
    expect(reply).toMatchObject({ kind: 'changed' });
    expect(reply.kind === 'changed' && reply.summary).toContain('outside Rightsdesk (post); no letter');
    expect(await audit(ref, 'ticket.complaint_acknowledged')).toEqual([
      {
        actor: agent.id,
        payload: { due: '2026-07-30', late: true, automatic: false, channel: 'offline', how: 'post' },
      },
    ]);
    expect(await templates(ref)).toEqual([['acknowledgement', 'queued']]);
    const shown = viewOf(await run(`show ${ref}`));
    expect(shown.complaintAcknowledgement ?? null).toBeNull();
    expect(renderTicket(shown).join('\n')).not.toContain('acknowledge the complaint');
    const digest = await run('digest ukpost');
    if (digest.kind !== 'digest') throw new Error(`expected a digest, got ${digest.kind}`);
    expect(digestLines(digest.digest, 'ukpost')).toContain(
      'UK complaints (DPA 2018 s. 164A): 0 not acknowledged (0 past the 30 days), 1 acknowledged late this week',
    );
    expect(await run(`complaint ${ref} acknowledge offline phone`)).toMatchObject({
      code: 'complaint_refused',
      message: expect.stringContaining('already acknowledged'),
    });
    // The outcome may follow an acknowledgement made outside Rightsdesk.
    expect(await run(`complaint ${ref} outcome upheld sent the copy by post`)).toMatchObject({
      kind: 'changed',
    });
  });

  it('records the released automatic acknowledgement once, late as of its release', async () => {
    const ref = references.ukheld!;
    expect(await templates(ref)).toEqual([
      ['acknowledgement', 'capped'],
      ['complaint_acknowledgement', 'capped'],
    ]);
    expect(await audit(ref, 'ticket.complaint_acknowledged')).toEqual([]);
    // Intake runs on the real clock: the held letters are dated the day the complaint arrived.
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: ref } });
    await app.database.db.outboundEmail.updateMany({
      where: { ticketId: ticket.id },
      data: { queuedAt: new Date('2026-07-01T09:05:00Z') },
    });
    expect(await run(`release ${ref}`, approver)).toMatchObject({ kind: 'changed' });
    expect(await audit(ref, 'ticket.complaint_acknowledged')).toEqual([
      { actor: approver.id, payload: { due: '2026-07-30', late: true, automatic: true } },
    ]);
    expect(await run(`release ${ref}`, approver)).toMatchObject({ code: 'nothing_held' });
    expect(await audit(ref, 'ticket.complaint_acknowledged')).toHaveLength(1);
    expect(viewOf(await run(`show ${ref}`)).complaintAcknowledgement ?? null).toBeNull();
    // Acknowledged when released, after the last day: the digest counts it late this week.
    const digest = await run('digest ukheld');
    if (digest.kind !== 'digest') throw new Error(`expected a digest, got ${digest.kind}`);
    expect(digest.digest).toMatchObject({ complaintsUnacknowledged: 0, complaintsAcknowledgedLate: 1 });
  });
});
