/**
 * The digest of the week up to now, for the `digest` command and the weekly post: arrivals, closings,
 * the backlog, and the deadlines due in the coming week.
 */
import { type Digest, summariseDigest } from '../../domain/tickets/digest.js';
import type { TicketStore } from '../tickets/ports.js';

const DAY_MS = 86_400_000;
/** The digest looks back one week, and calls a deadline at risk within the week ahead. */
const WINDOW_DAYS = 7;

export async function weekDigest(
  tickets: Pick<TicketStore, 'digestFacts'>,
  organisationId: string | null,
  now: Date,
): Promise<Digest> {
  const facts = await tickets.digestFacts({
    organisationId,
    from: new Date(now.getTime() - WINDOW_DAYS * DAY_MS),
    to: now,
    atRiskUntil: new Date(now.getTime() + WINDOW_DAYS * DAY_MS),
  });
  return summariseDigest(facts);
}

/** Where a chat posts an organisation's digest for its managers. */
export interface DigestPublisher {
  /** False when the organisation has no digest channel in this chat. */
  publishDigest(organisationId: string, digest: Digest): Promise<boolean>;
}
