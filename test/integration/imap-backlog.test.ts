// A mailbox's first start on a box that already holds mail (issue 17), against a real Dovecot: mail the
// server received before Rightsdesk first saw the mailbox (APPENDed with a past INTERNALDATE) is ticketed
// on its own clock but, by default, neither acknowledged nor posted to chat one by one: one summary goes
// to the triage channel instead. The mailbox's `imap.backlog` setting turns both back on, and a restart
// in the middle of the catch-up keeps the moment the mailbox was added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, inject, it } from 'vitest';
import { type DovecotAccess, dovecotAt, type MailAccount } from '../support/dovecot.js';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../support/fake-slack.js';
import { appendReceivedAt } from '../support/imap-append.js';
import { imapOrganisation } from '../support/imap-org.js';
import { waitUntil } from '../support/processes.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const TRIAGE = 'C0BACKLOG1';
/** Requests for access or erasure in English, clear to the classifier: last year's mail. */
const OLD = ['d011.eml', 'd012.eml', 'd015.eml'].map((f) => readFileSync(join(corpusDir, f)));
/** Two requests that arrive once the mailbox is watched. */
const NEW = ['01-access-request.eml', '02-erasure-request-de.eml'].map((f) =>
  readFileSync(join(sampleInbox, f)),
);
const LAST_YEAR = new Date('2025-11-03T10:00:00Z');

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(() => fake.close());
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The test organisation on `account`, with a Slack triage channel and the mailbox's backlog setting. */
async function startApp(account: MailAccount, env: Record<string, string> = {}, backlog?: string) {
  const org = imapOrganisation(dovecot, account, {
    extraYaml: `chat:\n  slack:\n    triageChannel: ${TRIAGE}\n`,
    ...(backlog ? { backlog } : {}),
  });
  const app = await createTestApp({ env: { ...org.env, ...slackTestEnv(fake), ...env } });
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
}

/** Each ticket by whether its mail was last year's, with what it was sent and where it was posted. */
async function ticketsOf(app: App) {
  const db = app.database.db;
  const tickets = await db.ticket.findMany({
    select: { id: true, reference: true, receivedAt: true, flags: true },
  });
  const acknowledged = new Set(
    (await db.outboundEmail.findMany({ where: { template: 'acknowledgement' } })).map((e) => e.ticketId),
  );
  const announced = new Set((await db.chatTicketMessage.findMany()).map((m) => m.reference));
  return tickets.map((t) => ({
    ...t,
    old: t.receivedAt.getTime() === LAST_YEAR.getTime(),
    acknowledged: acknowledged.has(t.id),
    announced: announced.has(t.reference),
  }));
}

const summaries = () =>
  fake
    .callsTo('chat.postMessage')
    .filter(
      (c) => c.params['channel'] === TRIAGE && String(c.params['text']).startsWith('Mailbox test-inbox'),
    );

describe('a first start on a mailbox that already holds mail', () => {
  it('tickets old mail without acknowledging or announcing it, and posts one summary of it', async () => {
    const account = await dovecot.addUser('backlog');
    await appendReceivedAt(dovecot.imapOptions(account), OLD, LAST_YEAR);
    const app = await startApp(account);
    await dovecot.appendMessages(account, NEW);
    const before = summaries().length;
    await ingestAll(app);

    const tickets = await ticketsOf(app);
    expect(tickets.filter((t) => t.old)).toHaveLength(OLD.length);
    expect(tickets.filter((t) => !t.old)).toHaveLength(NEW.length);
    for (const t of tickets) {
      expect({ old: t.old, acknowledged: t.acknowledged, announced: t.announced }).toEqual({
        old: t.old,
        acknowledged: !t.old,
        announced: !t.old,
      });
    }
    // The clock ran from last year's receipt: every old ticket is overdue, and flagged so.
    for (const t of tickets.filter((x) => x.old))
      expect(t.flags).toEqual(expect.arrayContaining(['backlog_mail', 'overdue_on_arrival']));
    expect(tickets.filter((t) => !t.old).every((t) => !(t.flags as string[]).includes('backlog_mail'))).toBe(
      true,
    );
    const skipped = await app.database.db.auditEvent.count({ where: { type: 'ticket.not_acknowledged' } });
    expect(skipped).toBe(OLD.length);

    const posted = summaries().slice(before);
    expect(posted).toHaveLength(1);
    const text = String(posted[0]!.params['text']);
    expect(text).toContain('3 messages, 3 tickets opened, 0 in triage, 3 already overdue');
    expect(text).toContain('No acknowledgement was sent');
    expect(text).not.toMatch(/@|example/);
  });

  it('acknowledges and announces old mail too when the mailbox says so, with no summary', async () => {
    const account = await dovecot.addUser('backlogon');
    await appendReceivedAt(dovecot.imapOptions(account), OLD, LAST_YEAR);
    const app = await startApp(account, {}, '{ acknowledge: true, announce: true }');
    await dovecot.appendMessages(account, NEW);
    const before = summaries().length;
    await ingestAll(app);

    const tickets = await ticketsOf(app);
    expect(tickets).toHaveLength(OLD.length + NEW.length);
    expect(tickets.every((t) => t.acknowledged && t.announced)).toBe(true);
    expect(summaries().slice(before)).toHaveLength(0);
  });

  it('keeps the moment the mailbox was added across a restart in the middle of the catch-up, and tells all of it', async () => {
    const account = await dovecot.addUser('backlogrestart');
    const total = 40;
    // Copies of the old requests, each its own message (a Message-ID and a marker of its own).
    const old = Array.from({ length: total }, (_, i) =>
      Buffer.from(
        `X-Copy: ${i}\r\n` +
          OLD[i % OLD.length]!.toString('latin1').replace(
            /^Message-ID:\s*<([^>]+)>/im,
            (_m, id: string) => `Message-ID: <copy${i}.${id}>`,
          ),
        'latin1',
      ),
    );
    await appendReceivedAt(dovecot.imapOptions(account), old, LAST_YEAR);
    const before = summaries().length;
    const first = await startApp(account, { INTAKE_BATCH_SIZE: '2' });
    const mailbox = (app: App) => app.database.db.mailbox.findUniqueOrThrow({ where: { id: 'test-inbox' } });
    const added = (await mailbox(first)).addedAt;
    expect(added).not.toBeNull();

    const stored = () => first.database.db.rawMessage.count();
    const intake = first.startImapIntake();
    await waitUntil('the first batches', async () => (await stored()) >= 2, { timeoutMs: 30_000 });
    await intake.stop();
    expect(await stored()).toBeLessThan(total);

    // New mail arrives between the two starts; were the moment reset at the restart, it would count as old.
    await dovecot.appendMessages(account, NEW);
    const restartAfter = Math.floor(added!.getTime() / 1000) * 1000 + 2000;
    while (Date.now() < restartAfter) await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await startApp(account, { DATABASE_URL: first.env.DATABASE_URL });
    expect((await mailbox(second)).addedAt).toEqual(added);
    await ingestAll(second);

    const tickets = await ticketsOf(second);
    expect(tickets).toHaveLength(total + NEW.length);
    expect(tickets.filter((t) => t.acknowledged).map((t) => t.old)).toEqual(NEW.map(() => false));
    expect(tickets.filter((t) => t.old).every((t) => (t.flags as string[]).includes('backlog_mail'))).toBe(
      true,
    );
    // One summary, by the pass that finished, of the old mail of both passes: none is left untold.
    const posted = summaries().slice(before);
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.params['text'])).toContain(`${total} messages, ${total} tickets opened`);
    expect((await mailbox(second)).backlogMessages).toBe(0);
  });
});
