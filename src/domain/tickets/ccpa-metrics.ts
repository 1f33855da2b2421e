/**
 * The yearly request metrics that 11 CCR §7102(a) asks of a business handling the personal information
 * of 10,000,000 or more consumers: for requests to delete, to correct, to know and to opt out of sale or
 * sharing, how many were received, complied with in whole or in part, and denied, with the grounds of
 * the denials (§7102(a)(2)(A)), and the median and mean days to a substantive response. Counts only,
 * never a requester, so the result can be published as the regulation expects.
 */
import type { RequestType } from '../request-types.js';
import type { RejectionReason, TicketStatus } from './vocabulary.js';

export const CCPA_CATEGORIES = ['delete', 'correct', 'know', 'opt_out'] as const;
export type CcpaCategory = (typeof CCPA_CATEGORIES)[number];

/**
 * The CCPA request a right is. Access and portability are both a request to know (Civ. Code §1798.110,
 * §1798.130(a)(2)(B): the copy is given in a portable format). Restriction, objection and withdrawal of
 * consent have no CCPA counterpart, and Rightsdesk has no type for a request to limit (§1798.121).
 */
const CATEGORY_OF: Partial<Record<RequestType, CcpaCategory>> = {
  erasure: 'delete',
  rectification: 'correct',
  access: 'know',
  portability: 'know',
  opt_out_sale: 'opt_out',
};

/** The grounds §7102(a)(2)(A) lets a business give for its denials. */
export const DENIAL_GROUNDS = ['not_verifiable', 'not_a_consumer', 'exempt', 'other'] as const;
export type DenialGround = (typeof DENIAL_GROUNDS)[number];

const GROUND_OF: Record<RejectionReason, DenialGround> = {
  identity_not_verified: 'not_verifiable',
  outside_jurisdiction: 'not_a_consumer',
  legal_exemption: 'exempt',
  manifestly_unfounded: 'other',
  excessive: 'other',
  duplicate: 'other',
  not_a_request: 'other',
};

/** One CCPA ticket received in the year, as the store read it. */
export interface CcpaTicketFact {
  readonly types: readonly RequestType[];
  readonly status: TicketStatus;
  readonly rejectionReason: RejectionReason | null;
  readonly receivedAt: Date;
  readonly closedAt: Date | null;
}

export interface CcpaCategoryMetrics {
  readonly received: number;
  /** Fulfilled: complied with in whole or in part. */
  readonly complied: number;
  readonly denied: number;
  readonly deniedBecause: Readonly<Record<DenialGround, number>>;
  /** Withdrawn by the requester, and still open: neither complied with nor denied. */
  readonly withdrawn: number;
  readonly open: number;
  /** Days from receipt to the outcome of those complied with or denied; null when there is none. */
  readonly daysToRespond: { readonly median: number; readonly mean: number } | null;
}

const DAY_MS = 86_400_000;

/** A ticket asking two rights of one category (access and portability) counts once for it. */
export function ccpaMetrics(facts: readonly CcpaTicketFact[]): Record<CcpaCategory, CcpaCategoryMetrics> {
  const tallies = new Map(CCPA_CATEGORIES.map((c) => [c, { facts: [] as CcpaTicketFact[] }]));
  for (const fact of facts) {
    const categories = new Set(fact.types.flatMap((t) => CATEGORY_OF[t] ?? []));
    for (const category of categories) tallies.get(category)!.facts.push(fact);
  }
  return Object.fromEntries(
    CCPA_CATEGORIES.map((category) => [category, metricsOf(tallies.get(category)!.facts)]),
  ) as Record<CcpaCategory, CcpaCategoryMetrics>;
}

function metricsOf(facts: readonly CcpaTicketFact[]): CcpaCategoryMetrics {
  const deniedBecause = { not_verifiable: 0, not_a_consumer: 0, exempt: 0, other: 0 };
  const days: number[] = [];
  let complied = 0;
  let denied = 0;
  let withdrawn = 0;
  for (const fact of facts) {
    if (fact.status === 'withdrawn') withdrawn += 1;
    if (fact.status !== 'fulfilled' && fact.status !== 'rejected') continue;
    if (fact.status === 'fulfilled') complied += 1;
    else {
      denied += 1;
      deniedBecause[fact.rejectionReason ? GROUND_OF[fact.rejectionReason] : 'other'] += 1;
    }
    if (fact.closedAt) days.push(Math.max(0, (fact.closedAt.getTime() - fact.receivedAt.getTime()) / DAY_MS));
  }
  return {
    received: facts.length,
    complied,
    denied,
    deniedBecause,
    withdrawn,
    open: facts.length - complied - denied - withdrawn,
    daysToRespond: days.length > 0 ? { median: median(days), mean: oneDecimal(mean(days)) } : null,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return oneDecimal(sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;
