// Backlog replies (issue 17) against a real Dovecot: a reply the mailbox held before it was added, threaded
// onto a ticket Rightsdesk already has, is stored on that ticket and recorded as filed without action. It
// answers no verification code (last year's words prove nothing now), and by default goes neither to the
// ticket's chat thread nor, as an appeal, into a letter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DovecotAccess, dovecotAt, type MailAccount } from '../support/dovecot.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { appendReceivedAt } from '../support/imap-append.js';
import { imapOrganisation } from '../support/imap-org.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const TRIAGE = 'C0BACKLOG2';
/** Within the week the chats' threads show, so only the backlog rule keeps it out of them. */
const lateBacklog = () => new Date(Date.now() - 3_600_000);
const REQUEST = readFileSync(join(sampleInbox, '01-access-request.eml'));

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(() => fake.close());
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The desk's clock two hours back: staff decide "before" the backlog reply (received an hour ago) while
 * intake reads it now, as when a ticket from one mailbox is answered in another added later.
 */
const deskEarlier = () => new Date(Date.now() - 7_200_000);

async function startApp(account: MailAccount, backlog?: string, deskNow?: () => Date) {
  const org = imapOrganisation(dovecot, account, {
    extraYaml: `chat:\n  slack:\n    triageChannel: ${TRIAGE}\n`,
    ...(backlog ? { backlog } : {}),
  });
  const app = await createTestApp({
    env: { ...org.env, ...slackTestEnv(fake) },
    ...(deskNow ? { deskNow } : {}),
  });
  cleanups.push(() => app.close());
  return app;
}
type App = Awaited<ReturnType<typeof startApp>>;

async function ingestAll(app: App): Promise<void> {
  const intake = app.startImapIntake();
  try {
    await intake.syncAll();
  } finally {
    await intake.stop();
  }
  await app.tickets.announcementsIdle();
  await app.requesterReplies.idle();
}

/** The requester's reply to one of the ticket's emails, received before the mailbox was added. */
function oldReply(reference: string, inReplyTo: string, text: string): Buffer {
  const template = readFileSync(join(repoRoot, 'test/fixtures/outbox/code-reply.eml.tpl'), 'utf8');
  return Buffer.from(
    template
      .replace('{{FROM}}', 'jane.roe@example.com')
      .replace('{{TO}}', 'privacy@zmapi.example')
      .replace('{{ID}}', `old-reply-${reference}`)
      .replaceAll('{{IN_REPLY_TO}}', inReplyTo)
      .replace('{{AUTH}}', 'mx.rightsdesk.test; dmarc=pass header.from=example.com')
      .replace('Here is my code: {{CODE}}', text),
  );
}

const approver: DeskActor = { id: 'console:dora', role: 'approver' };
async function run(app: App, text: string) {
  const parsed = parseDeskCommand(text);
  if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
  expect(await executeDeskCommand(app.tickets.desk, approver, parsed.command)).toMatchObject({
    kind: 'changed',
  });
}

/**
 * A ticket from new mail, then a reply to it that the mailbox held before it was added: to its identity
 * email with the code and an appeal's words (`code`), or to its Virginia denial appealing it (`appeal`).
 */
