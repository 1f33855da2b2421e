/**
 * Keeps one IMAP mailbox ingested: connects, catches up, IDLEs, and catches up again on every
 * `exists` event and on a timer (IDLE notifications are known to stop silently). imapflow does not
 * reconnect and a closed client cannot be reused, so each connection is a new client, retried with
 * exponential backoff and jitter. Failures are logged and recorded for `rightsdesk status`. It reads
 * the mailbox only while it holds the mailbox's lease, so that of several processes one reads and the
 * others stand by, trying again every poll interval.
 */
import { ImapFlow } from 'imapflow';
import { type CatchUpContext, catchUp } from './catch-up.js';
import { withTimeout } from './timeout.js';

export interface WatchOptions extends CatchUpContext {
  readonly connection: { host: string; port: number; secure: boolean; user: string; password: string };
  readonly pollMs: number;
  readonly reconnectMaxMs: number;
  /** Injected for deterministic tests of the backoff; Math.random in production. */
  readonly random: () => number;
  /** The mailbox's lease, or null while another process holds it (see adapters/db/leases.ts). */
  readonly acquireLease: (mailboxId: string) => Promise<Lease | null>;
}

export interface Lease {
  /** Settles if the lease is lost while held. */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

export interface MailboxWatch {
  /**
   * Resolves after the next catch-up pass that starts after this call (for tests and `status`), or, when
   * another process holds the mailbox, once this one has asked for it again.
   */
  syncNow(): Promise<void>;
  /** True while another process holds the mailbox and this one waits to take over. */
  standingBy(): boolean;
  stop(): Promise<void>;
}

export function watchMailbox(options: WatchOptions): MailboxWatch {
  const { log } = options;
  const id = options.mailbox.mailboxId;
  let stopped = false;
  let requestCurrent: (() => void) | null = null;
  let closeCurrent: (() => void) | null = null;
  let failures = 0;
  let waiters: (() => void)[] = [];
  let wakeSleep: (() => void) | null = null;

  let standby = false;
  let leaseLost = false;

  /** Waits `ms`, or less when stop() or syncNow() wakes it. */
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeSleep = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wakeSleep = null));

  const run = (async () => {
    while (!stopped) {
      const lease = await takeLease();
      if (!lease) break;
      leaseLost = false;
      void lease.lost.then(() => {
        leaseLost = true;
        log.warn({ mailbox: id }, 'lost the mailbox lease; stopping reads until it is taken again');
        closeCurrent?.();
        wakeSleep?.();
      });
      await serveWhileHeld();
      await lease.release().catch(() => undefined);
    }
  })();

  /** The lease, once granted (standing by until then); null when stopped first. */
  async function takeLease(): Promise<Lease | null> {
    while (!stopped) {
      try {
        const lease = await options.acquireLease(id);
        if (lease) {
          if (standby) log.info({ mailbox: id }, 'took over the mailbox from another process');
          standby = false;
          return lease;
        }
        if (!standby) log.info({ mailbox: id }, 'another process is reading this mailbox; standing by');
        standby = true;
        // Nothing will be read here: a caller waiting for a pass has its answer.
        for (const done of waiters.splice(0)) done();
      } catch (error) {
        log.warn({ mailbox: id, err: error }, 'could not ask for the mailbox lease; will try again');
      }
      await sleep(options.pollMs);
    }
    return null;
  }

  /** Connects and reconnects while this process holds the lease. */
  async function serveWhileHeld(): Promise<void> {
    while (!stopped && !leaseLost) {
      const ok = await connectAndServe();
      if (stopped || leaseLost) break;
      failures = ok ? 0 : failures + 1;
      // Exponential backoff with full jitter, capped: a dead server is not hammered, a blip heals fast.
      await sleep(
        Math.min(options.reconnectMaxMs, 1000 * 2 ** Math.min(failures, 16)) * (0.5 + options.random() / 2),
      );
    }
  }

  /** One connection's life; true when it was healthy (connected and caught up) before it ended. */
  async function connectAndServe(): Promise<boolean> {
    const client = new ImapFlow({
      host: options.connection.host,
      port: options.connection.port,
      secure: options.connection.secure,
      doSTARTTLS: options.connection.secure ? undefined : false,
      auth: { user: options.connection.user, pass: options.connection.password },
      logger: false,
      connectionTimeout: options.stepTimeoutMs,
      greetingTimeout: options.stepTimeoutMs,
      maxIdleTime: Math.min(options.pollMs, 5 * 60_000),
      // Passes issue their commands back to back, so a short delay puts the connection in IDLE soon after.
      autoIdleDelay: 1000,
    });
    // Listen for `error` before connecting: an unhandled socket error would crash the process.
    client.on('error', (error: Error) =>
      log.warn({ mailbox: id, err: error.message }, 'IMAP connection error'),
    );
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    closeCurrent = () => client.close();
    let healthy = false;
    let passRequested = true;
    let passing: Promise<void> | null = null;
    const requestPass = () => {
      passRequested = true;
      passing ??= (async () => {
        while (passRequested && client.usable) {
          passRequested = false;
          const started = waiters;
          waiters = [];
          try {
            const count = await catchUp(client, options);
            if (count > 0) log.info({ mailbox: id, count }, 'ingested new messages');
            await options.state.recordHealthyPass(id);
            healthy = true;
          } catch (error) {
            await recordFailure(error);
            client.close();
          } finally {
            for (const done of started) done();
          }
        }
        passing = null;
      })();
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      await withTimeout(client.connect(), options.stepTimeoutMs, 'connect');
      client.on('exists', () => requestPass());
      timer = setInterval(requestPass, options.pollMs);
      requestCurrent = requestPass;
      requestPass();
      await closed;
      // Never let two passes overlap across a reconnect: finish (or fail) this one first.
      await passing;
      return healthy;
    } catch (error) {
      await recordFailure(error);
      client.close();
      return false;
    } finally {
      clearInterval(timer);
      // Waiters registered on this connection get their answer on the next one.
      requestCurrent = null;
      closeCurrent = null;
    }
  }

  async function recordFailure(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const count = await options.state.recordFailure(id, message).catch(() => failures + 1);
    log.error(
      { mailbox: id, consecutiveFailures: count, err: message },
      'mailbox intake failed; will reconnect',
    );
  }

  return {
    syncNow() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (requestCurrent) requestCurrent();
        else wakeSleep?.();
      });
    },
    standingBy: () => standby,
    async stop() {
      stopped = true;
      wakeSleep?.();
      closeCurrent?.();
      await run;
      for (const done of waiters) done();
      waiters = [];
    },
  };
}
