/**
 * DPA 2018 s. 164A (inserted by the Data (Use and Access) Act 2025 s. 103, in force 19 June 2026): a UK
 * controller acknowledges a data subject's complaint within the period of 30 days beginning when it is
 * received, so the last day is the receipt day plus 29; then, without undue delay, it takes appropriate
 * steps to respond and tells the complainant the outcome (s. 164A(4), (5)). Other laws set no such duty. A
 * complaint an authority forwards (`regulator_claimed`) is not the data subject's complaint to the
 * controller: the authority's letter sets its own date.
 */
import { addDays, type IsoDate } from './iso-date.js';

const IN_FORCE_FROM: IsoDate = '2026-06-19';
const PERIOD_DAYS = 30;
const CITE = 'DPA 2018 s. 164A';

/** What staff record as the complaint's outcome, beside a short reason of their own. */
export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** A ticket as its complaint is judged: days on the organisation's calendar. */
export interface ComplaintFacts {
  readonly jurisdiction: string;
  readonly flags: readonly string[];
  readonly receivedOn: IsoDate | null;
  /** The day the acknowledgement letter was queued (it went, or is going); null: not acknowledged. */
  readonly acknowledgedOn: IsoDate | null;
  /** The outcome staff recorded, and on which day; null: none yet. */
  readonly outcome: { readonly outcome: ComplaintOutcome; readonly on: IsoDate } | null;
}

/** Why a complaint command does not apply to a ticket. */
export type ComplaintRefusal =
  | 'other_law'
  | 'regulator'
  | 'not_flagged'
  | 'before_in_force'
  | 'already_acknowledged'
  | 'not_acknowledged'
  | 'outcome_recorded';

/** The last day to acknowledge the complaint, or null where none applies. */
export function complaintAcknowledgementDue(
  jurisdiction: string,
  flags: readonly string[],
  receivedOn: IsoDate | null,
): IsoDate | null {
  if (jurisdiction !== 'uk-gdpr' || receivedOn === null) return null;
  if (!flags.includes('complaint') || flags.includes('regulator_claimed')) return null;
  if (receivedOn < IN_FORCE_FROM) return null;
  return addDays(receivedOn, PERIOD_DAYS - 1);
}

/** The line staff see beside the deadline. */
export function complaintAcknowledgementLine(due: IsoDate): string {
  return `acknowledge the complaint by ${due} (${CITE})`;
}

/**
 * The desk's line for a complaint not yet acknowledged: the last day, or "overdue" once `today` is past
 * it; none once it is acknowledged, or where s. 164A does not apply.
 */
export function complaintDeskLine(facts: ComplaintFacts, today: IsoDate | null): string | null {
  if (facts.acknowledgedOn !== null) return null;
  const due = complaintAcknowledgementDue(facts.jurisdiction, facts.flags, facts.receivedOn);
  if (due === null) return null;
  if (today !== null && today > due) return `overdue: acknowledge the complaint, due by ${due} (${CITE})`;
  return complaintAcknowledgementLine(due);
}

/** The recorded outcome as staff see it; null while none is recorded. */
export function complaintOutcomeLine(facts: ComplaintFacts): string | null {
  if (facts.outcome === null) return null;
  return `${facts.outcome.outcome.replaceAll('_', ' ')} (recorded ${facts.outcome.on})`;
}

/** Whether the complaint was acknowledged after its last day. */
export function acknowledgedLate(facts: ComplaintFacts): boolean {
  const due = complaintAcknowledgementDue(facts.jurisdiction, facts.flags, facts.receivedOn);
  return due !== null && facts.acknowledgedOn !== null && facts.acknowledgedOn > due;
}

/**
 * Why `complaint … acknowledge` or `complaint … outcome` does not apply, or null where it does: only a UK
 * ticket flagged `complaint`, received from 19 June 2026 and not an authority's letter; acknowledged once;
 * its outcome recorded once, after the acknowledgement (a letter saying what happens next would be
 * untrue after the outcome).
 */
export function complaintRefusal(
  facts: ComplaintFacts,
  step: 'acknowledge' | 'outcome',
): ComplaintRefusal | null {
  if (facts.jurisdiction !== 'uk-gdpr') return 'other_law';
  if (facts.flags.includes('regulator_claimed')) return 'regulator';
  if (!facts.flags.includes('complaint')) return 'not_flagged';
  if (facts.receivedOn === null || facts.receivedOn < IN_FORCE_FROM) return 'before_in_force';
  if (step === 'acknowledge') return facts.acknowledgedOn === null ? null : 'already_acknowledged';
  if (facts.acknowledgedOn === null) return 'not_acknowledged';
  return facts.outcome === null ? null : 'outcome_recorded';
}
