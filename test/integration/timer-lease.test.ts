// The timers (digest, chat resync, purge) of several processes on one PostgreSQL database run in one of
// them at a time: the others stand by and one takes over when the holder stops or its lease's
// connection dies. (The three-process test in run-processes.test.ts does the same with real processes.)
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTimerLeases } from '../../src/adapters/db/leases.js';
import { createLogger } from '../../src/adapters/log/logger.js';
import { leadTimers, type TimerLeadership } from '../../src/adapters/schedule/lead-timers.js';
import { engines } from '../support/engines.js';
import { waitUntil } from '../support/processes.js';

const postgres = engines('timers').find(([name]) => name === 'PostgreSQL')![1];
const log = createLogger('silent');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('one process runs the timers (PostgreSQL)', () => {
  it('of three, one starts its timers; when it stops or loses its connection another takes over', async () => {
    const url = (await postgres())!;
    const started: string[] = [];
    const running = new Set<string>();
    const lead = (name: string): TimerLeadership => {
      const leases = createTimerLeases(url, 'postgresql');
      const leadership = leadTimers({
        acquire: () => leases.acquire('timers'),
        retryMs: 100,
        start: () => {
          started.push(name);
          running.add(name);
          return { stop: async () => void running.delete(name) };
        },
        log,
      });
      cleanups.push(() => leadership.stop());
      return leadership;
    };
    const processes = new Map([
      ['a', lead('a')],
      ['b', lead('b')],
      ['c', lead('c')],
    ]);
    const leaders = () => [...processes].filter(([, p]) => p.leading()).map(([name]) => name);
    await waitUntil('a leader', async () => leaders().length === 1, { timeoutMs: 20_000 });
    const [first] = leaders();
    // The others have asked at least once more by now, and been refused.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(leaders()).toEqual([first]);
    expect([...running]).toEqual([first]);

    await processes.get(first!)!.stop();
    processes.delete(first!);
    await waitUntil('another leader', async () => leaders().length === 1, { timeoutMs: 20_000 });
    const [second] = leaders();
    expect(second).not.toBe(first);
    expect([...running]).toEqual([second]);

    // The leader's lease connection is cut (a failover): its timers stop, and one process leads again.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid::int = $1`,
      [0x5244544d],
    );
    await waitUntil('a leader after the cut', async () => started.length === 3 && leaders().length === 1, {
      timeoutMs: 20_000,
    });
    expect(running.size).toBe(1);
  });
});
