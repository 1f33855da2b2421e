// IMAP intake against a real Dovecot on 127.0.0.1: exactly once, IDLE, UIDVALIDITY, size limits,
// quarantine, tidy-up failures, and the threading of a reply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { RunningIntake } from '../../src/app/intake/start-intake.js';
import { type DovecotAccess, dovecotAt, type MailAccount } from '../support/dovecot.js';
import { imapOrganisation } from '../support/imap-org.js';
import { waitUntil } from '../support/processes.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const corpus = (n: number) => readFileSync(join(corpusDir, `d${String(n).padStart(3, '0')}.eml`));
const labels: { file: string; flags: string[] }[] = JSON.parse(
  readFileSync(join(corpusDir, 'labels.json'), 'utf8'),
);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startIntake(account: MailAccount, env: Record<string, string> = {}, afterIngest?: string) {
  const org = imapOrganisation(dovecot, account, afterIngest ? { afterIngest } : {});
  const app = await createTestApp({ env: { ...org.env, ...env } });
  const intake: RunningIntake = app.startImapIntake();
  cleanups.push(async () => {
    await intake.stop();
    await app.close();
  });
  const count = (where: object = {}) =>
    app.database.db.rawMessage.count({ where: { mailboxId: org.mailboxId, ...where } });
  return { app, intake, count, mailboxId: org.mailboxId };
}

async function serverFlags(account: MailAccount): Promise<Map<number, Set<string>>> {
  const client = new ImapFlow(dovecot.imapOptions(account));
  await client.connect();
  try {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const flags = new Map<number, Set<string>>();
      for await (const m of client.fetch('1:*', { uid: true, flags: true }, { uid: true }))
        flags.set(m.uid, m.flags ?? new Set());
      return flags;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

describe('IMAP intake', () => {
  it('ingests appended mail exactly once, records duplicates and automatic mail, then flags it \\Seen', async () => {
    const account = await dovecot.addUser('intake');
    const numbers = Array.from({ length: 20 }, (_, i) => i + 1);
    await dovecot.appendMessages(account, numbers.map(corpus));
    const { app, intake, count, mailboxId } = await startIntake(account, { INTAKE_BATCH_SIZE: '6' });
    await intake.syncAll();

    expect(await count()).toBe(20);
    expect(await count({ status: 'duplicate' })).toBe(1); // d014 is d013 delivered again
    const autoLabelled = labels.filter((l, i) => i < 20 && l.flags.includes('auto')).length;
    expect(await count({ status: 'automatic' })).toBe(autoLabelled);
    const mailbox = await app.database.db.mailbox.findUniqueOrThrow({ where: { id: mailboxId } });
    expect(mailbox.lastUid).toBe(20n);
    expect(mailbox.uidValidity).toBe(String(await dovecot.uidValidityOf(account)));
    const flags = await serverFlags(account);
    expect([...flags.values()].every((f) => f.has('\\Seen'))).toBe(true);

    await intake.syncAll();
    expect(await count()).toBe(20);
  });

  it('an IDLE notification alone brings in mail appended later', async () => {
    const account = await dovecot.addUser('idle');
    const { intake, count } = await startIntake(account, { INTAKE_POLL_SECONDS: '3600' });
    await intake.syncAll();
    expect(await count()).toBe(0);
    await dovecot.appendMessages(account, [corpus(1), corpus(2)]);
    await waitUntil('the IDLE-triggered pass', async () => (await count()) === 2, { timeoutMs: 20_000 });
  });

  it('threads a reply appended after its request onto the same ticket', async () => {
    const account = await dovecot.addUser('thread');
    await dovecot.appendMessages(account, [readFileSync(join(sampleInbox, '01-access-request.eml'))]);
    const { app, intake } = await startIntake(account);
    await intake.syncAll();
    await dovecot.appendMessages(account, [
      readFileSync(join(sampleInbox, '03-reply-to-access-request.eml')),
    ]);
    await intake.syncAll();
    // Inbound only: the acknowledgement we sent is in the conversation too.
    const tickets = await app.database.db.ticket.findMany({
      include: { messages: { where: { direction: 'inbound' } } },
    });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.messages.map((m) => m.kind)).toEqual(['request', 'reply']);
  });

  it('a UIDVALIDITY change rescans without ingesting anything twice', async () => {
    const account = await dovecot.addUser('uidvalidity');
    await dovecot.appendMessages(account, [corpus(1), corpus(2), corpus(3)]);
    const { app, intake, count, mailboxId } = await startIntake(account, {
      INTAKE_RECONNECT_MAX_SECONDS: '1',
    });
    await intake.syncAll();
    const changed = await dovecot.changeUidValidity(account);
    await dovecot.appendMessages(account, [corpus(4)]);
    await waitUntil(
      'the rescan after the UIDVALIDITY change',
      async () =>
        (await app.database.db.mailbox.findUniqueOrThrow({ where: { id: mailboxId } })).uidValidity ===
          String(changed) && (await count()) === 4,
      { timeoutMs: 20_000 },
    );
    await intake.syncAll();
    expect(await count()).toBe(4);
    expect(await app.database.db.ticket.count()).toBe(4);
  });

  it('stores only the headers of a message over the size limit, and still opens its ticket', async () => {
    const account = await dovecot.addUser('large');
    const big = Buffer.concat([
      Buffer.from(
        'From: Big Sender <big@example.com>\r\nTo: privacy@zmapi.example\r\nSubject: My ID card attached\r\nMessage-ID: <big-1@example.com>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nContent-Type: text/plain\r\n\r\n',
      ),
      Buffer.alloc(300_000, 'x'),
      Buffer.from('\r\n'),
    ]);
    await dovecot.appendMessages(account, [big, corpus(1)]);
    const { app, intake, count } = await startIntake(account, { INTAKE_MAX_MESSAGE_BYTES: '100000' });
    await intake.syncAll();
    expect(await count()).toBe(2);
    const stored = await app.database.db.rawMessage.findFirstOrThrow({
      where: { messageId: '<big-1@example.com>' },
      include: { ticket: true },
    });
    expect(stored.raw).toBeNull();
    expect(stored.size).toBeGreaterThan(300_000);
    expect(stored.headerBlock).toContain('Subject: My ID card attached');
    expect(stored.ticket?.flags).toContain('body_too_large');
  });

  it('quarantines malformed mail and goes on with the next message', async () => {
    const account = await dovecot.addUser('malformed');
    await dovecot.appendMessages(account, [readFileSync(join(sampleInbox, '06-malformed.eml')), corpus(1)]);
    const { app, intake, count } = await startIntake(account);
    await intake.syncAll();
    expect(await count()).toBe(1);
    const quarantined = await app.database.db.quarantinedMessage.findMany();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ mailboxId: 'test-inbox', uid: 1n });
  });

  it('a failing tidy-up (move to a missing folder) loses nothing and ingests nothing twice', async () => {
    const account = await dovecot.addUser('tidy');
    await dovecot.appendMessages(account, [corpus(1), corpus(2)]);
    const { intake, count } = await startIntake(account, {}, '{ moveTo: "No/Such/Folder" }');
    await intake.syncAll();
    await intake.syncAll();
    expect(await count()).toBe(2);
    expect((await serverFlags(account)).size).toBe(2);
  });
});