async function ticketWithOldReply(app: App, account: MailAccount, kind: 'code' | 'appeal') {
  await dovecot.appendMessages(account, [REQUEST]);
  await ingestAll(app);
  const ticket = await app.database.db.ticket.findFirstOrThrow();
  if (kind === 'code') {
    const started = await app.requesterMail.verification.start(ticket.reference, 'slack:U1');
    expect(started.ok).toBe(true);
  } else {
    await run(app, `jurisdiction ${ticket.reference} us-va the requester lives in Richmond`);
    await run(app, `reject ${ticket.reference} legal_exemption`);
  }
  const answered = await app.database.db.outboundEmail.findFirstOrThrow({
    where: { ticketId: ticket.id, template: kind === 'code' ? 'verification_request' : 'outcome_rejected' },
  });
  const code = /\b(\d{4}-\d{4})\b/.exec(answered.bodyText)?.[1];
  const text =
    kind === 'code'
      ? `Here is my code: ${code ?? 'none'}\r\n\r\nI wish to appeal this decision.`
      : 'I wish to appeal this decision.';
  await app.tickets.announcementsIdle();
  const outboxBefore = await app.database.db.outboundEmail.count();
  const postsBefore = fake.callsTo('chat.postMessage').length;
  await appendReceivedAt(
    dovecot.imapOptions(account),
    [oldReply(ticket.reference, `<${answered.messageId}>`, text)],
    lateBacklog(),
  );
  await ingestAll(app);
  const db = app.database.db;
  return {
    ticket,
    replies: await db.ticketMessage.findMany({ where: { ticketId: ticket.id, kind: 'reply' } }),
    newOutbox: (await db.outboundEmail.count()) - outboxBefore,
    newPosts: fake.callsTo('chat.postMessage').slice(postsBefore),
    codeReplies: await db.verificationEvent.count({ where: { ticketId: ticket.id, kind: 'code_reply' } }),
    filed: (
      await db.auditEvent.findMany({ where: { ticketId: ticket.id, type: 'reply.filed_without_action' } })
    ).map((e) => JSON.parse(String(e.payload)) as unknown),
    status: (await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status,
    appeal: await db.ticket.findFirst({ where: { id: { not: ticket.id } } }),
    announced: new Set((await db.chatTicketMessage.findMany()).map((m) => m.reference)),
    templates: (await db.outboundEmail.findMany({ skip: outboxBefore, orderBy: { id: 'asc' } })).map(
      (e) => e.template,
    ),
  };
}

describe('a reply the mailbox held before it was added', () => {
  it('is filed on its ticket without a code check, a letter or a chat post', async () => {
    const account = await dovecot.addUser('backlogreply');
    const app = await startApp(account);
    const seen = await ticketWithOldReply(app, account, 'code');

    expect(seen.replies).toHaveLength(1);
    expect(seen.replies[0]!.receivedAt.getTime()).toBeLessThan(seen.ticket.receivedAt.getTime());
    expect(seen.codeReplies).toBe(0);
    expect(seen.status).not.toBe('verified');
    expect(seen.newOutbox).toBe(0);
    // One summary, and nothing under the ticket's message, then or at the timers' resync.
    expect(seen.newPosts.filter((c) => c.params['thread_ts'] !== undefined)).toEqual([]);
    expect(seen.newPosts.map((c) => String(c.params['text']))).toEqual([
      expect.stringContaining('1 reply filed on its ticket without a letter or post of its own'),
    ]);
    expect(await app.requesterReplies.resync()).toBe(0);
    expect(seen.filed).toHaveLength(1);
    // Its appeal's words open nothing on a ticket that was never denied, so no letter is said to be held back.
    expect(seen.appeal).toBeNull();
    expect(seen.filed[0]).toMatchObject({
      reason: 'backlog_mail',
      withheld: ['verification_code_check', 'chat_post'],
    });
  });

  it('is posted to the ticket thread when the mailbox announces backlog, still without a code check', async () => {
    const account = await dovecot.addUser('backlogreplyon');
    const app = await startApp(account, '{ acknowledge: true, announce: true }');
    const seen = await ticketWithOldReply(app, account, 'code');

    expect(seen.replies).toHaveLength(1);
    expect(seen.codeReplies).toBe(0);
    expect(seen.status).not.toBe('verified');
    expect(seen.filed[0]).toMatchObject({ withheld: ['verification_code_check'] });
    expect(seen.newPosts.filter((c) => c.params['thread_ts'] !== undefined)).toHaveLength(1);
    expect(seen.newPosts).toHaveLength(1);
  });

  it('opens the appeal it makes on the clock of its receipt, with no letter or post by default', async () => {
    const account = await dovecot.addUser('backlogappeal');
    const app = await startApp(account, undefined, deskEarlier);
    const seen = await ticketWithOldReply(app, account, 'appeal');

    expect(seen.replies).toHaveLength(1);
    expect(seen.appeal).not.toBeNull();
    // VCDPA: the appeal's 60 days run from the reply's receipt, not from the day it was read.
    expect(seen.appeal!.receivedAt).toEqual(seen.replies[0]!.receivedAt);
    expect(seen.templates).toEqual([]);
    expect(seen.announced.has(seen.appeal!.reference)).toBe(false);
    // Flagged as backlog, so the timers' chat resync leaves it out too until staff touch it.
    expect(seen.appeal!.flags).toEqual(expect.arrayContaining(['backlog_mail']));
    await app.tickets.resyncChats(new Date(0));
    await app.tickets.announcementsIdle();
    expect(
      await app.database.db.chatTicketMessage.count({ where: { reference: seen.appeal!.reference } }),
    ).toBe(0);
    expect(seen.newPosts.filter((c) => c.params['thread_ts'] !== undefined)).toEqual([]);
    const skipped = await app.database.db.auditEvent.findMany({
      where: { ticketId: seen.appeal!.id, type: 'ticket.not_acknowledged' },
    });
    expect(skipped).toHaveLength(1);
  });

  it('opens no appeal when it was received before the denial: it answered an earlier letter', async () => {
    const account = await dovecot.addUser('backlogappealearly');
    const app = await startApp(account, '{ acknowledge: true, announce: true }');
    const seen = await ticketWithOldReply(app, account, 'appeal');

    expect(seen.replies).toHaveLength(1);
    expect(seen.appeal).toBeNull();
    expect(seen.templates).toEqual([]);
    expect(seen.status).toBe('rejected');
    const appealed = await app.database.db.auditEvent.count({
      where: { ticketId: seen.ticket.id, type: 'ticket.appealed' },
    });
    expect(appealed).toBe(0);
  });

  it('sends the appeal its letter and posts it when the mailbox acknowledges and announces backlog', async () => {
    const account = await dovecot.addUser('backlogappealon');
    const app = await startApp(account, '{ acknowledge: true, announce: true }', deskEarlier);
    const seen = await ticketWithOldReply(app, account, 'appeal');

    expect(seen.appeal).not.toBeNull();
    expect(seen.templates).toEqual(['appeal_received']);
    expect(seen.announced.has(seen.appeal!.reference)).toBe(true);
  });
});
