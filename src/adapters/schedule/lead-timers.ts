/**
 * Runs the timers (weekly digest, chat resync, purge) in exactly one process at a time. Of several
 * `rightsdesk run` processes on one database, the one holding the timers' lease runs them; the others
 * stand by and ask for the lease again every `retryMs`. When the holder stops or dies, the database frees
 * the lease and one of them starts the timers. Without it N processes would post the digest N times.
 */
import type { Logger } from '../log/logger.js';

export interface TimerLease {
  /** Settles if the lease is lost while held (its connection failed). */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

export interface RunningTimers {
  stop(): Promise<void>;
}

export interface TimerLeadership {
  /** True while this process holds the lease and its timers run. */
  leading(): boolean;
  stop(): Promise<void>;
}

export function leadTimers(input: {
  readonly acquire: () => Promise<TimerLease | null>;
  readonly retryMs: number;
  /** Starts every timer; called each time this process takes the lease. */
  readonly start: () => RunningTimers;
  readonly log: Logger;
}): TimerLeadership {
  const { log } = input;
  let stopped = false;
  let leading = false;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  const loop = (async () => {
    let standingBy = false;
    while (!stopped) {
      let lease: TimerLease | null = null;
      try {
        lease = await input.acquire();
      } catch (error) {
        log.warn({ err: error }, 'could not ask for the timers lease; will try again');
      }
      if (!lease) {
        if (!standingBy) log.info('another process runs the timers; standing by');
        standingBy = true;
        await pause(input.retryMs);
        continue;
      }
      if (stopped) {
        await lease.release();
        break;
      }
      log.info(standingBy ? 'took over the timers from another process' : 'running the timers');
      standingBy = false;
      leading = true;
      const timers = input.start();
      const lost = lease.lost.then(() => 'lost' as const);
      const stopping = new Promise<'stop'>((resolve) => (wake = () => resolve('stop')));
      const why = await Promise.race([lost, stopping]);
      wake = null;
      leading = false;
      await timers.stop();
      if (why === 'lost') log.warn('lost the timers lease; timers stopped until it is taken again');
      await lease.release().catch(() => undefined);
    }
  })();

  return {
    leading: () => leading,
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
