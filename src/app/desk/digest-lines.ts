/**
 * The digest as lines of plain text, shared by every chat and the console: short sentences a manager
 * reads in a channel on Monday morning. Counts only; nothing names a requester.
 */
import type { Digest } from '../../domain/tickets/digest.js';
import { AT_RISK_DAYS } from './digest.js';

const day = (d: Date) => d.toISOString().slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function digestLines(digest: Digest, scope: string | null): string[] {
  const byType = digest.receivedByType.map((t) => `${t.type} ${t.count}`).join(', ');
  const outcomes = Object.entries(digest.closedByOutcome)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  return [
    `Privacy requests ${scope ? `for ${scope} ` : ''}from ${day(digest.from)} to ${day(digest.to)}`,
    `Received: ${plural(digest.received, 'request')}${byType ? ` (${byType})` : ''}`,
    `Closed: ${digest.closed}${outcomes ? ` (${outcomes})` : ''}${
      digest.daysToClose
        ? `; time to close ${digest.daysToClose.median} days median, ${digest.daysToClose.p90} days at the 90th percentile`
        : ''
    }`,
    `Open: ${digest.open} (${digest.needsTriage} need triage${
      digest.oldestTriageDays === null ? '' : `, the oldest waiting ${plural(digest.oldestTriageDays, 'day')}`
    }, ${digest.awaitingVerification} awaiting verification)`,
    ...(digest.openComplaints > 0 || digest.openRegulator > 0
      ? [
          `Complaints: ${digest.openComplaints} open; ${plural(digest.openRegulator, 'open ticket')} from a regulator (as the mail claims: check the sender)`,
        ]
      : []),
    ...(digest.complaintsUnacknowledged > 0 || digest.complaintsAcknowledgedLate > 0
      ? [
          `UK complaints (DPA 2018 s. 164A): ${digest.complaintsUnacknowledged} not acknowledged (${digest.complaintsUnacknowledgedOverdue} past the 30 days), ${digest.complaintsAcknowledgedLate} acknowledged late this week`,
        ]
      : []),
    `Deadlines: ${digest.overdue} overdue, ${digest.atRisk} due within ${AT_RISK_DAYS} days`,
    ...(digest.classifierAgreement
      ? [
          `Classifier: staff kept its types on ${digest.classifierAgreement.kept} of ${plural(
            digest.classifierAgreement.of,
            'closed ticket',
          )} (${Math.round((100 * digest.classifierAgreement.kept) / digest.classifierAgreement.of)}%)`,
        ]
      : []),
  ];
}
