/**
 * The weekly digest on a timer: one croner job per organisation, read in the organisation's time zone
 * (Monday 08:00 in Berlin and in Los Angeles are different instants). A job never overlaps its previous
 * run, and a failed post is logged, never thrown into the timer.
 */
import { Cron } from 'croner';
import type { Logger } from '../log/logger.js';

export interface DigestSchedule {
  /** The next time each organisation's digest is due (null once stopped). */
  nextRuns(): ReadonlyMap<string, Date | null>;
  stop(): void;
}

export function scheduleDigests(input: {
  readonly pattern: string;
  readonly organisations: readonly { readonly id: string; readonly timezone: string }[];
  readonly publish: (organisationId: string) => Promise<void>;
  readonly log: Logger;
}): DigestSchedule {
  const jobs = new Map<string, Cron>();
  for (const { id, timezone } of input.organisations) {
    try {
      jobs.set(
        id,
        new Cron(
          input.pattern,
          {
            name: `digest:${id}`,
            timezone,
            protect: true,
            catch: (error) => input.log.error({ err: error, organisationId: id }, 'weekly digest failed'),
          },
          () => input.publish(id),
        ),
      );
    } catch (error) {
      for (const job of jobs.values()) job.stop();
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`DIGEST_SCHEDULE "${input.pattern}" is not a cron pattern: ${why}`, { cause: error });
    }
  }
  return {
    nextRuns: () => new Map([...jobs].map(([id, job]) => [id, job.nextRun()])),
    stop: () => {
      for (const job of jobs.values()) job.stop();
    },
  };
}
