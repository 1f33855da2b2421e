// A send pass where one letter fails (an SMTP refusal after its data, then a database error on its row)
// while the others are accepted by the SMTP server, on both engines: every accepted letter is recorded as
// sent at once, whatever happens to the others, so the pass after the lease sends none of them again and
// loses none; the failing letter goes out on a later pass. A database error on one row's "sent" write
// leaves that letter alone to the lease: it goes out once more under the same Message-ID.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendDueEmails } from '../../src/app/notify/send-outbox.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { ingestRaw, smtpOrganisations, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const request = readFileSync(join(repoRoot, 'test/fixtures/outbox/request.eml'), 'utf8');
const LETTERS = 8;

describe.each(engines('outbox_partial'))('a send pass with one failing letter on %s', (_engine, url) => {
  let smtp: TestSmtpServer;
  let app: App;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const databaseUrl = await url();
    app = await createTestApp({
      ...(databaseUrl ? { databaseUrl } : {}),
      env: smtpOrganisations(smtp.port),
    });
  });
  /** Undoes breakRow(), also after a failed test. */
  let repair: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await repair?.();
    repair = null;
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /** One acknowledgement queued per address, oldest first; returns the addresses. */
  async function queueLetters(prefix: string): Promise<string[]> {
    const addresses = Array.from({ length: LETTERS }, (_, i) => `${prefix}${i}@example.com`);
    for (const address of addresses) {
      const raw = request
        .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <${address}>`)
        .replace('jane@example.com', address);
      expect((await ingestRaw(app, raw)).kind).toBe('ticket');
    }
    return addresses;
  }

  const rowOf = (address: string) =>
    app.database.db.outboundEmail.findFirstOrThrow({ where: { toAddress: address } });

  /** Makes every write to one row that `when` matches fail, as a database error on that row would. */
  async function breakRow(id: number, when: string): Promise<void> {
    const db = app.database.db;
    if (app.database.provider === 'sqlite') {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER broken_row BEFORE UPDATE ON "OutboundEmail" FOR EACH ROW WHEN OLD."id" = ${id} AND ${when}
         BEGIN SELECT RAISE(ABORT, 'one row fails'); END`,
      );
      repair = async () => void (await db.$executeRawUnsafe('DROP TRIGGER broken_row'));
      return;
    }
    await db.$executeRawUnsafe(
      `CREATE FUNCTION broken_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'one row fails'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER broken_row BEFORE UPDATE ON "OutboundEmail" FOR EACH ROW WHEN (OLD."id" = ${id} AND ${when})
       EXECUTE FUNCTION broken_row()`,
    );
    repair = async () => {
      await db.$executeRawUnsafe('DROP TRIGGER broken_row ON "OutboundEmail"');
      await db.$executeRawUnsafe('DROP FUNCTION broken_row()');
    };
  }

  /** A pass as the sender loop makes it, at `at`; a pass that throws is what the loop survives. */
  const passAt = (at: Date) =>
    sendDueEmails({ ...app.requesterMail.sender, now: () => at }).catch(() => 'threw' as const);
  const afterLease = () => new Date(Date.now() + app.requesterMail.sender.leaseMs + 1000);
  const receivedBy = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));

  it('records every accepted letter although one letter throws, and sends none of them twice', async () => {
    const addresses = await queueLetters('refused');
    const [failing, ...others] = addresses as [string, ...string[]];
    const before = smtp.received.length;
    // Its SMTP refusal is to be retried with backoff, and the write of that retry fails on its row.
    smtp.refused.add(failing);
    await breakRow((await rowOf(failing)).id, `NEW."lastError" LIKE '%try again later%'`);
    const start = new Date();
    await passAt(start);
    await smtp.waitFor(before + others.length);
    for (const address of others) expect(receivedBy(address)).toHaveLength(1);
    // Each accepted letter is recorded as sent by the time the pass ends, not only those done before the throw.
    for (const address of others) expect((await rowOf(address)).status).toBe('sent');
    // The one that threw is not lost: it is retried with backoff, sooner than its lease, with the reason.
    const waiting = await rowOf(failing);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, sentAt: null });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.lastError).not.toContain('try again later');
    expect(waiting.nextAttemptAt.getTime()).toBeLessThan(start.getTime() + app.requesterMail.sender.leaseMs);
    smtp.refused.delete(failing);
    await passAt(afterLease());
    for (const address of addresses) expect(receivedBy(address)).toHaveLength(1);
    for (const address of addresses) expect((await rowOf(address)).status).toBe('sent');
  });

  it('parks a letter that keeps throwing once it has waited too long, with the reason', async () => {
    const [parked] = (await queueLetters('parked')) as [string, ...string[]];
    smtp.refused.add(parked);
    await breakRow((await rowOf(parked)).id, `NEW."lastError" LIKE '%try again later%'`);
    await passAt(new Date(Date.now() + app.requesterMail.sender.giveUpAfterMs + 60_000));
    smtp.refused.delete(parked);
    const row = await rowOf(parked);
    expect(row).toMatchObject({ status: 'failed', statusReason: 'delivery failed', sentAt: null });
    expect(row.lastError).toBeTruthy();
    expect(row.lastError).not.toContain('try again later');
    expect(receivedBy(parked)).toHaveLength(0);
  });

  it('keeps the other letters recorded when the "sent" write of one row fails', async () => {
    const addresses = await queueLetters('unrecorded');
    const unrecorded = addresses[2]!;
    await breakRow((await rowOf(unrecorded)).id, `NEW."status" = 'sent'`);
    await passAt(new Date());
    for (const address of addresses) expect(receivedBy(address)).toHaveLength(1);
    const others = addresses.filter((a) => a !== unrecorded);
    for (const address of others) expect((await rowOf(address)).status).toBe('sent');
    expect((await rowOf(unrecorded)).status).toBe('queued');
    await repair!();
    repair = null;
    await passAt(afterLease());
    // Only the letter whose write failed goes again, under the Message-ID the receiver deduplicates by.
    for (const address of others) expect(receivedBy(address)).toHaveLength(1);
    const twice = receivedBy(unrecorded);
    expect(twice).toHaveLength(2);
    expect(twice[1]!.email.messageId).toBe(twice[0]!.email.messageId);
    expect((await rowOf(unrecorded)).status).toBe('sent');
  });
});
