// Intake survives what production does to it: the worker process killed mid-batch, and the IMAP
// server going away while the watcher IDLEs. Counted against the database, never by timing.
import { type ChildProcess, spawn } from 'node:child_process';
import { chownSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { dovecotAt, type DovecotServer, startDovecot } from '../support/dovecot.js';
import { imapOrganisation } from '../support/imap-org.js';
import { idsOf, waitForExit, waitUntil } from '../support/processes.js';
import { corpusDir, createTestApp, repoRoot } from '../support/test-app.js';

const corpus = (n: number) => readFileSync(join(corpusDir, `d${String(n).padStart(3, '0')}.eml`));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/rightsdesk.mjs'), 'run'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    }
  });
  return child;
}

describe('IMAP intake resilience', () => {
  it('a worker killed mid-batch and restarted ingests every message exactly once', async () => {
    const dovecot = dovecotAt(inject('dovecot'));
    const account = await dovecot.addUser('crash');
    const total = 100;
    await dovecot.appendMessages(
      account,
      Array.from({ length: total }, (_, i) => corpus(i + 1)),
    );
    const org = imapOrganisation(dovecot, account);
    // The test process reads the same SQLite file that the worker writes.
    const app = await createTestApp({ env: org.env });
    cleanups.push(() => app.close());
    const env = {
      ...org.env,
      DATABASE_URL: app.env.DATABASE_URL,
      RIGHTSDESK_STATE_DIR: app.stateDir,
      RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      INTAKE_BATCH_SIZE: '2',
      LOG_LEVEL: 'silent',
    };
    const rows = () => app.database.db.rawMessage.count({ where: { mailboxId: org.mailboxId } });

    const first = startWorker(env);
    await waitUntil('the first batches', async () => (await rows()) >= 6, { timeoutMs: 30_000 });
    first.kill('SIGKILL');
    await waitForExit(first, 10_000);
    const beforeRestart = await rows();
    expect(beforeRestart).toBeLessThan(total);

    const second = startWorker(env);
    await waitUntil('the restarted worker to catch up', async () => (await rows()) === total, {
      timeoutMs: 60_000,
    });
    second.kill('SIGTERM');
    expect(await waitForExit(second, 20_000)).toBe(true);

    const stored = await app.database.db.rawMessage.findMany({
      where: { mailboxId: org.mailboxId },
      select: { uid: true, status: true, ticketId: true },
    });
    expect(new Set(stored.map((s) => s.uid)).size).toBe(total);
    expect(stored.filter((s) => s.status === 'duplicate')).toHaveLength(2); // d014 = d013, d053 = d011
    const ticketRows = stored.filter((s) => s.status === 'ticket');
    expect(await app.database.db.ticket.count()).toBe(ticketRows.length);
    expect((await app.database.db.mailbox.findUniqueOrThrow({ where: { id: org.mailboxId } })).lastUid).toBe(
      BigInt(total),
    );
  });

  it('mail delivered while the IMAP server was down is ingested after the watcher reconnects', async () => {
    const server: DovecotServer = await startDovecot({ user: 'restart' });
    cleanups.push(() => server.dispose());
    await server.appendMessages(server.account, [corpus(1)]);
    const org = imapOrganisation(server, server.account);
    const app = await createTestApp({ env: { ...org.env, INTAKE_RECONNECT_MAX_SECONDS: '1' } });
    const intake = app.startImapIntake();
    cleanups.push(async () => {
      await intake.stop();
      await app.close();
    });
    await intake.syncAll();
    const rows = () => app.database.db.rawMessage.count();
    expect(await rows()).toBe(1);

    await server.kill();
    // Delivery straight into the maildir, as the MTA would while IMAP is down.
    const file = join(server.mailRoot, server.account.user, 'new', `${Date.now()}.delivered-while-down.test`);
    writeFileSync(file, corpus(2));
    const mail = await idsOf('nobody');
    chownSync(file, mail.uid, mail.gid);
    await server.start();

    await waitUntil('the message delivered during the outage', async () => (await rows()) === 2, {
      timeoutMs: 30_000,
    });
    const health = await app.database.db.mailbox.findUniqueOrThrow({ where: { id: org.mailboxId } });
    expect(health.consecutiveFailures).toBe(0);
  });
});
