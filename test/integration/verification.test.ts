import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const fixtures = join(repoRoot, 'test/fixtures/outbox');
const TRUSTED = 'mx.rightsdesk.test';

describe('identity verification by one-time code, through intake and SMTP', () => {
  let smtp: TestSmtpServer;
  let app: App;
  let seq = 0;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({ env: smtpOrganisations(smtp.port) });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /** Opens a ticket for `requester` and starts verification; returns the code as the requester reads it. */
  async function ticketAwaitingCode(requester: string, domain = 'zmapi.example') {
    const id = `req-${++seq}`;
    const raw = readFileSync(join(fixtures, 'request.eml'), 'utf8')
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <${id}@example.com>`)
      .replaceAll('jane@example.com', requester)
      .replace('privacy@zmapi.example', `privacy@${domain}`);
    const organisationId = domain === 'zmapi.example' ? 'testorg' : 'shortorg';
    const outcome = await ingestRaw(app, raw, { organisationId, mailboxId: `${organisationId}-inbox` });
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    const started = await app.requesterMail.verification.start(outcome.ticketReference, 'slack:U1');
    expect(started.ok).toBe(true);
    await app.requesterMail.sendNow();
    const mail = smtp.received.find(
      (m) =>
        m.envelopeTo.includes(requester) &&
        /identity/.test(m.email.subject) &&
        m.email.subject.includes(outcome.ticketReference),
    )!;
    const code = /\b(\d{4}-\d{4})\b/.exec(mail.email.text)![1]!;
    return {
      reference: outcome.ticketReference,
      code,
      messageId: mail.email.messageId!,
      requestId: `<${id}@example.com>`,
      organisationId,
    };
  }

  function reply(input: { from: string; to?: string; inReplyTo: string; code: string; auth: string }) {
    return readFileSync(join(fixtures, 'code-reply.eml.tpl'), 'utf8')
      .replace('{{FROM}}', input.from)
      .replace('{{TO}}', input.to ?? 'privacy@zmapi.example')
      .replace('{{ID}}', `reply-${++seq}`)
      .replaceAll('{{IN_REPLY_TO}}', input.inReplyTo)
      .replace('{{AUTH}}', input.auth)
      .replace('{{CODE}}', input.code);
  }

  const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const events = async (reference: string) =>
    app.database.db.verificationEvent.findMany({
      where: { ticketId: (await ticket(reference)).id, kind: 'code_reply' },
    });

  it('a reply with the right code from the requester’s authenticated address verifies the ticket', async () => {
    const t = await ticketAwaitingCode('ana@example.com');
    const codeRow = await app.database.db.verificationCode.findFirstOrThrow({
      where: { ticketId: (await ticket(t.reference)).id },
    });
    expect(codeRow.codeHash).not.toContain(t.code.replace('-', ''));
    const outcome = await ingestRaw(
      app,
      reply({
        from: 'ana@example.com',
        inReplyTo: t.messageId,
        code: t.code,
        auth: `${TRUSTED}; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=ana@example.com`,
      }),
    );
    expect(outcome.kind).toBe('reply');
    expect((await ticket(t.reference)).status).toBe('verified');
    expect((await events(t.reference)).map((e) => e.outcome)).toEqual(['verified']);
    await app.requesterMail.sendNow();
    expect(
      smtp.received.some(
        (m) => m.envelopeTo.includes('ana@example.com') && /confirmed/.test(m.email.subject),
      ),
    ).toBe(true);
    const audit = await app.database.db.auditEvent.findMany({ where: { ticketReference: t.reference } });
    expect(audit.map((e) => e.type)).toEqual(
      expect.arrayContaining(['verification.attempted', 'ticket.transitioned', 'email.queued']),
    );
  });

  it('a wrong code does not verify and counts an attempt', async () => {
    const t = await ticketAwaitingCode('ben@example.com');
    const wrong = t.code === '1111-1111' ? '2222-2222' : '1111-1111';
    await ingestRaw(
      app,
      reply({
        from: 'ben@example.com',
        inReplyTo: t.messageId,
        code: wrong,
        auth: `${TRUSTED}; dkim=pass header.d=example.com`,
      }),
    );
    expect((await ticket(t.reference)).status).not.toBe('verified');
    const [event] = await events(t.reference);
    expect(event!.reasons).toEqual(expect.arrayContaining(['wrong_code']));
    const code = await app.database.db.verificationCode.findFirstOrThrow({
      where: { ticketId: (await ticket(t.reference)).id },
    });
    expect(code.attempts).toBe(1);
  });

  it('an expired code does not verify', async () => {
    const t = await ticketAwaitingCode('cleo@example.com', 'short.example');
    await new Promise((r) => setTimeout(r, 1200));
    await ingestRaw(
      app,
      reply({
        from: 'cleo@example.com',
        to: 'privacy@short.example',
        inReplyTo: t.messageId,
        code: t.code,
        auth: `${TRUSTED}; dkim=pass header.d=example.com`,
      }),
      { organisationId: 'shortorg', mailboxId: 'shortorg-inbox' },
    );
    expect((await ticket(t.reference)).status).not.toBe('verified');
    expect((await events(t.reference))[0]!.reasons).toEqual(expect.arrayContaining(['code_expired']));
  });

  it('the right code from a forged sender does not verify', async () => {
    const t = await ticketAwaitingCode('dora@example.com');
    await ingestRaw(
      app,
      reply({
        from: 'mallory@evil.example',
        inReplyTo: t.messageId,
        code: t.code,
        auth: `${TRUSTED}; dkim=pass header.d=evil.example`,
      }),
    );
    expect((await ticket(t.reference)).status).not.toBe('verified');
    expect((await events(t.reference))[0]!.reasons).toEqual(expect.arrayContaining(['sender_not_requester']));
  });

  it('the right code whose DKIM and SPF failed, or passed only in an untrusted header, does not verify', async () => {
    const t = await ticketAwaitingCode('emil@example.com');
    await ingestRaw(
      app,
      reply({
        from: 'emil@example.com',
        inReplyTo: t.messageId,
        code: t.code,
        auth: `${TRUSTED}; dkim=fail header.d=example.com; spf=softfail smtp.mailfrom=emil@example.com`,
      }),
    );
    await ingestRaw(
      app,
      reply({
        from: 'emil@example.com',
        inReplyTo: t.messageId,
        code: t.code,
        auth: 'mx.attacker.example; dkim=pass header.d=example.com',
      }),
    );
    expect((await ticket(t.reference)).status).not.toBe('verified');
    const found = await events(t.reference);
    expect(found).toHaveLength(2);
    for (const e of found) expect(e.reasons).toEqual(expect.arrayContaining(['sender_not_authenticated']));
  });

  it("a stranger's or a forged sender's wrong codes cost the requester no attempt, so the code still verifies", async () => {
    const t = await ticketAwaitingCode('gil@example.com');
    const wrong = ['1111-1111', '2222-2222', '3333-3333'].filter((c) => c !== t.code);
    // The request's Message-ID is no secret: anyone it was copied to can thread a reply by it.
    const guesses = [
      { from: 'mallory@evil.example', auth: `${TRUSTED}; dkim=pass header.d=evil.example` },
      { from: 'mallory@evil.example', auth: `${TRUSTED}; dkim=pass header.d=evil.example` },
      { from: 'gil@example.com', auth: `${TRUSTED}; dkim=fail header.d=example.com; spf=fail` },
      // A pass in our server's name that the sender wrote under the failure our server stamped on top.
      {
        from: 'gil@example.com',
        auth: `${TRUSTED}; dkim=fail header.d=example.com; spf=fail\r\nAuthentication-Results: ${TRUSTED}; dkim=pass header.d=example.com`,
      },
    ];
    for (const [i, guess] of guesses.entries())
      await ingestRaw(app, reply({ ...guess, inReplyTo: t.requestId, code: wrong[i % wrong.length]! }));
    const row = await ticket(t.reference);
    expect((await events(t.reference)).map((e) => e.outcome)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    const code = await app.database.db.verificationCode.findFirstOrThrow({ where: { ticketId: row.id } });
    expect([code.attempts, code.status]).toEqual([0, 'pending']);

    await ingestRaw(
      app,
      reply({
        from: 'gil@example.com',
        inReplyTo: t.messageId,
        code: t.code,
        auth: `${TRUSTED}; dkim=pass header.d=example.com`,
      }),
    );
    expect((await ticket(t.reference)).status).toBe('verified');
  });

  it("a reply in the requester's name that our server says is forged opens no appeal; an authenticated one does", async () => {
    const t = await ticketAwaitingCode('hana@example.com');
    const appeal = (auth: string) =>
      ingestRaw(
        app,
        reply({
          from: 'hana@example.com',
          inReplyTo: t.requestId,
          code: 'I hereby appeal this decision.',
          auth,
        }),
      );
    const forged = await appeal(`${TRUSTED}; dmarc=fail header.from=example.com; spf=fail; dkim=fail`);
    const own = await appeal(`${TRUSTED}; dkim=pass header.d=example.com`);
    expect([forged, own]).toEqual([
      { kind: 'reply', ticketReference: t.reference, via: 'in-reply-to' },
      { kind: 'reply', ticketReference: t.reference, via: 'in-reply-to', appeals: true },
    ]);
  });

  it('manual verification records the method and purges attachments that may be ID documents', async () => {
    const t = await ticketAwaitingCode('finn@example.com');
    const row = await ticket(t.reference);
    const message = await app.database.db.ticketMessage.findFirstOrThrow({
      where: { ticketId: row.id, direction: 'inbound' },
    });
    await app.database.db.attachment.create({
      data: {
        ticketMessageId: message.id,
        filename: 'passport.jpg',
        contentType: 'image/jpeg',
        size: 3,
        content: Buffer.from('abc'),
      },
    });
    const result = await app.requesterMail.verification.recordResult({
      ticket: t.reference,
      actor: 'slack:U2',
      verified: true,
      method: 'document_checked',
      note: 'passport checked',
    });
    expect(result).toMatchObject({ ok: true, purgedAttachments: 1 });
    const attachment = await app.database.db.attachment.findFirstOrThrow({
      where: { ticketMessageId: message.id },
    });
    expect(attachment.content).toBeNull();
    const kinds = await app.database.db.verificationEvent.findMany({ where: { ticketId: row.id } });
    expect(kinds.map((k) => k.kind)).toEqual(['code_sent', 'manual', 'documents_purged']);
    expect(
      await app.database.db.verificationCode.count({ where: { ticketId: row.id, status: 'pending' } }),
    ).toBe(0);
  });
});
