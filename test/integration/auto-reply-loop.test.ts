// A mail loop with an auto-responder that sets neither Auto-Submitted nor Precedence and ignores ours: it
// answers our acknowledgement with an out-of-office notice, which must not open a request of its own and
// be acknowledged in turn (letter after letter, ticket after ticket, until the cap). Real intake, real
// SQLite, a real SMTP server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const fixture = (dir: string, name: string) =>
  readFileSync(join(repoRoot, 'test/fixtures', dir, name), 'utf8');

describe('an auto-responder without automatic headers', () => {
  let smtp: TestSmtpServer;
  let app: App;
  let reference = '';
  let acknowledgement = '';
  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({ env: smtpOrganisations(smtp.port) });
    const outcome = await ingestRaw(app, fixture('outbox', 'request.eml'));
    reference = outcome.kind === 'ticket' ? outcome.ticketReference : '';
    await app.requesterMail.sendNow();
    acknowledgement = smtp.received[0]?.email.messageId ?? '';
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it.each([
    'vacation-de.eml',
    'vacation-fr.eml',
    'vacation-nl.eml',
    'vacation-body-de.eml',
    'ticket-ack-body.eml',
  ])(
    'an out-of-office notice that threads on nothing (%s) opens no ticket and is not answered',
    async (name) => {
      const db = app.database.db;
      const [tickets, emails] = [await db.ticket.count(), await db.outboundEmail.count()];
      const outcome = await ingestRaw(app, fixture('auto-reply', name));
      expect(outcome).toMatchObject({
        kind: 'automatic',
        automaticKind: 'auto_reply',
        ticketReference: null,
      });
      expect([await db.ticket.count(), await db.outboundEmail.count()]).toEqual([tickets, emails]);
      await app.requesterMail.sendNow();
      expect(smtp.received).toHaveLength(1);
    },
  );

  it("one that answers our acknowledgement is filed on its ticket as automatic mail, not as the requester's reply", async () => {
    expect(reference).toMatch(/^RD-\d+$/);
    const raw = fixture('auto-reply', 'vacation-en-threaded.eml').replace(
      '<ACKNOWLEDGEMENT>',
      acknowledgement,
    );
    const outcome = await ingestRaw(app, raw);
    expect(outcome).toMatchObject({
      kind: 'automatic',
      automaticKind: 'auto_reply',
      ticketReference: reference,
    });
    expect(await app.database.db.outboundEmail.count()).toBe(1);
  });

  it('one that answers our verification letter with a phone number spends none of the code’s attempts', async () => {
    const agent = { id: 'console:alice', role: 'agent' } as const;
    expect((await app.tickets.execute(agent, { name: 'verify_send', reference })).kind).toBe('changed');
    await app.requesterMail.sendNow();
    const letter = smtp.received.at(-1)!.email;
    expect(letter.text).toMatch(/\d{4}-\d{4}/);
    // Three notices, as the letter and two reminders would draw: each used to cost one of three attempts.
    for (const n of [1, 2, 3]) {
      const raw = fixture('auto-reply', 'vacation-to-code.eml')
        .replace('<VERIFICATION>', letter.messageId!)
        .replace('<vacation-code@', `<vacation-code-${n}@`);
      expect(await ingestRaw(app, raw)).toMatchObject({ kind: 'automatic', ticketReference: reference });
    }
    const code = await app.database.db.verificationCode.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect([code.status, code.attempts]).toEqual(['pending', 0]);
  });

  it('one that says so only in its body, under a plain subject, is filed as automatic mail and spends no attempt', async () => {
    const letter = smtp.received.at(-1)!.email;
    for (const n of [1, 2, 3]) {
      const raw = fixture('auto-reply', 'vacation-body-only.eml')
        .replace('<VERIFICATION>', letter.messageId!)
        .replace('<vacation-body-only@', `<vacation-body-only-${n}@`);
      expect(await ingestRaw(app, raw)).toMatchObject({
        kind: 'automatic',
        reason: 'out-of-office notice in the body',
        ticketReference: reference,
      });
    }
    const code = await app.database.db.verificationCode.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect([code.status, code.attempts]).toEqual(['pending', 0]);
    const messages = await app.database.db.ticketMessage.findMany({
      where: { messageId: { startsWith: '<vacation-body-only-' } },
    });
    expect(messages.map((m) => m.kind)).toEqual(['automatic', 'automatic', 'automatic']);
  });
});
