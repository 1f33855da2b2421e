/**
 * Leases that one process at a time holds across processes: one watcher per mailbox, and one process
 * that runs the timers (digest, chat resync, purge). On PostgreSQL a watcher holds a session-level advisory lock
 * on a connection of its own while it reads the mailbox; a second process that starts for the same
 * mailbox stands by and takes over when the first stops or dies (the server frees the lock when the
 * connection ends). Without it two processes would both download every message and one of them would
 * throw its batch away on the unique keys. A SQLite file has one writing process, so there every lease
 * is granted at once.
 */
import { createHash } from 'node:crypto';
import type { DbProvider } from './database.js';

export interface Lease {
  /** Settles if the lease is lost before release (the lock's connection failed): stop reading. */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

export interface Leases {
  /** The lease on `mailboxId`, or null while another process holds it. */
  acquire(mailboxId: string): Promise<Lease | null>;
}

/** "RDMB" in ASCII: the advisory-lock namespace of mailbox leases (the audit chain uses another). */
const LEASE_NAMESPACE = 0x52444d42;
/** "RDTM": the namespace of the timers' lease, so no mailbox id can collide with it. */
const TIMER_NAMESPACE = 0x5244544d;

/** A stable 32-bit key for a mailbox id, the same in every process. */
export function leaseKey(mailboxId: string): number {
  return createHash('sha256').update(mailboxId).digest().readInt32BE(0);
}

export function createMailboxLeases(url: string, provider: DbProvider): Leases {
  return createLeases(url, provider, LEASE_NAMESPACE);
}

/** The lease of the process that runs the timers: `acquire('timers')`. */
export function createTimerLeases(url: string, provider: DbProvider): Leases {
  return createLeases(url, provider, TIMER_NAMESPACE);
}

function createLeases(url: string, provider: DbProvider, namespace: number): Leases {
  if (provider === 'sqlite') {
    return {
      acquire: async () => ({ lost: new Promise<void>(() => undefined), release: async () => undefined }),
    };
  }
  return {
    async acquire(mailboxId) {
      // Imported here: a SQLite installation never loads PostgreSQL's driver.
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      let markLost: () => void = () => undefined;
      const lost = new Promise<void>((resolve) => (markLost = resolve));
      // A connection error is how a lease is lost; it must never be an unhandled 'error' event.
      client.on('error', () => markLost());
      client.on('end', () => markLost());
      await client.connect();
      const { rows } = await client.query<{ granted: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS granted',
        [namespace, leaseKey(mailboxId)],
      );
      if (!rows[0]?.granted) {
        await client.end();
        return null;
      }
      let released = false;
      return {
        lost: lost.then(() => {
          if (!released) return;
          // Released on purpose: not a loss, so this promise never settles for the watcher.
          return new Promise<void>(() => undefined);
        }),
        release: async () => {
          released = true;
          await client.end();
        },
      };
    },
  };
}
