/**
 * The managers' digest of one week: what arrived (by type), what closed and how long it took, what is
 * open, and which deadlines are at risk or missed. Counts and durations only, never a requester, so
 * it may be posted to a channel.
 */
import {
  acknowledgedLate,
  complaintAcknowledgementDue,
  type ComplaintFacts,
} from '../deadlines/complaint-acknowledgement.js';
import { localDateOf } from '../deadlines/iso-date.js';
import { REQUEST_TYPES, type RequestType } from '../request-types.js';
import type { TicketStatus } from './vocabulary.js';

export type ClosedStatus = Extract<TicketStatus, 'fulfilled' | 'rejected' | 'withdrawn'>;

/** A UK ticket flagged `complaint` (DPA 2018 s. 164A), open or closed, and when it was acknowledged. */
export interface ComplaintDigestFact {
  readonly organisationId: string;
  readonly flags: readonly string[];
  readonly receivedAt: Date;
  /** When its acknowledgement letter was queued (queued or sent); null: not acknowledged. */
  readonly acknowledgedAt: Date | null;
}

/** What the store counted for the window (see `DigestQuery`). */
export interface DigestFacts {
  readonly from: Date;
  readonly to: Date;
  /** The types of each ticket received in the window. */
  readonly received: readonly (readonly RequestType[])[];
  /** Each ticket closed in the window. */
  readonly closed: readonly {
    readonly status: ClosedStatus;
    readonly receivedAt: Date;
    readonly closedAt: Date;
    /** The classifier's first verdict, and the types the ticket closed with (staff may have changed them). */
    readonly classifiedAs: readonly RequestType[] | null;
    readonly closedAs: readonly RequestType[];
  }[];
  readonly open: number;
  readonly needsTriage: number;
  /** When the open ticket that has waited longest for triage arrived; null when none waits. */
  readonly oldestTriageReceivedAt: Date | null;
  readonly awaitingVerification: number;
  /** The flags of each open ticket. */
  readonly openFlags: readonly (readonly string[])[];
  /** Open, due within the at-risk horizon and not yet overdue. */
  readonly atRisk: number;
  readonly overdue: number;
  /** Every UK complaint received since DPA 2018 s. 164A came into force. */
  readonly complaints: readonly ComplaintDigestFact[];
}

export interface Digest {
  readonly from: Date;
  readonly to: Date;
  readonly received: number;
  /** Types in the grammar's order; a ticket with two types counts for both. Zero counts left out. */
  readonly receivedByType: readonly { readonly type: RequestType; readonly count: number }[];
  readonly closed: number;
  readonly closedByOutcome: Readonly<Record<ClosedStatus, number>>;
  /** Whole days from receipt to closing of the tickets closed in the window; null when none closed. */
  readonly daysToClose: { readonly median: number; readonly p90: number } | null;
  readonly open: number;
  readonly needsTriage: number;
  /** Whole days the oldest ticket in triage has waited since receipt; null when none waits. */
  readonly oldestTriageDays: number | null;
  /**
   * How often staff kept the classifier's types, over the tickets closed in the window that the
   * classifier had classified: the measure of whether its verdicts can be trusted (issue 12, item 4).
   */
  readonly classifierAgreement: { readonly kept: number; readonly of: number } | null;
  readonly awaitingVerification: number;
  /** Open tickets flagged as a complaint, and those whose mail says it is from a supervisory authority. */
  readonly openComplaints: number;
  readonly openRegulator: number;
  /**
   * UK complaints (DPA 2018 s. 164A(3)), open or closed: not acknowledged yet (and of those, past their
   * 30 days), and acknowledged within the window after their last day.
   */
  readonly complaintsUnacknowledged: number;
  readonly complaintsUnacknowledgedOverdue: number;
  readonly complaintsAcknowledgedLate: number;
  readonly atRisk: number;
  readonly overdue: number;
}

const DAY_MS = 86_400_000;

/** `zoneOf`: an organisation's time zone, whose calendar its complaints' days are counted on. */
export function summariseDigest(facts: DigestFacts, zoneOf: (organisationId: string) => string): Digest {
  const byType = new Map<RequestType, number>();
  for (const types of facts.received)
    for (const type of new Set(types)) byType.set(type, (byType.get(type) ?? 0) + 1);
  const closedByOutcome = { fulfilled: 0, rejected: 0, withdrawn: 0 };
  for (const c of facts.closed) closedByOutcome[c.status] += 1;
  const days = facts.closed
    .map((c) => Math.max(0, (c.closedAt.getTime() - c.receivedAt.getTime()) / DAY_MS))
    .sort((a, b) => a - b);
  return {
    from: facts.from,
    to: facts.to,
    received: facts.received.length,
    receivedByType: REQUEST_TYPES.flatMap((type) => {
      const count = byType.get(type) ?? 0;
      return count > 0 ? [{ type, count }] : [];
    }),
    closed: facts.closed.length,
    closedByOutcome,
    daysToClose: days.length > 0 ? { median: percentile(days, 0.5), p90: percentile(days, 0.9) } : null,
    open: facts.open,
    needsTriage: facts.needsTriage,
    oldestTriageDays:
      facts.oldestTriageReceivedAt === null
        ? null
        : Math.max(0, Math.floor((facts.to.getTime() - facts.oldestTriageReceivedAt.getTime()) / DAY_MS)),
    classifierAgreement: agreementOf(facts.closed),
    awaitingVerification: facts.awaitingVerification,
    openComplaints: facts.openFlags.filter((f) => f.includes('complaint')).length,
    openRegulator: facts.openFlags.filter((f) => f.includes('regulator_claimed')).length,
    ...complaintCounts(facts, zoneOf),
    atRisk: facts.atRisk,
    overdue: facts.overdue,
  };
}

function complaintCounts(facts: DigestFacts, zoneOf: (organisationId: string) => string) {
  let unacknowledged = 0;
  let overdue = 0;
  let late = 0;
  for (const c of facts.complaints) {
    const zone = zoneOf(c.organisationId);
    const day = (d: Date) => localDateOf(d.toISOString(), zone) ?? d.toISOString().slice(0, 10);
    const complaint: ComplaintFacts = {
      jurisdiction: 'uk-gdpr',
      flags: c.flags,
      receivedOn: day(c.receivedAt),
      acknowledgedOn: c.acknowledgedAt && day(c.acknowledgedAt),
      outcome: null,
    };
    const due = complaintAcknowledgementDue(complaint.jurisdiction, complaint.flags, complaint.receivedOn);
    if (due === null) continue;
    if (c.acknowledgedAt === null) {
      unacknowledged += 1;
      if (day(facts.to) > due) overdue += 1;
    } else if (c.acknowledgedAt >= facts.from && c.acknowledgedAt <= facts.to && acknowledgedLate(complaint))
      late += 1;
  }
  return {
    complaintsUnacknowledged: unacknowledged,
    complaintsUnacknowledgedOverdue: overdue,
    complaintsAcknowledgedLate: late,
  };
}

function agreementOf(closed: DigestFacts['closed']): Digest['classifierAgreement'] {
  const judged = closed.filter((c) => c.classifiedAs !== null);
  if (judged.length === 0) return null;
  const kept = judged.filter((c) => sameTypes(c.classifiedAs ?? [], c.closedAs)).length;
  return { kept, of: judged.length };
}

function sameTypes(a: readonly RequestType[], b: readonly RequestType[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((t) => right.has(t));
}

/** Nearest-rank percentile of sorted values, to one decimal of a day. */
function percentile(sorted: readonly number[], q: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}
