/**
 * The zod parsers of the Ticket table's JSON and string columns: what the database hands back is
 * checked on the way in, as at every boundary, so a row edited by hand fails loudly instead of
 * flowing on as the wrong type.
 */
import { z } from 'zod';
import { RECIPIENT_OUTCOMES } from '../../app/tickets/ports.js';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';
import { CLOCK_EVENT_TYPES } from '../../domain/tickets/ticket-deadline.js';
import { REQUEST_TYPES } from '../../domain/request-types.js';
import { REJECTION_REASONS, TICKET_STATUSES } from '../../domain/tickets/vocabulary.js';

export const Types = z.array(z.enum(REQUEST_TYPES));
export const Flags = z.array(z.string());
export const Status = z.enum(TICKET_STATUSES);
export const ClosedStatus = z.enum(['fulfilled', 'rejected', 'withdrawn']);
export const Jurisdiction = z.enum(JURISDICTION_IDS);
export const Reasons = z.array(z.string());
export const EmailStatus = z.enum(['queued', 'sent', 'capped', 'failed']);
export const Rejection = z.enum(REJECTION_REASONS).nullable();
export const Outcome = z.enum(RECIPIENT_OUTCOMES);
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** An event's payload as the clock reads it: its scalar fields (lists, e.g. `linkedTo`, are not the clock's). */
export const EventPayload = z.record(z.string(), z.unknown()).transform((payload) =>
  Object.fromEntries(
    Object.entries(payload).flatMap(([key, value]) => {
      const scalar = Scalar.safeParse(value);
      return scalar.success ? [[key, scalar.data] as const] : [];
    }),
  ),
);

/** The events a ticket's deadline and kind are computed from (see `ticketDeadline`). */
export const DEADLINE_EVENT_TYPES = CLOCK_EVENT_TYPES;
export const DeadlineEventType = z.enum(CLOCK_EVENT_TYPES);
