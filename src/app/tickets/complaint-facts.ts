/**
 * A stored ticket's UK complaint (DPA 2018 s. 164A) as the domain judges it: days on the organisation's
 * calendar; acknowledged once its `complaint_acknowledgement` letter is queued or sent (one held for staff,
 * or that failed, acknowledges nothing) or staff recorded an acknowledgement made outside Rightsdesk
 * (`ticket.complaint_acknowledged` with `channel: offline`), whichever came first; its outcome from the event staff's `complaint … outcome` recorded.
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

/** `zone`: the organisation's time zone; null (organisation unknown) counts days in UTC. */
export function complaintFactsOf(
  ticket: Pick<TicketRecord, 'jurisdiction' | 'flags' | 'receivedAt' | 'emails' | 'events'>,
  zone: string | null,
): ComplaintFacts {
  const day = (instant: string) => (zone ? localDateOf(instant, zone) : null) ?? instant.slice(0, 10);
  const letter = ticket.emails.find(
    (e) => e.template === COMPLAINT_LETTER && (e.status === 'queued' || e.status === 'sent'),
  );
  const offline = ticket.events.find(
    (e) => e.type === 'ticket.complaint_acknowledged' && e.payload.channel === OFFLINE,
  );
  const days = [letter ? day(letter.queuedAt.toISOString()) : null, offline ? day(offline.at) : null]
    .filter((d) => d !== null)
    .sort();
  const recorded = ticket.events.findLast((e) => e.type === 'ticket.complaint_outcome_recorded');
  const outcome = recorded?.payload.outcome;
  return {
    jurisdiction: ticket.jurisdiction,
    flags: ticket.flags,
    receivedOn: day(ticket.receivedAt.toISOString()),
    acknowledgedOn: days[0] ?? null,
    outcome: recorded && isOutcome(outcome) ? { outcome, on: day(recorded.at) } : null,
  };
}
