/**
 * Reads a mailbox's intake checkpoint and when it was added, and records its health (last error,
 * consecutive failures) and the progress of a long catch-up for `rightsdesk status`.
 */
import type { BacklogTally } from '../../domain/intake/backlog.js';
import type { StoredCheckpoint } from '../../domain/intake/catch-up-plan.js';
import type { Db } from './database.js';

/** A catch-up pass in progress: messages listed, handed to intake so far, since when, as of when. */
export interface CatchUpMark {
  readonly of: number;
  readonly done: number;
  readonly startedAt: Date;
  readonly at: Date;
}

export interface MailboxStateStore {
  checkpoint(mailboxId: string): Promise<StoredCheckpoint>;
  /** When Rightsdesk first saw the mailbox; null if it was read before that was recorded (issue 17). */
  addedAt(mailboxId: string): Promise<Date | null>;
  /** The pass's progress, or null once it has ended. */
  recordProgress(mailboxId: string, progress: CatchUpMark | null): Promise<void>;
  /** Backlog mail ingested and not yet told in a catch-up summary, by every pass since the last one. */
  unsummarisedBacklog(mailboxId: string): Promise<BacklogTally>;
  /** The summary of `told` went out (or was not wanted): those counts are no longer pending. */
  backlogSummarised(mailboxId: string, told: BacklogTally): Promise<void>;
  recordFailure(mailboxId: string, error: string): Promise<number>;
  recordHealthyPass(mailboxId: string): Promise<void>;
}

/** The pending backlog columns moved by `sign` × each count of `tally`, as one atomic update. */
export function backlogIncrements(tally: BacklogTally, sign: 1 | -1) {
  return {
    backlogMessages: { increment: sign * tally.messages },
    backlogTickets: { increment: sign * tally.tickets },
    backlogTriage: { increment: sign * tally.needsTriage },
    backlogOverdue: { increment: sign * tally.overdue },
    backlogReplies: { increment: sign * tally.replies },
  };
}

const NO_CATCH_UP = { catchUpOf: null, catchUpDone: null, catchUpStartedAt: null, catchUpAt: null };

export function createMailboxStateStore(db: Db): MailboxStateStore {
  return {
    async checkpoint(mailboxId) {
      const row = await db.mailbox.findUniqueOrThrow({
        where: { id: mailboxId },
        select: { uidValidity: true, lastUid: true },
      });
      return row;
    },
    async addedAt(mailboxId) {
      const row = await db.mailbox.findUniqueOrThrow({ where: { id: mailboxId }, select: { addedAt: true } });
      return row.addedAt;
    },
    async recordProgress(mailboxId, progress) {
      await db.mailbox.update({
        where: { id: mailboxId },
        data: progress
          ? {
              catchUpOf: progress.of,
              catchUpDone: progress.done,
              catchUpStartedAt: progress.startedAt,
              catchUpAt: progress.at,
            }
          : NO_CATCH_UP,
      });
    },
    async unsummarisedBacklog(mailboxId) {
      const row = await db.mailbox.findUniqueOrThrow({
        where: { id: mailboxId },
        select: {
          backlogMessages: true,
          backlogTickets: true,
          backlogTriage: true,
          backlogOverdue: true,
          backlogReplies: true,
        },
      });
      return {
        messages: row.backlogMessages,
        tickets: row.backlogTickets,
        needsTriage: row.backlogTriage,
        overdue: row.backlogOverdue,
        replies: row.backlogReplies,
      };
    },
    async backlogSummarised(mailboxId, told) {
      await db.mailbox.update({ where: { id: mailboxId }, data: backlogIncrements(told, -1) });
    },
    async recordFailure(mailboxId, error) {
      const row = await db.mailbox.update({
        where: { id: mailboxId },
        data: { lastError: error.slice(0, 500), consecutiveFailures: { increment: 1 } },
        select: { consecutiveFailures: true },
      });
      return row.consecutiveFailures;
    },
    async recordHealthyPass(mailboxId) {
      await db.mailbox.update({
        where: { id: mailboxId },
        // A pass that ended well leaves no catch-up in progress, even one a crash left recorded.
        data: {
          lastSyncAt: new Date(),
          lastError: null,
          consecutiveFailures: 0,
          ...NO_CATCH_UP,
        },
      });
    },
  };
}
