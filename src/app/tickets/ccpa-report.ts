/**
 * One organisation's CCPA request metrics for a calendar year (11 CCR §7102(a)), the year counted in the
 * organisation's own time zone: the requests received from 1 January to 31 December there.
 */
import { endOfLocalDay } from '../../domain/deadlines/iso-date.js';
import {
  type CcpaCategory,
  type CcpaCategoryMetrics,
  ccpaMetrics,
} from '../../domain/tickets/ccpa-metrics.js';
import type { TicketStore } from './ports.js';

export interface CcpaReport {
  readonly organisationId: string;
  readonly year: number;
  readonly timezone: string;
  readonly metrics: Record<CcpaCategory, CcpaCategoryMetrics>;
}

export async function ccpaYearReport(
  tickets: Pick<TicketStore, 'ccpaFacts'>,
  organisation: { readonly id: string; readonly timezone: string },
  year: number,
): Promise<CcpaReport> {
  const startOf = (y: number) =>
    new Date(new Date(endOfLocalDay(`${y - 1}-12-31`, organisation.timezone)).getTime() + 1);
  const facts = await tickets.ccpaFacts(organisation.id, startOf(year), startOf(year + 1));
  return {
    organisationId: organisation.id,
    year,
    timezone: organisation.timezone,
    metrics: ccpaMetrics(facts),
  };
}
