// Staff settle a held acknowledgement: an agent may not release it, an approver may; the sender loop then
// delivers it once, and a second held email can be discarded with a reason instead. Each step is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const request = (id: string, sender: string) =>
  [
    `From: Someone <${sender}>`,
    'To: privacy@zmapi.example',
    'Subject: Please delete my account',
    'Date: Mon, 4 May 2026 10:00:00 +0200',
    `Message-ID: <${id}@example.com>`,
    `Authentication-Results: mx.rightsdesk.test; spf=pass smtp.mailfrom=relay.example; dmarc=fail header.from=${sender.split('@')[1]}`,
    '',
    'Please delete my account and all personal data you hold about me.',
    '',
  ].join('\r\n');

describe.each(engines('release_held'))('releasing held mail (%s)', (_engine, databaseUrl) => {
  let smtp: TestSmtpServer;
  let app: App;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const url = await databaseUrl();
    app = await createTestApp({ ...(url ? { databaseUrl: url } : {}), env: smtpOrganisations(smtp.port) });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const held = async (id: string) => {
    const outcome = await ingestRaw(app, request(id, `${id}@bank.example`));
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    const ticket = await app.database.db.ticket.findFirstOrThrow({
      where: { reference: outcome.ticketReference },
    });
    const email = await app.database.db.outboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(email).toMatchObject({
      status: 'capped',
      statusReason: 'held for staff: the sender failed DMARC',
    });
    return { reference: outcome.ticketReference, email };
  };
  const auditOf = (reference: string, type: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } });

  it('refuses an agent, lets an approver release it, and the sender delivers it once', async () => {
    const { reference, email } = await held('release-me');
    expect((await app.requesterMail.sendNow()).sent).toBe(0);

    const refused = await app.tickets.execute(
      { id: 'test:agent', role: 'agent' },
      { name: 'release', reference, discard: null },
    );
    expect(refused).toMatchObject({ kind: 'error', code: 'role_required' });
    expect(await auditOf(reference, 'desk.refused')).toHaveLength(1);
    expect(await app.database.db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: 'capped',
    });

    const released = await app.tickets.execute(
      { id: 'test:approver', role: 'approver' },
      { name: 'release', reference, discard: null },
    );
    expect(released).toMatchObject({ kind: 'changed' });
    expect(released.kind === 'changed' && released.ticket.emails).toEqual([
      { template: 'acknowledgement', status: 'queued', reason: null },
    ]);
    const [event] = await auditOf(reference, 'email.released');
    expect(event?.actor).toBe('test:approver');
    expect(JSON.parse(event?.payload ?? '{}')).toEqual({ messageIds: [email.messageId] });

    expect((await app.requesterMail.sendNow()).sent).toBe(1);
    expect((await app.requesterMail.sendNow()).sent).toBe(0);
    expect(smtp.received.filter((m) => m.email.messageId === email.messageId)).toHaveLength(1);

    const again = await app.tickets.execute(
      { id: 'test:approver', role: 'approver' },
      { name: 'release', reference, discard: null },
    );
    expect(again).toMatchObject({ kind: 'error', code: 'nothing_held' });
  });

  it('gives a released letter its full retry window, however long it was held', async () => {
    const { reference, email } = await held('held-long');
    const giveUp = app.requesterMail.sender.giveUpAfterMs;
    await app.database.db.outboundEmail.update({
      where: { id: email.id },
      data: { queuedAt: new Date(Date.now() - giveUp - 3_600_000) },
    });
    await app.tickets.execute(
      { id: 'test:approver', role: 'approver' },
      { name: 'release', reference, discard: null },
    );
    smtp.refused.add(email.toAddress);
    try {
      await app.requesterMail.sendNow();
    } finally {
      smtp.refused.delete(email.toAddress);
    }
    // A first refusal after the release is retried with backoff, not parked as failed for having waited.
    expect(await app.database.db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: 'queued',
      attempts: 1,
    });
  });

  it('discards a held email with the reason, and never sends it', async () => {
    const { reference, email } = await held('discard-me');
    const discarded = await app.tickets.execute(
      { id: 'test:admin', role: 'admin' },
      { name: 'release', reference, discard: 'spoofed sender' },
    );
    expect(discarded.kind === 'changed' && discarded.ticket.emails).toEqual([
      { template: 'acknowledgement', status: 'failed', reason: 'discarded by staff: spoofed sender' },
    ]);
    expect(await auditOf(reference, 'email.discarded')).toHaveLength(1);
    await app.requesterMail.sendNow();
    expect(smtp.received.filter((m) => m.email.messageId === email.messageId)).toHaveLength(0);
  });
});
