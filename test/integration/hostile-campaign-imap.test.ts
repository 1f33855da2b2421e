// The hostile-input campaign over IMAP, against the real Dovecot, on both engines: every case
// between two ordinary mails in one mailbox, taken in one catch-up. The mailbox is never blocked:
// each case is stored or quarantined with its reason, the ordinary mail all becomes tickets, the
// checkpoint passes every UID, and a second catch-up finds nothing new.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { campaign } from '../fixtures/hostile/campaign.js';
import { request } from '../fixtures/hostile/poison.js';
import { type DovecotAccess, dovecotAt } from '../support/dovecot.js';
import { engines } from '../support/engines.js';
import { imapOrganisation } from '../support/imap-org.js';
import { createTestApp } from '../support/test-app.js';

const dovecot: DovecotAccess = dovecotAt(inject('dovecot'));
const privacy = 'privacy@zmapi.example';
// IMAP carries no message of no bytes: Dovecot refuses to APPEND one, so none arrives that way.
const cases = campaign(privacy).filter((c) => c.raw.byteLength > 0);
const ordinary = (i: number) => `<imap-campaign-${i}@example.org>`;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(engines('campaign_imap'))('the hostile-input campaign over IMAP (%s)', (engine, url) => {
  it('each case is stored or quarantined, the ordinary mail all becomes tickets, the checkpoint passes all', async () => {
    const account = await dovecot.addUser(`campaign${engine === 'SQLite' ? 'lite' : 'pg'}`);
    const uids = await dovecot.appendMessages(account, [
      request(privacy, ordinary(0)),
      ...cases.flatMap((c, i) => [c.raw, request(privacy, ordinary(i + 1))]),
    ]);
    const org = imapOrganisation(dovecot, account);
    const databaseUrl = await url();
    const app = await createTestApp({ ...(databaseUrl ? { databaseUrl } : {}), env: org.env });
    const intake = app.startImapIntake();
    cleanups.push(async () => {
      await intake.stop();
      await app.close();
    });
    await intake.syncAll();

    const db = app.database.db;
    const ids = Array.from({ length: cases.length + 1 }, (_, i) => ordinary(i));
    const tickets = await db.rawMessage.findMany({ where: { messageId: { in: ids } } });
    expect(tickets.map((r) => r.status)).toEqual(ids.map(() => 'ticket'));
    const quarantined = await db.quarantinedMessage.findMany({ orderBy: { uid: 'asc' } });
    const reasons = cases.flatMap((c) => (c.fate.kind === 'quarantined' ? [c.fate.reason] : []));
    expect(quarantined.map((q) => q.error)).toEqual(reasons.map((r) => expect.stringMatching(r) as unknown));
    // Every UID has exactly one row: stored or quarantined, nothing dropped, nothing twice.
    expect((await db.rawMessage.count()) + quarantined.length).toBe(uids.length);
    const mailbox = await db.mailbox.findUniqueOrThrow({ where: { id: org.mailboxId } });
    expect(mailbox.lastUid).toBe(BigInt(uids.at(-1)!));
    expect(mailbox.consecutiveFailures).toBe(0);

    await dovecot.appendMessages(account, [request(privacy, '<after-the-imap-campaign@example.org>')]);
    await intake.syncAll();
    const next = await db.rawMessage.findFirstOrThrow({
      where: { messageId: '<after-the-imap-campaign@example.org>' },
    });
    expect(next.status).toBe('ticket');
    expect((await db.rawMessage.count()) + (await db.quarantinedMessage.count())).toBe(uids.length + 1);
  }, 300_000);
});
