/**
 * Whether a repeated request is still free: counts the requester's earlier requests in the 12 months
 * before this one against the jurisdiction's rule, so staff see the history and the rule side by side.
 */
import { DateTime } from 'luxon';
import type { JurisdictionId } from './jurisdiction-rule.js';
import { jurisdictionRule } from './jurisdictions.js';

export type RepeatVerdict =
  /** Within the free allowance, or a law under which requests are always free. */
  | 'free'
  /** The statutory number of free requests in 12 months is used up (a fee or refusal may be lawful). */
  | 'allowance_used'
  /** An earlier request exists and the law leaves it to judgement (GDPR Art. 12(5) "excessive"). */
  | 'staff_judgement';

export interface RepeatCheck {
  readonly verdict: RepeatVerdict;
  /** Earlier requests received in the 12 months before this one. */
  readonly earlierInWindow: number;
  readonly rule: string;
}

/** `receivedAt` and `earlierReceivedAt` are ISO-8601 instants; unparsable earlier entries are not counted. */
export function checkRepeatRequest(
  jurisdiction: JurisdictionId,
  receivedAt: string,
  earlierReceivedAt: readonly string[],
): RepeatCheck | { readonly code: 'invalid_received_at'; readonly value: string } {
  const received = DateTime.fromISO(receivedAt, { zone: 'utc' });
  if (!received.isValid) return { code: 'invalid_received_at', value: receivedAt };
  const windowStart = received.minus({ months: 12 }).toMillis();
  const receivedMs = received.toMillis();
  const earlierInWindow = earlierReceivedAt.filter((instant) => {
    const at = DateTime.fromISO(instant, { zone: 'utc' });
    return at.isValid && at.toMillis() > windowStart && at.toMillis() < receivedMs;
  }).length;
  const { perTwelveMonths, rule } = jurisdictionRule(jurisdiction).freeRequests;
  let verdict: RepeatVerdict = 'free';
  if (typeof perTwelveMonths === 'number' && earlierInWindow >= perTwelveMonths) verdict = 'allowance_used';
  if (perTwelveMonths === 'case_by_case' && earlierInWindow > 0) verdict = 'staff_judgement';
  return { verdict, earlierInWindow, rule };
}
