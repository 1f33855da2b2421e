/** The Prisma side of reviewing the quarantine: one entry's bytes, a dismissal with its audit event. */
import type { QuarantineReviewStore } from '../../app/intake/quarantine-review.js';
import { appendAuditEvents } from './audit-store.js';
import type { Db, DbProvider } from './database.js';

export function createQuarantineReviewStore(db: Db, provider: DbProvider): QuarantineReviewStore {
  return {
    async entry(id) {
      const row = await db.quarantinedMessage.findUnique({
        where: { id },
        select: { id: true, raw: true, resolvedAt: true, dismissReason: true },
      });
      return row ? { ...row, raw: new Uint8Array(row.raw) } : null;
    },
    async dismiss(id, reason, event) {
      return db.$transaction(async (tx) => {
        // Conditional on still being open, so two dismissals (or a retry racing one) record once.
        const { count } = await tx.quarantinedMessage.updateMany({
          where: { id, resolvedAt: null },
          data: { resolvedAt: event.at, dismissReason: reason },
        });
        if (count === 0) return false;
        await appendAuditEvents(tx, provider, [event]);
        return true;
      });
    },
    async audit(event) {
      await db.$transaction(async (tx) => appendAuditEvents(tx, provider, [event]));
    },
  };
}
