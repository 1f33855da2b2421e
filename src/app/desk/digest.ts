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

export async function weekDigest(
  tickets: Pick<TicketStore, 'digestFacts'>,
  organisationId: string | null,
  now: Date,
): Promise<Digest> {
  const facts = await tickets.digestFacts({
    organisationId,
    from: new Date(now.getTime() - AT_RISK_DAYS * DAY_MS),
    to: now,
    atRiskUntil: new Date(now.getTime() + AT_RISK_DAYS * DAY_MS),
  });
  return summariseDigest(facts);
}

/** Where a chat posts an organisation's digest for its managers. */
export interface DigestPublisher {
  /** False when the organisation has no digest channel in this chat. */
  publishDigest(organisationId: string, digest: Digest): Promise<boolean>;
}

/** Posts one organisation's digest to every chat with a digest channel for it; false when none has one. */
export async function publishWeekDigest(
  deps: {
    readonly tickets: Pick<TicketStore, 'digestFacts'>;
    readonly publishers: readonly DigestPublisher[];
    readonly now: () => Date;
  },
  organisationId: string,
): Promise<boolean> {
  const digest = await weekDigest(deps.tickets, organisationId, deps.now());
  const posted = await Promise.all(deps.publishers.map((p) => p.publishDigest(organisationId, digest)));
  return posted.includes(true);
}
