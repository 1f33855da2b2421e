// Issue 14, every step of intake after parsing, against the real Dovecot: a hostile mail that makes the
// deadline computation, the acknowledgement or the chat post throw (injected through the IntakeDeps the
// composition root hands every source) never blocks the mailbox. The mail goes to the quarantine with the
// step that failed, or, when the step failed after its ticket was committed, stays that ticket; the mail
// around it is all stored, the checkpoint passes it, and a second pass stores nothing twice.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { IntakeDeps } from '../../src/app/intake/intake-deps.js';
import { type DovecotAccess, dovecotAt } from '../support/dovecot.js';
import { imapOrganisation } from '../support/imap-org.js';
import { createTestApp } from '../support/test-app.js';
import { request } from '../fixtures/hostile/poison.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const privacy = 'privacy@zmapi.example';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An access request whose subject names the step it is made to break. */
const bomb = (step: string, extra = '') =>
  Buffer.from(
    `From: Mallory <mallory@example.org>\r\nTo: ${privacy}\r\n${extra}Subject: Access request ${step}-BOMB\r\n` +
      `Date: Sat, 17 Jan 2026 10:00:00 +0000\r\nMessage-ID: <${step.toLowerCase()}-bomb@example.org>\r\n\r\n` +
      'Please send me a copy of all personal data you hold about me under Article 15 GDPR.\r\n',
  );

describe('a step of intake that throws on one mail, over IMAP', () => {
  it('quarantines the mail or keeps its ticket, stores the mail around it, and stores nothing twice', async () => {
    const account = await dovecot.addUser('stepfail');
    const ordinary = (i: number) => `<ordinary-step-${i}@example.org>`;
    await dovecot.appendMessages(account, [
      request(privacy, ordinary(0)),
      bomb('DEADLINE', 'Cc: deadline-bomb@example.org\r\n'),
      request(privacy, ordinary(1)),
      bomb('ACK'),
      request(privacy, ordinary(2)),
      bomb('CHAT'),
      request(privacy, ordinary(3)),
    ]);
    // Mail found on the first start is backlog: acknowledged and announced here as new mail is.
    const org = imapOrganisation(dovecot, account, { backlog: '{ acknowledge: true, announce: true }' });
    const app = await createTestApp({ env: org.env });
    const db = app.database.db;
    const { openingsFor, mail } = app.intake;
    // The composition root hands this one IntakeDeps object to every source (refusing-store.ts).
    Object.assign(app.intake, {
      openingsFor: (...args) => {
        if (args[3].recipients.includes('deadline-bomb@example.org'))
          throw new RangeError('Invalid time value');
        return openingsFor(...args);
      },
      mail: {
        ...mail!,
        ticketOpened: async (tx, ticket, sender) => {
          if (typeof ticket !== 'number' && ticket.subject.includes('ACK-BOMB'))
            throw new TypeError("Cannot read properties of undefined (reading 'formatDate')");
          return mail!.ticketOpened(tx, ticket, sender);
        },
      },
    } satisfies Partial<IntakeDeps>);
    // The chat post of the tickets intake committed, as the tickets module makes it.
    const announceOpened = app.tickets.announceOpened;
    Object.assign(app.tickets, {
      announceOpened: async (references: readonly string[]) => {
        const tickets = await db.ticket.findMany({ where: { reference: { in: [...references] } } });
        if (tickets.some((t) => t.subject.includes('CHAT-BOMB'))) throw new Error('chat post failed');
        announceOpened(references);
      },
    });
    const reported: { step: string; references: readonly string[] }[] = [];
    const report = app.intake.reportAfterCommitFailure;
    Object.assign(app.intake, {
      reportAfterCommitFailure: (step, error, references) => {
        reported.push({ step, references });
        report(step, error, references);
      },
    } satisfies Partial<IntakeDeps>);
    const intake = app.startImapIntake();
    cleanups.push(async () => {
      await intake.stop();
      await app.close();
    });
    await intake.syncAll();

    const ordinaryIds = [0, 1, 2, 3].map(ordinary);
    const stored = await db.rawMessage.findMany({ where: { messageId: { in: ordinaryIds } } });
    expect(stored.map((r) => r.status)).toEqual(['ticket', 'ticket', 'ticket', 'ticket']);
    const quarantined = await db.quarantinedMessage.findMany({ orderBy: { uid: 'asc' } });
    expect(quarantined.map((q) => [q.uid, q.error.split(':')[0]])).toEqual([
      [2n, 'store'],
      [4n, 'store'],
    ]);
    expect(quarantined.map((q) => q.error)).toEqual([
      expect.stringContaining('Invalid time value'),
      expect.stringContaining('formatDate'),
    ]);
    // The chat post failed after the ticket was committed: the ticket stays, once.
    const chatBomb = await db.rawMessage.findMany({ where: { messageId: '<chat-bomb@example.org>' } });
    expect(chatBomb.map((r) => r.status)).toEqual(['ticket']);
    const chatTicket = await db.ticket.findFirstOrThrow({ where: { subject: { contains: 'CHAT-BOMB' } } });
    expect(reported).toEqual([
      { step: 'announce', references: expect.arrayContaining([chatTicket.reference]) },
    ]);
    const mailbox = await db.mailbox.findUniqueOrThrow({ where: { id: org.mailboxId } });
    expect(mailbox.lastUid).toBe(7n);
    expect(mailbox.consecutiveFailures).toBe(0);

    const rows = await db.rawMessage.count();
    await dovecot.appendMessages(account, [request(privacy, '<the-next-one@example.org>')]);
    await intake.syncAll();
    expect(await db.rawMessage.count()).toBe(rows + 1);
    expect(await db.quarantinedMessage.count()).toBe(2);
    const next = await db.rawMessage.findFirstOrThrow({ where: { messageId: '<the-next-one@example.org>' } });
    expect(next.status).toBe('ticket');
  }, 60_000);
});
