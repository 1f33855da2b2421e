/**
 * A ticket's deadline from its recorded events: the wait for identity (entering and leaving
 * `awaiting_verification`) becomes a clock pause, `ticket.extended` the extension, and the last
 * `ticket.jurisdiction_changed` the governing law. Whether a pause counts is for `deadlineFor` to decide.
 */
import { type ClockPause, type DeadlineResult, deadlineFor } from '../deadlines/deadline.js';
import { localDateOf } from '../deadlines/iso-date.js';
import { isJurisdictionId, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import type { HolidayRegion } from '../deadlines/working-days.js';
import type { TicketEvent } from './lifecycle.js';

export interface TicketDeadlineInput {
  readonly receivedAt: string;
  /** The jurisdiction the ticket was opened under (before any recorded change). */
  readonly jurisdiction: JurisdictionId;
  readonly zone: string;
  readonly holidays?: HolidayRegion | null;
  /** The ticket's events in the order they happened. */
  readonly events: readonly Pick<TicketEvent, 'type' | 'at' | 'payload'>[];
  /** Closes a wait still open: the clock is stopped up to today, so the date shown is the earliest possible. */
  readonly now: string;
}

export function ticketDeadline(input: TicketDeadlineInput): DeadlineResult {
  let jurisdiction = input.jurisdiction;
  let extended = false;
  let waitingSince: string | null = null;
  const pauses: ClockPause[] = [];
  const day = (instant: string) => localDateOf(instant, input.zone) ?? instant;
  for (const event of input.events) {
    const { payload } = event;
    if (event.type === 'ticket.extended') extended = true;
    if (
      event.type === 'ticket.jurisdiction_changed' &&
      typeof payload.to === 'string' &&
      isJurisdictionId(payload.to)
    ) {
      jurisdiction = payload.to;
    }
    if (event.type !== 'ticket.transitioned') continue;
    if (payload.to === 'awaiting_verification') waitingSince = event.at;
    else if (waitingSince !== null && payload.from === 'awaiting_verification') {
      // UK GDPR Art. 12A: from the day the controller asks to the day the answer arrives, both included.
      pauses.push({ from: day(waitingSince), to: day(event.at), reason: 'identity' });
      waitingSince = null;
    }
  }
  if (waitingSince !== null) pauses.push({ from: day(waitingSince), to: day(input.now), reason: 'identity' });
  return deadlineFor({
    jurisdiction,
    receivedAt: input.receivedAt,
    zone: input.zone,
    holidays: input.holidays,
    pauses,
    extended,
  });
}
