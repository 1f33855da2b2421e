/**
 * The digest of the week up to now, for the `digest` command and the weekly post: arrivals, closings,
 * the backlog, and the deadlines due in the coming week.
 */
import { type Digest, summariseDigest } from '../../domain/tickets/digest.js';
import type { TicketStore } from '../tickets/ports.js';

const DAY_MS = 86_400_000;
/**
 * The digest looks back one week, and calls a deadline at risk within the week ahead; the desk's
 * `list due-soon` uses the same horizon, so the two always agree.
 */
export const AT_RISK_DAYS = 7;

/** `zoneOf`: an organisation's time zone (its complaints' days are counted on its calendar). */
export async function weekDigest(
  tickets: Pick<TicketStore, 'digestFacts'>,
  organisationId: string | null,
  now: Date,
  zoneOf: (organisationId: string) => string,
): Promise<Digest> {
  const facts = await tickets.digestFacts({
    organisationId,
    from: new Date(now.getTime() - AT_RISK_DAYS * DAY_MS),
    to: now,
    atRiskUntil: new Date(now.getTime() + AT_RISK_DAYS * DAY_MS),
  });
  return summariseDigest(facts, zoneOf);
}

/** How many weeks the weekly post's chart shows, the current one last. */
export const TREND_WEEKS = 8;

/** What arrived and what closed in one week, for the chart. */
export interface WeekCounts {
  readonly from: Date;
  readonly received: number;
  readonly closed: number;
}

/** The chart of the weekly post, as an image a chat can show, with its text for screen readers. */
export interface DigestChart {
  readonly png: Uint8Array;
  readonly altText: string;
}

/** Draws the chart; null when it cannot, and the digest then goes out without it. */
export type ChartRenderer = (title: string, weeks: readonly WeekCounts[]) => Promise<DigestChart | null>;

/** Arrivals and closings of each of the last `weeks` weeks up to now, oldest first. */
export async function weeklyTrend(
  tickets: Pick<TicketStore, 'arrivalsAndClosings'>,
  organisationId: string,
  now: Date,
  weeks = TREND_WEEKS,
): Promise<WeekCounts[]> {
  const windows = Array.from({ length: weeks }, (_, i) => {
    const to = new Date(now.getTime() - (weeks - 1 - i) * AT_RISK_DAYS * DAY_MS);
    return { from: new Date(to.getTime() - AT_RISK_DAYS * DAY_MS), to };
  });
  return Promise.all(
    windows.map(async ({ from, to }) => ({
      from,
      ...(await tickets.arrivalsAndClosings({ organisationId, from, to })),
    })),
  );
}

/** Where a chat posts an organisation's digest for its managers. */
export interface DigestPublisher {
  /** False when the organisation has no digest channel in this chat. */
  publishDigest(organisationId: string, digest: Digest, chart: DigestChart | null): Promise<boolean>;
}

/**
 * Posts one organisation's digest, with the chart of its last weeks, to every chat with a digest
 * channel for it; false when none has one.
 */
export async function publishWeekDigest(
  deps: {
    readonly tickets: Pick<TicketStore, 'digestFacts' | 'arrivalsAndClosings'>;
    readonly publishers: readonly DigestPublisher[];
    readonly renderChart: ChartRenderer;
    readonly now: () => Date;
    readonly zoneOf: (organisationId: string) => string;
  },
  organisationId: string,
): Promise<boolean> {
  const now = deps.now();
  const digest = await weekDigest(deps.tickets, organisationId, now, deps.zoneOf);
  const trend = await weeklyTrend(deps.tickets, organisationId, now);
  const chart = await deps.renderChart(`Privacy requests per week, ${organisationId}`, trend);
  const posted = await Promise.all(
    deps.publishers.map((p) => p.publishDigest(organisationId, digest, chart)),
  );
  return posted.includes(true);
}
