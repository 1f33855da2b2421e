import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/app/intake/ingest-batch.js';
import type { App } from '../../src/composition-root.js';
import { checkMessageId } from '../../src/domain/intake/message-ids.js';
import type { TemplateInput } from '../../src/domain/outbound/template-data.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const fixtures = join(repoRoot, 'test/fixtures/outbox');

/** A fixture with a fresh Message-ID, so the same file can open several tickets. */
function fixture(name: string, id: string): string {
  return readFileSync(join(fixtures, name), 'utf8').replace(
    /^Message-ID: <[^>]+>/m,
    `Message-ID: <${id}@example.com>`,
  );
}

describe('outbox and SMTP delivery', () => {
  let smtp: TestSmtpServer;
  let app: App;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({ env: smtpOrganisations(smtp.port) });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('acknowledges a new request once, threaded, tokened and marked as an automatic reply', async () => {
    const outcome = await ingestRaw(app, fixture('request.eml', 'ack-1'));
    expect(outcome.kind).toBe('ticket');
    const reference = outcome.kind === 'ticket' ? outcome.ticketReference : '';
    expect((await app.requesterMail.sendNow()).sent).toBe(1);
    expect((await app.requesterMail.sendNow()).sent).toBe(0);
    const mails = smtp.received.filter((m) => m.email.inReplyTo === '<ack-1@example.com>');
    expect(mails).toHaveLength(1);
    const { email, envelopeTo, envelopeFrom } = mails[0]!;
    expect(envelopeTo).toEqual(['jane@example.com']);
    expect(envelopeFrom).toBe('privacy@zmapi.example');
    expect(email.subject).toContain(`[${reference}]`);
    expect(email.references).toEqual(['<ack-1@example.com>']);
    expect(checkMessageId(email.messageId!, 'test-secret-0123456789-0123456789-0123456789')).toEqual({
      kind: 'ours',
      ticketReference: reference,
    });
    const header = (name: string) => email.headers.find((h) => h.key === name)?.value;
    expect(header('auto-submitted')).toBe('auto-replied');
    expect(header('x-auto-response-suppress')).toBe('All');
    // An automatic reply quotes nothing the sender wrote: neither the subject nor the display name.
    expect(email.text).toContain(reference);
    expect(email.text).not.toContain('Please delete my account');
    expect(email.text).not.toContain('Jane');
    // The outgoing email joined the conversation, so a reply to it threads by In-Reply-To.
    const outbound = await app.database.db.ticketMessage.findMany({ where: { direction: 'outbound' } });
    expect(outbound.map((m) => m.messageId)).toContain(email.messageId);
  });

  it('lays an acknowledgement out when it is sent, exactly as its composed letter lays out', async () => {
    const outcome = await ingestRaw(
      app,
      fixture('request.eml', 'ack-later').replace('jane@example.com', 'lena@example.com'),
    );
    expect(outcome.kind).toBe('ticket');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({
      where: { reference: outcome.kind === 'ticket' ? outcome.ticketReference : '' },
    });
    const queued = await app.database.db.outboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    // Intake stored the composed letter and its subject; nothing was laid out in its transaction.
    expect(queued).toMatchObject({
      template: 'acknowledgement',
      status: 'queued',
      bodyText: '',
      bodyHtml: null,
    });
    expect(queued.subject).toContain(`[${ticket.reference}]`);
    const expected = app.requesterMail.deps.renderer.render(JSON.parse(queued.letter!) as TemplateInput);
    await app.requesterMail.sendNow();
    const mail = smtp.received.find((m) => m.email.inReplyTo === '<ack-later@example.com>')!;
    expect(mail.email.subject).toBe(queued.subject);
    expect(mail.email.text?.trimEnd()).toBe(expected.text.trimEnd());
    expect(mail.email.html).toContain(expected.html!.slice(0, 200));
    // What went out is kept as every other email's is, in the outbox and in the conversation.
    const sent = await app.database.db.outboundEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({
      status: 'sent',
      bodyText: expected.text,
      bodyHtml: expected.html,
      letter: null,
    });
    const message = await app.database.db.ticketMessage.findFirstOrThrow({
      where: { messageId: queued.messageId, direction: 'outbound' },
    });
    expect(message.bodyText).toBe(expected.text);
  });

  it('never acknowledges an auto-reply', async () => {
    const before = await app.database.db.outboundEmail.count();
    const outcome = await ingestRaw(app, fixture('auto-reply.eml', 'ooo-2'));
    expect(outcome.kind).toBe('automatic');
    expect(await app.database.db.outboundEmail.count()).toBe(before);
  });

  it('relays nothing of a hostile name or subject and lets no header be injected', async () => {
    const outcome = await ingestRaw(app, fixture('hostile-request.eml', 'hostile-2'));
    expect(outcome.kind).toBe('ticket');
    await app.requesterMail.sendNow();
    const mail = smtp.received.find((m) => m.email.inReplyTo === '<hostile-2@example.com>')!;
    expect(mail.envelopeTo).toEqual(['eve@example.com']);
    expect(mail.email.headers.filter((h) => h.key === 'bcc')).toEqual([]);
    for (const part of [mail.email.html, mail.email.text])
      for (const hostile of ['script', 'alert(1)', 'now</b>', 'now&lt;/b&gt;', 'Delete my data', 'victim@'])
        expect(part).not.toContain(hostile);
    const headerBlock = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/));
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    expect(headerBlock).not.toContain('victim@');
  });

  it('holds automatic emails over the per-requester cap and shows them as capped', async () => {
    // The cap is 3 an hour; jane already had one acknowledgement above.
    for (const id of ['cap-1', 'cap-2', 'cap-3']) await ingestRaw(app, fixture('request.eml', id));
    const rows = await app.database.db.outboundEmail.findMany({
      where: { toAddress: 'jane@example.com' },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => r.status)).toEqual(['sent', 'queued', 'queued', 'capped']);
    expect(rows.at(-1)!.statusReason).toMatch(/cap reached/);
    // Shown to staff, not only recorded: the desk's view of the ticket lists the held email.
    const capped = await app.database.db.ticket.findUniqueOrThrow({ where: { id: rows.at(-1)!.ticketId } });
    const shown = await app.tickets.execute(
      { id: 'test:agent', role: 'agent' },
      { name: 'show', reference: capped.reference },
    );
    expect(shown.kind === 'ticket' && shown.ticket.emails).toEqual([
      {
        template: 'acknowledgement',
        status: 'capped',
        reason: expect.stringMatching(/cap reached/) as unknown,
      },
    ]);
    const sentBefore = smtp.received.length;
    await app.requesterMail.sendNow();
    expect(smtp.received.length).toBe(sentBefore + 2);
  });

  it('counts the emails a batch queues itself against the cap', async () => {
    // Four requests from one new sender in ONE intake batch: the cap (3 an hour) holds the fourth.
    const raws = ['b-1', 'b-2', 'b-3', 'b-4'].map((id) =>
      Buffer.from(fixture('request.eml', id).replace(/^From: .*$/m, 'From: Bob Batch <bob@example.com>')),
    );
    await ingestBatch(
      {
        target: { organisationId: 'testorg', mailboxId: 'testorg-inbox' },
        sourceLabel: 'test',
        messages: raws.map((raw) => ({
          uidValidity: null,
          uid: null,
          sourceName: null,
          raw,
          size: raw.length,
          tooLarge: false,
          receivedAt: null,
        })),
        checkpoint: null,
        rescan: false,
        quarantineFailures: true,
      },
      app.intake,
    );
    const rows = await app.database.db.outboundEmail.findMany({
      where: { toAddress: 'bob@example.com' },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => r.status)).toEqual(['queued', 'queued', 'queued', 'capped']);
  });

  it('delivers exactly once after the SMTP server was down', { timeout: 60_000 }, async () => {
    await smtp.stop();
    const sender = app.requesterMail.startSender();
    try {
      await ingestRaw(
        app,
        fixture('request.eml', 'outage-1').replace('jane@example.com', 'omar@example.com'),
      );
      const row = () =>
        app.database.db.outboundEmail.findFirstOrThrow({ where: { toAddress: 'omar@example.com' } });
      const deadline = Date.now() + 15_000;
      while ((await row()).attempts < 2 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect((await row()).status).toBe('queued');
      expect((await row()).lastError).toBeTruthy();
      await smtp.start();
      while ((await row()).status !== 'sent' && Date.now() < deadline + 15_000)
        await new Promise((r) => setTimeout(r, 100));
      const sent = await row();
      expect(sent.status).toBe('sent');
      await new Promise((r) => setTimeout(r, 1500));
      expect(smtp.received.filter((m) => m.email.messageId === sent.messageId)).toHaveLength(1);
    } finally {
      await sender.stop();
    }
  });
});
