/**
 * The progress of a long IMAP catch-up (issue 17): done of listed, the rate so far and the time left,
 * logged about every PROGRESS_EVERY messages and recorded on the mailbox for `rightsdesk status`.
 */
import { catchUpProgress, describeProgress } from '../../domain/intake/catch-up-progress.js';
import type { CatchUpMark, MailboxStateStore } from '../db/mailbox-state.js';
import type { Logger } from '../log/logger.js';

export interface ProgressDeps {
  readonly mailboxId: string;
  readonly state: Pick<MailboxStateStore, 'recordProgress'>;
  readonly log: Logger;
  /** The clock the rate is measured by (tests fix it). */
  readonly now?: () => Date;
}

/** On a catch-up of more messages than this, a progress line about every this many. */
export const PROGRESS_EVERY = 500;

/**
 * A long catch-up (a first start on a full mailbox) says how far it is, in the log and for `rightsdesk
 * status`, so it is not taken for a hang; null for a short one. Recording it never fails the pass.
 */
export async function startProgress(deps: ProgressDeps, of: number) {
  if (of <= PROGRESS_EVERY) return null;
  const { mailboxId: mailbox, log } = deps;
  const clock = deps.now ?? (() => new Date());
  const startedAt = clock();
  const record = (mark: CatchUpMark | null) =>
    deps.state.recordProgress(mailbox, mark).catch((error: unknown) => {
      log.warn({ mailbox, err: error }, 'could not record the catch-up progress');
    });
  log.info({ mailbox, of }, `catching up ${of.toLocaleString('en')} messages`);
  await record({ of, done: 0, startedAt, at: startedAt });
  return {
    async report(done: number) {
      const at = clock();
      const now = catchUpProgress({ done, of, startedAt, at });
      log.info(
        { mailbox, done, of, msgPerSecond: now.ratePerSecond, etaSeconds: now.etaSeconds },
        `catching up: ${describeProgress(now)}`,
      );
      await record({ of, done, startedAt, at });
    },
    async end(done: number) {
      const now = catchUpProgress({ done, of, startedAt, at: clock() });
      log.info(
        { mailbox, done, of, msgPerSecond: now.ratePerSecond },
        `caught up ${done.toLocaleString('en')} messages at ${Math.round(now.ratePerSecond ?? 0)} msg/s`,
      );
      await record(null);
    },
  };
}
