// Two Rightsdesk processes configured with the same mailbox on one PostgreSQL database: one reads it,
// the other stands by and takes over when the first stops, or when the first's lease connection dies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { leaseKey } from '../../src/adapters/db/leases.js';
import type { RunningIntake } from '../../src/app/intake/start-intake.js';
import type { App } from '../../src/composition-root.js';
import { dovecotAt } from '../support/dovecot.js';
import { engines } from '../support/engines.js';
import { imapOrganisation } from '../support/imap-org.js';
import { waitUntil } from '../support/processes.js';
import { corpusDir, createTestApp } from '../support/test-app.js';

const corpus = (n: number) => readFileSync(join(corpusDir, `d${String(n).padStart(3, '0')}.eml`));
const postgres = engines('lease').find(([name]) => name === 'PostgreSQL')![1];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('one reader per mailbox across processes (PostgreSQL)', () => {
  it('the second process stands by, then takes over when the first stops or loses its lease', async () => {
    const dovecot = dovecotAt(inject('dovecot'));
    const account = await dovecot.addUser('lease');
    const org = imapOrganisation(dovecot, account);
    const url = (await postgres())!;
    const start = async (): Promise<[App, RunningIntake]> => {
      // A one-second poll: the stand-by asks for the lease again every second.
      const app = await createTestApp({ databaseUrl: url, env: { ...org.env, INTAKE_POLL_SECONDS: '1' } });
      const intake = app.startImapIntake();
      cleanups.push(async () => {
        await intake.stop();
        await app.close();
      });
      return [app, intake];
    };
    const [first, firstIntake] = await start();
    const rows = () => first.database.db.rawMessage.count();
    const watchOf = (intake: RunningIntake) => intake.watches.get(org.mailboxId)!;

    await dovecot.appendMessages(account, [corpus(1), corpus(2)]);
    await firstIntake.syncAll();
    expect(await rows()).toBe(2);
    expect(watchOf(firstIntake).standingBy()).toBe(false);

    const [, secondIntake] = await start();
    await waitUntil('the second process to stand by', async () => watchOf(secondIntake).standingBy(), {
      timeoutMs: 20_000,
    });
    await secondIntake.syncAll(); // answers at once: this process reads nothing while standing by
    expect(watchOf(secondIntake).standingBy()).toBe(true);

    await firstIntake.stop();
    await dovecot.appendMessages(account, [corpus(3)]);
    await waitUntil('the second process to take over', async () => !watchOf(secondIntake).standingBy(), {
      timeoutMs: 20_000,
    });
    await secondIntake.syncAll();
    expect(await rows()).toBe(3);

    // The lease's connection dies (a database failover, a network cut): the reader stops, takes the
    // free lease again and goes on, still exactly once.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    const holders = async () =>
      (
        await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::int = $1`,
          [leaseKey(org.mailboxId)],
        )
      ).rows.map((r) => r.pid);
    const [killed] = await holders();
    expect(killed).toBeDefined();
    await admin.query('SELECT pg_terminate_backend($1)', [killed]);
    await waitUntil(
      'the lease taken again on a new connection',
      async () => {
        const now = await holders();
        return now.length === 1 && now[0] !== killed;
      },
      { timeoutMs: 30_000 },
    );
    await dovecot.appendMessages(account, [corpus(4), corpus(5)]);
    await secondIntake.syncAll();
    expect(await rows()).toBe(5);
    expect(await first.database.db.rawMessage.count({ where: { canonicalMessageId: null } })).toBe(0);
  });
});
