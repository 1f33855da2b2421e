// Issue 15, manual intake: `new` opens a ticket for a request taken by phone, post, in person or a web
// form, through the real composition root on SQLite and PostgreSQL: the clock from the day received, the
// audit chain, the triage channel (redacted), and the acknowledgement by email or none for a letter by post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskActor, DeskReply, TicketView } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { openingTermsFor } from '../../src/app/tickets/opening-terms.js';
import { consoleCommand } from '../../src/cli/commands/console.js';
import type { App } from '../../src/composition-root.js';
import { folderMailboxId } from '../../src/adapters/db/organisations-store.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { engines as enginesFor, viewOf } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const engines = enginesFor('manual');
const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const viewer: DeskActor = { id: 'console:vic', role: 'viewer' };
const NOW = new Date('2026-03-30T12:00:00Z');

describe.each(engines)('requests entered by hand with new (%s)', (_engine, databaseUrl) => {
  let app: App & { readonly stateDir: string };
  let url: string | undefined;
  const posted: TicketView[] = [];
  const run = async (actor: DeskActor, text: string): Promise<DeskReply> => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) return { kind: 'error', code: parsed.error.code, message: JSON.stringify(parsed.error) };
    return executeDeskCommand(app.tickets.desk, actor, parsed.command);
  };
  const ticket = (reference: string) => app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
  const eventsOf = (reference: string, type: string) =>
    app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } });
  const outboxOf = async (reference: string) =>
    app.database.db.outboundEmail.findMany({ where: { ticketId: (await ticket(reference)).id } });

  beforeAll(async () => {
    url = await databaseUrl();
    app = await createTestApp({ ...(url ? { databaseUrl: url } : {}), deskNow: () => NOW });
    app.tickets.notifiers.push({
      ticketOpened: async (view) => void posted.push(view),
      ticketChanged: async () => undefined,
    });
  });
  afterAll(() => app.close());

  it('opens a phone request on the clock of the day it was received, acknowledges it by email and records who entered it', async () => {
    const reply = await run(
      agent,
      'new org=mediaconvert types=access,erasure channel=phone received=2026-03-20 name="Jane Doe" email=jane@example.org language=de notes="called the support line; wants a copy and deletion"',
    );
    expect(reply.kind).toBe('changed');
    const view = viewOf(reply);
    const stored = await ticket(view.reference);
    expect(stored).toMatchObject({
      organisationId: 'mediaconvert',
      intakeChannel: 'phone',
      requesterAddress: 'jane@example.org',
      requesterName: 'Jane Doe',
      language: 'de',
      needsTriage: false,
      requesterUnreachable: false,
    });
    expect(stored.receivedAt.toISOString()).toBe('2026-03-20T00:00:00.000Z');
    // The GDPR month runs from 20 March, not from the day it was typed in (30 March).
    const terms = app.tickets.termsOf('mediaconvert')!;
    const expected = openingTermsFor(terms, ['access', 'erasure'], new Date('2026-03-20T00:00:00Z'));
    expect(stored.dueDate).toBe(expected.dueDate);
    expect(stored.dueDate).not.toBe(openingTermsFor(terms, ['access', 'erasure'], NOW).dueDate);
    expect(view.flags).toContain('received_by_phone');
    expect(reply.kind === 'changed' && reply.summary).toContain(
      'an acknowledgement was sent to the requester by email',
    );

    const [opened] = await eventsOf(view.reference, 'ticket.opened_manually');
    expect(opened?.actor).toBe(agent.id);
    const payload = JSON.parse(opened!.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ channel: 'phone', receivedOn: '2026-03-20', hasEmail: true });
    // The trail outlives a purge: ids and choices only, never the requester.
    expect(opened!.payload).not.toContain('jane');
    expect(opened!.payload).not.toContain('called the support line');

    const [ack, ...more] = await outboxOf(view.reference);
    expect(more).toHaveLength(0);
    expect(ack).toMatchObject({
      template: 'acknowledgement',
      toAddress: 'jane@example.org',
      status: 'queued',
    });

    // The triage channel hears of it like any new ticket, with the requester masked.
    const announced = posted.find((p) => p.reference === view.reference);
    expect(announced?.requester).toEqual({ masked: 'j***@example.org', full: null });
  });

  it("keeps a typed address in lower case, as intake keeps senders, so the requester's mail naming the ticket joins it", async () => {
    const view = viewOf(
      await run(
        agent,
        'new org=mediaconvert types=access channel=phone received=2026-03-25 name="Mia Case" email=Mia.Case@Example.ORG',
      ),
    );
    expect((await ticket(view.reference)).requesterAddress).toBe('mia.case@example.org');
    const mail = [
      'From: Mia Case <Mia.Case@Example.org>',
      'To: privacy@mediaconvert.example',
      `Subject: About my request [${view.reference}]`,
      'Date: Mon, 30 Mar 2026 10:00:00 +0000',
      '',
      'I called last week; here is the account number you asked for.',
      '',
    ].join('\r\n');
    const outcome = await ingestRaw(app, mail, {
      organisationId: 'mediaconvert',
      mailboxId: folderMailboxId('mediaconvert'),
    });
    expect(outcome).toMatchObject({ kind: 'reply', ticketReference: view.reference, via: 'subject-token' });
  });

  it('opens a postal request with no email address: no letter is queued and the answer says to send it by post', async () => {
    const reply = await run(
      agent,
      'new org=importly types=rectification channel=post received=2026-03-27 name="Max Muster" postal="1 High Street, Leeds LS1 1AA" law=uk-gdpr',
    );
    const view = viewOf(reply);
    expect(reply.kind === 'changed' && reply.summary).toContain('send the acknowledgement by post');
    const stored = await ticket(view.reference);
    expect(stored).toMatchObject({
      intakeChannel: 'post',
      requesterAddress: '',
      requesterPostalAddress: '1 High Street, Leeds LS1 1AA',
      requesterUnreachable: true,
      jurisdiction: 'uk-gdpr',
    });
    expect(await outboxOf(view.reference)).toEqual([]);
    expect(view.flags).toEqual(expect.arrayContaining(['received_by_post', 'no_email_address']));
    // Staff who may see personal data see where to write; a letter by email is refused, not lost.
    expect(view.requester.full?.address).toBe('by post: 1 High Street, Leeds LS1 1AA');
    const [chosen] = await eventsOf(view.reference, 'ticket.jurisdiction_chosen');
    expect(JSON.parse(chosen!.payload)).toMatchObject({ jurisdiction: 'uk-gdpr', basis: 'staff' });
  });

  it('refuses a day received in the future, a request with no contact, and a viewer (recorded)', async () => {
    const future = await run(
      agent,
      'new org=importly types=access channel=in_person received=2026-04-02 name="A B" email=ab@example.org',
    );
    expect(future).toMatchObject({ kind: 'error', code: 'received_in_future' });
    const noContact = await run(
      agent,
      'new org=importly types=access channel=phone received=2026-03-01 name="A B"',
    );
    expect(noContact).toMatchObject({ kind: 'error', code: 'bad_argument' });
    expect(JSON.stringify(noContact)).toContain('give an email address or a postal address');
    const unknownOrg = await run(
      agent,
      'new org=nobody types=access channel=phone received=2026-03-01 name="A B" email=ab@example.org',
    );
    expect(unknownOrg).toMatchObject({ kind: 'error', code: 'organisation_unknown' });
    const before = await app.database.db.ticket.count();
    const refused = await run(
      viewer,
      'new org=importly types=access channel=phone received=2026-03-01 name="A B" email=ab@example.org',
    );
    expect(refused).toMatchObject({ kind: 'error', code: 'role_required' });
    expect(await app.database.db.ticket.count()).toBe(before);
    const audits = await app.database.db.auditEvent.findMany({
      where: { type: 'desk.refused', actor: viewer.id },
    });
    expect(audits.map((a) => JSON.parse(a.payload) as unknown)).toEqual([
      { command: 'new', code: 'role_required', role: 'viewer' },
    ]);
  });

  it('warns when the request arrived weeks ago, since its clock has been running', async () => {
    const reply = await run(
      agent,
      'new org=mediaconvert types=access channel=web_form received=2026-02-20 name="Old Form" email=old@example.org',
    );
    expect(reply.kind === 'changed' && reply.summary).toContain('it was received 38 days ago');
  });

  it('opens one through the console command line, as a staff member would type it', async () => {
    const { code, out } = await runCli(
      consoleCommand,
      [
        '--as',
        'bob',
        '--role',
        'agent',
        'new org=importly types=access channel=other received=2026-03-29 name="Cli Person" email=cli@example.org',
      ],
      cliEnv(app.stateDir, url),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/RD-\d+ opened for importly \(received by other on 2026-03-29\)/);
  });
});
