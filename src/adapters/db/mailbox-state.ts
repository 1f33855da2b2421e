/** Reads a mailbox's intake checkpoint and records its health (last error, consecutive failures) for `rightsdesk status`. */
import type { StoredCheckpoint } from '../../domain/intake/catch-up-plan.js';
import type { Db } from './database.js';

export interface MailboxStateStore {
  checkpoint(mailboxId: string): Promise<StoredCheckpoint>;
  recordFailure(mailboxId: string, error: string): Promise<number>;
  recordHealthyPass(mailboxId: string): Promise<void>;
}

export function createMailboxStateStore(db: Db): MailboxStateStore {
  return {
    async checkpoint(mailboxId) {
      const row = await db.mailbox.findUniqueOrThrow({
        where: { id: mailboxId },
        select: { uidValidity: true, lastUid: true },
      });
      return row;
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
        data: { lastSyncAt: new Date(), lastError: null, consecutiveFailures: 0 },
      });
    },
  };
}
