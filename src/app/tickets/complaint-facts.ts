/**
 * A stored ticket's UK complaint (DPA 2018 s. 164A) as the domain judges it: days on the organisation's
 * calendar; acknowledged once its `complaint_acknowledgement` letter is queued or sent (one held for staff,
 * or that failed, acknowledges nothing) or staff recorded an acknowledgement made outside Rightsdesk
 * (`ticket.complaint_acknowledged` with `channel: offline`), whichever came first (`acknowledgedAt`); its outcome from the event staff's `complaint … outcome` recorded.
 */
import {
  COMPLAINT_OUTCOMES,
  type ComplaintFacts,
  type ComplaintOutcome,
} from '../../domain/deadlines/complaint-acknowledgement.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import type { TicketRecord } from './ports.js';

/** The letter (and outbox template) that acknowledges a complaint. */
export const COMPLAINT_LETTER = 'complaint_acknowledgement';

/** The `channel` of a `ticket.complaint_acknowledged` recorded for an acknowledgement sent outside Rightsdesk. */
export const OFFLINE = 'offline';

const isOutcome = (value: unknown): value is ComplaintOutcome =>
  (COMPLAINT_OUTCOMES as readonly unknown[]).includes(value);

/**
 * When a complaint was acknowledged: the first acknowledgement recorded as made outside Rightsdesk, or
 * its letter (queued or sent), whichever came first. The letter counts from its
 * `ticket.complaint_acknowledged` where that came later than its queueing (a held letter, recorded when
 * staff released it); null: not acknowledged.
 */
export function acknowledgedAt(
  letterQueuedAt: Date | null,
  recorded: readonly { readonly at: Date; readonly offline: boolean }[],
): Date | null {
  const offline = recorded.filter((r) => r.offline).map((r) => r.at);
  const byLetter = recorded.filter((r) => !r.offline).map((r) => r.at);
  const letter =
    letterQueuedAt === null
      ? null
      : new Date(Math.max(letterQueuedAt.getTime(), ...byLetter.map((d) => d.getTime())));
  const moments = [...offline, ...(letter ? [letter] : [])].sort((a, b) => a.getTime() - b.getTime());
  return moments[0] ?? null;
}

/** `zone`: the organisation's time zone; null (organisation unknown) counts days in UTC. */
export function complaintFactsOf(
  ticket: Pick<TicketRecord, 'jurisdiction' | 'flags' | 'receivedAt' | 'emails' | 'events'>,
  zone: string | null,
): ComplaintFacts {
  const day = (instant: string) => (zone ? localDateOf(instant, zone) : null) ?? instant.slice(0, 10);
  const letter = ticket.emails.find(
    (e) => e.template === COMPLAINT_LETTER && (e.status === 'queued' || e.status === 'sent'),
  );
  const recordedAcknowledgements = ticket.events
    .filter((e) => e.type === 'ticket.complaint_acknowledged')
    .map((e) => ({ at: new Date(e.at), offline: e.payload.channel === OFFLINE }));
  const at = acknowledgedAt(letter?.queuedAt ?? null, recordedAcknowledgements);
  const recorded = ticket.events.findLast((e) => e.type === 'ticket.complaint_outcome_recorded');
  const outcome = recorded?.payload.outcome;
  return {
    jurisdiction: ticket.jurisdiction,
    flags: ticket.flags,
    receivedOn: day(ticket.receivedAt.toISOString()),
    acknowledgedOn: at ? day(at.toISOString()) : null,
    outcome: recorded && isOutcome(outcome) ? { outcome, on: day(recorded.at) } : null,
  };
}
