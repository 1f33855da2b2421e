/**
 * A ticket's deadline from its recorded events: the wait for identity (entering and leaving
 * `awaiting_verification`) and the wait for an answer to a clarification request recorded as stopping the
 * clock (asked, then the requester's next reply) become clock pauses, `ticket.extended` the extension, the last
 * `ticket.jurisdiction_changed` the governing law, and `ticket.appeal_opened` the appeal stage of that
 * law. Whether a pause counts is for `deadlineFor` to decide (UK GDPR Art. 12A allows it; most laws not).
 */
import type { AuditEventType } from '../audit/event-types.js';
import { type ClockPause, type DeadlineResult, deadlineFor } from '../deadlines/deadline.js';
import { addDays, localDateOf } from '../deadlines/iso-date.js';
import { isJurisdictionId, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import type { HolidayRegion } from '../deadlines/working-days.js';
import type { TicketEvent } from './lifecycle.js';

/** The events a ticket's clock and kind are read from. */
export const CLOCK_EVENT_TYPES = [
  'ticket.transitioned',
  'ticket.extended',
  'ticket.jurisdiction_changed',
  'ticket.clarification_requested',
  'ticket.ingested',
  'ticket.appeal_opened',
  // Not for the clock: read beside it so `show` can say why the ticket is under its law.
  'ticket.jurisdiction_chosen',
  // Not for the clock: the answer dates the requester's letters named, which a change of law may break.
  'email.queued',
  // Not for the clock: a UK complaint's outcome, which `show` names (DPA 2018 s. 164A(4)).
  'ticket.complaint_outcome_recorded',
  // Not for the clock: a UK complaint acknowledged outside Rightsdesk, which clears its line (s. 164A(3)).
  'ticket.complaint_acknowledged',
] as const satisfies readonly AuditEventType[];
export type ClockEventType = (typeof CLOCK_EVENT_TYPES)[number];

export interface ClockEvent {
  /** Any recorded type; those outside `CLOCK_EVENT_TYPES` change nothing. */
  readonly type: AuditEventType;
  readonly at: string;
  /** Who recorded it (chat id, `intake`, `verification`); absent where it does not matter. */
  readonly actor?: string;
  readonly payload: TicketEvent['payload'];
}

export interface TicketDeadlineInput {
  readonly receivedAt: string;
  /** The jurisdiction the ticket was opened under (before any recorded change). */
  readonly jurisdiction: JurisdictionId;
  readonly zone: string;
  readonly holidays?: HolidayRegion | null;
  /** The ticket's events in the order they happened. */
  readonly events: readonly ClockEvent[];
  /** Closes a wait still open: the clock is stopped up to today, so the date shown is the earliest possible. */
  readonly now: string;
}

/** An appeal ticket's origin, from the event that opened it; null for a request. */
export function appealOf(
  events: readonly ClockEvent[],
): { readonly of: string; readonly decidedBy: string } | null {
  const opened = events.find((e) => e.type === 'ticket.appeal_opened');
  const { appealOf: of, decidedBy } = opened?.payload ?? {};
  return typeof of === 'string' && typeof decidedBy === 'string' ? { of, decidedBy } : null;
}

export function ticketDeadline(input: TicketDeadlineInput): DeadlineResult {
  let jurisdiction = input.jurisdiction;
  let extended = false;
  let waitingForId: string | null = null;
  let waitingForAnswer: string | null = null;
  const pauses: ClockPause[] = [];
  const day = (instant: string) => localDateOf(instant, input.zone) ?? instant;
  for (const event of input.events) {
    const { payload } = event;
    switch (event.type) {
      case 'ticket.extended':
        extended = true;
        break;
      case 'ticket.jurisdiction_changed':
        if (typeof payload.to === 'string' && isJurisdictionId(payload.to)) jurisdiction = payload.to;
        break;
      // UK GDPR Art. 12A(5): only a question staff recorded as needed to identify what an access request
      // covers stops the clock; one recorded without the mark (before it existed) stops nothing. A second
      // question while the first is unanswered does not restart the pause.
      case 'ticket.clarification_requested':
        if (payload.stopsClock === true) waitingForAnswer ??= event.at;
        break;
      case 'ticket.ingested':
        if (payload.kind === 'reply' && waitingForAnswer !== null) {
          // A reply read late (backlog, issue 17) carries its receipt: one received before the question
          // does not answer it, and one after it ends the pause on the day it arrived, not the day read.
          const arrived = typeof payload.receivedAt === 'string' ? payload.receivedAt : event.at;
          if (Date.parse(arrived) < Date.parse(waitingForAnswer)) break;
          // UK GDPR Art. 12A: from the day the controller asks to the day the answer arrives, both included.
          pauses.push({ from: day(waitingForAnswer), to: day(arrived), reason: 'clarification' });
          waitingForAnswer = null;
        }
        break;
      case 'ticket.transitioned':
        if (payload.to === 'awaiting_verification') waitingForId = event.at;
        else if (waitingForId !== null && payload.from === 'awaiting_verification') {
          // The clock runs again on the day the identity is confirmed (the period begins, at the latest, when
          // the information asked for is received: DPA 2018 s. 54(2)-(3), the same rule for Part 3, and the
          // ICO's guidance; Art. 12A's own text on it is not yet read, see docs/letters.md). So the paused days
          // are those from the request up to the day before the answer: a same-day answer pauses nothing, and
          // a request asked on receipt gives one month from the confirmation, never a day more.
          const confirmed = day(event.at);
          const asked = day(waitingForId);
          if (confirmed > asked) pauses.push({ from: asked, to: addDays(confirmed, -1), reason: 'identity' });
          waitingForId = null;
        }
        break;
      default:
        break;
    }
  }
  for (const since of [waitingForId, waitingForAnswer]) {
    if (since !== null)
      pauses.push({
        from: day(since),
        to: day(input.now),
        reason: since === waitingForId ? 'identity' : 'clarification',
      });
  }
  return deadlineFor({
    jurisdiction,
    receivedAt: input.receivedAt,
    zone: input.zone,
    holidays: input.holidays,
    pauses,
    extended,
    stage: appealOf(input.events) !== null ? 'appeal' : 'request',
  });
}
