/**
 * Exports are kept no longer than the organisation's retention for them (issue 15; GDPR Art. 5(1)(e)):
 * `delivery.keepDays` after they were sent, or after their ticket closed without sending them. The purge
 * pass (`rightsdesk purge`, PURGE_SCHEDULE) drops their bytes, each with an `export.purged` event that
 * keeps the hash and size; running it twice removes and records nothing more. An export whose removal
 * fails (a database error on its row) is counted and left for the next run; the others, before and
 * after it, still go.
 */
import type { ExportStore } from './ports.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 200;

export interface ExportPurgeReport {
  readonly organisationId: string;
  readonly keepDays: number;
  readonly exports: number;
  /** Exports past their retention whose removal failed: kept until a later run removes them. */
  readonly failed: number;
}

export async function purgeExpiredExports(
  store: ExportStore,
  organisations: readonly { readonly id: string; readonly keepDays: number }[],
  now: Date,
): Promise<ExportPurgeReport[]> {
  const reports: ExportPurgeReport[] = [];
  for (const org of organisations) {
    const cutoff = new Date(now.getTime() - org.keepDays * DAY_MS);
    let purged = 0;
    let failed = 0;
    let afterId = 0;
    for (;;) {
      const page = await store.expired(org.id, cutoff, PAGE, afterId);
      for (const file of page) {
        afterId = file.id;
        const removed = await store
          .remove(file.id, 'retention', {
            type: 'export.purged',
            actor: 'system',
            at: now,
            ticketId: file.ticketId,
            ticketReference: file.ticketReference,
            payload: {
              exportId: file.id,
              sha256: file.sha256,
              size: file.size,
              keepDays: org.keepDays,
              sentAt: file.sentAt?.toISOString() ?? null,
            },
          })
          .catch(() => {
            failed += 1;
            return false;
          });
        if (removed) purged += 1;
      }
      if (page.length < PAGE) break;
    }
    reports.push({ organisationId: org.id, keepDays: org.keepDays, exports: purged, failed });
  }
  return reports;
}
