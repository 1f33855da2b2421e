/**
 * The answer date a letter told the requester: an acknowledgement naming its due date, an extension
 * notice its new one, an appeal's receipt the day its decision is due. The outbox records the day on the
 * letter's `email.queued` event (`promisedDate`); the latest such letter is the date the requester holds.
 * A change of law that leaves the ticket due on another day breaks it (GDPR extended to 4 Aug, then the
 * LGPD, which allows no extension: due 19 May), and staff must be told.
 */
import type { ClockEvent } from './ticket-deadline.js';

export interface PromisedDate {
  /** The calendar day (YYYY-MM-DD) the letter named. */
  readonly date: string;
  /** The letter that named it (`acknowledgement`, `extension_notice`, `appeal_received`). */
  readonly letter: string;
}

/** The latest answer date a letter to the requester named, or null when none named one. */
export function promisedDate(events: readonly ClockEvent[]): PromisedDate | null {
  const last = events.findLast(
    (e) => e.type === 'email.queued' && typeof e.payload.promisedDate === 'string',
  );
  if (!last) return null;
  const { promisedDate: date, template } = last.payload;
  return typeof date === 'string'
    ? { date, letter: typeof template === 'string' ? template : 'letter' }
    : null;
}

/** The date the requester holds when the ticket is now due on another day (or on none), else null. */
export function brokenPromise(events: readonly ClockEvent[], dueDate: string | null): PromisedDate | null {
  const promise = promisedDate(events);
  return promise !== null && promise.date !== dueDate ? promise : null;
}
