// Issue 14 over IMAP, against the real Dovecot, on both engines: every hostile input sits between two
// ordinary mails in ONE batch, and the mailbox is never blocked: the ordinary mail all becomes tickets,
// each poison is stored or quarantined, the checkpoint passes them all, and the next mail lands.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type DovecotAccess, dovecotAt } from '../support/dovecot.js';
import { engines as enginesFor } from '../support/engines.js';
import { imapOrganisation } from '../support/imap-org.js';
import { createTestApp } from '../support/test-app.js';
import { manyReplies, poisons, request } from '../fixtures/hostile/poison.js';
import { refuseMessage } from '../fixtures/hostile/refusing-store.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const privacy = 'privacy@zmapi.example';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(enginesFor('hostile_imap'))('hostile mail through IMAP (%s)', (engine, databaseUrl) => {
  it('each poison between two ordinary mails in one batch: the ordinary mail all becomes tickets', async () => {
    const account = await dovecot.addUser(`hostile${engine === 'SQLite' ? 'lite' : 'pg'}`);
    const refused = '<refused-over-imap@example.org>';
    const list = [
      ...poisons(privacy),
      { name: 'a row the database refuses', raw: request(privacy, refused), messageId: refused },
    ];
    const ordinary = (i: number) => `<ordinary-imap-${i}@example.org>`;
    await dovecot.appendMessages(account, [
      request(privacy, ordinary(0)),
      ...list.flatMap((p, i) => [p.raw, request(privacy, ordinary(i + 1))]),
      ...manyReplies(privacy, 25, 45),
    ]);
    const org = imapOrganisation(dovecot, account);
    const url = await databaseUrl();
    const app = await createTestApp({
      ...(url ? { databaseUrl: url } : {}),
      env: { ...org.env, INTAKE_BATCH_SIZE: '100' },
    });
    const restore = refuseMessage(app, refused);
    const intake = app.startImapIntake();
    cleanups.push(async () => {
      await intake.stop();
      await app.close();
    });
    await intake.syncAll();

    const db = app.database.db;
    const ordinaryIds = Array.from({ length: list.length + 1 }, (_, i) => ordinary(i));
    const stored = await db.rawMessage.findMany({ where: { messageId: { in: ordinaryIds } } });
    expect(stored.map((r) => r.status)).toEqual(Array(ordinaryIds.length).fill('ticket'));
    expect(await db.rawMessage.count({ where: { messageId: { startsWith: '<reply-' } } })).toBe(25);
    const quarantined = await db.quarantinedMessage.findMany({ orderBy: { uid: 'asc' } });
    // The 5,000-character From (no one to answer) and the row the database refused.
    expect(quarantined.map((q) => q.error.split(':')[0])).toEqual([
      'no sender address (From) to answer',
      'store',
    ]);
    const mailbox = await db.mailbox.findUniqueOrThrow({ where: { id: org.mailboxId } });
    expect(mailbox.lastUid).toBe(BigInt(1 + 2 * list.length + 25));
    expect(mailbox.consecutiveFailures).toBe(0);

    restore();
    await dovecot.appendMessages(account, [request(privacy, '<the-next-one@example.org>')]);
    await intake.syncAll();
    const next = await db.rawMessage.findFirstOrThrow({ where: { messageId: '<the-next-one@example.org>' } });
    expect(next.status).toBe('ticket');
    // Forty-odd messages, stored one by one once the batch fails: longer than the default test timeout.
  }, 120_000);
});
