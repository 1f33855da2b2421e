// Issue 15, item 4, the requester's side: a ticket waiting for identity verification reminds the
// requester once three days after the code, and closes as unverified after fourteen, with letters
// delivered to the in-process SMTP server; tickets not waiting for verification are left alone. The
// clock is passed to the pass, never waited for. On SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines } from '../support/engines.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const DAY = 86_400_000;
const agent = { id: 'console:alice', role: 'agent' } as const;

describe.each(engines('rd_wait'))('identity checks left unanswered (%s)', (_engine, databaseUrl) => {
  let smtp: TestSmtpServer;
  let app: App;
  let asked: Date;
  const refs = { waiting: '', received: '', verified: '' };
  const desk = async (text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    const reply = await app.tickets.execute(agent, parsed.command);
    expect(reply.kind).toBe('changed');
  };
  const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const events = (type: string) => app.database.db.auditEvent.findMany({ where: { type } });
  const mailTo = (address: string, subject: RegExp) =>
    smtp.received.filter((m) => m.envelopeTo.includes(address) && subject.test(m.email.subject ?? ''));

  async function request(requester: string): Promise<string> {
    const raw = readFileSync(join(repoRoot, 'test/fixtures/outbox/request.eml'), 'utf8')
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <${requester}-${Date.now()}@example.com>`)
      .replace(/^Date: .*$/m, `Date: ${new Date().toUTCString()}`)
      .replaceAll('jane@example.com', requester);
    const outcome = await ingestRaw(app, raw);
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    return outcome.ticketReference;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const url = await databaseUrl();
    app = await createTestApp({ env: smtpOrganisations(smtp.port), ...(url ? { databaseUrl: url } : {}) });
    refs.waiting = await request('wanda@example.com');
    refs.received = await request('rita@example.com');
    refs.verified = await request('vera@example.com');
    await desk(`verify ${refs.waiting} send`);
    await desk(`verify ${refs.verified} send`);
    await desk(`verify ${refs.verified} confirm account_email_match wrote from the account's address`);
    const code = await app.database.db.verificationCode.findFirstOrThrow({
      where: { ticketId: (await ticket(refs.waiting)).id },
    });
    asked = code.createdAt;
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  it('reminds the requester once, three days after the code, and only the ticket waiting for one', async () => {
    expect(await app.verificationWait.runNow(new Date(asked.getTime() + 2 * DAY))).toEqual([]);
    const at = new Date(asked.getTime() + 3 * DAY);
    // Two passes at once, as two processes (or cron beside `run`) would run them: one reminder.
    const [first, second] = await Promise.all([
      app.verificationWait.runNow(at),
      app.verificationWait.runNow(at),
    ]);
    expect([...first!, ...second!]).toEqual([
      { organisationId: 'testorg', reminded: [refs.waiting], closed: [] },
    ]);
    expect(await app.verificationWait.runNow(new Date(asked.getTime() + 5 * DAY))).toEqual([]);
    expect(await events('ticket.verification_reminded')).toHaveLength(1);

    await app.requesterMail.sendNow();
    const [reminder, ...more] = mailTo('wanda@example.com', /^Reminder: please confirm your identity/);
    expect(more).toHaveLength(0);
    expect(reminder!.email.subject).toContain(`[${refs.waiting}]`);
    expect(reminder!.email.text).toContain('GDPR Art. 12(6)');
    expect(reminder!.email.text).toMatch(
      /If we do not hear from you by .+ 20\d\d, we will close the request\./,
    );
    for (const other of ['rita@example.com', 'vera@example.com'])
      expect(mailTo(other, /Reminder|closed/)).toHaveLength(0);
  });

  it('closes the request as unverified after fourteen days, with a letter saying how to ask again', async () => {
    expect(await app.verificationWait.runNow(new Date(asked.getTime() + 13 * DAY))).toEqual([]);
    const at = new Date(asked.getTime() + 14 * DAY);
    expect(await app.verificationWait.runNow(at)).toEqual([
      { organisationId: 'testorg', reminded: [], closed: [refs.waiting] },
    ]);
    const closed = await ticket(refs.waiting);
    expect(closed).toMatchObject({ status: 'rejected', rejectionReason: 'identity_not_verified' });
    const [event] = await events('ticket.closed_unverified');
    expect(event).toMatchObject({ actor: 'system', ticketReference: refs.waiting });
    expect(event!.payload).toContain('period_ended');
    const codes = await app.database.db.verificationCode.findMany({ where: { ticketId: closed.id } });
    expect(codes.every((c) => c.status !== 'pending')).toBe(true);

    await app.requesterMail.sendNow();
    const [letter] = mailTo('wanda@example.com', /^Your request was closed: identity not confirmed/);
    expect(letter!.email.text).toContain(`We have closed request ${refs.waiting}`);
    expect(letter!.email.text).toContain(
      'make the request again at any time by writing to privacy@zmapi.example',
    );
    expect(letter!.email.text).toContain('GDPR Art. 12(2), (6)');
    expect(letter!.email.text).toMatch(/supervisory authority/);
    // The requester's name stays out of a letter to an address whose owner was never confirmed.
    expect(letter!.email.text).not.toContain('Jane');

    expect(await app.verificationWait.runNow(new Date(asked.getTime() + 20 * DAY))).toEqual([]);
    expect((await ticket(refs.received)).status).toBe('received');
    expect((await ticket(refs.verified)).status).toBe('verified');
    expect(await events('ticket.closed_unverified')).toHaveLength(1);
  });
});
