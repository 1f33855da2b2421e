/**
 * Whether a clarification stops the ticket's clock. UK GDPR Art. 12A(5) leaves out of the time limit the
 * days from asking to the answer only where the controller reasonably requires further information to
 * identify the information or processing activities to which an access request (Art. 15) relates; "a large
 * amount of information concerning the data subject" is the Act's example. Staff say so with
 * `clarify … scope …`, and the desk takes it only under a law with that pause and on a ticket that asks
 * for access alone: a ticket has one clock, which the pause would move for every right on it.
 */
import { jurisdictionRule } from '../../domain/deadlines/jurisdictions.js';
import { isRight } from '../../domain/request-types.js';
import type { TicketRecord } from '../tickets/ports.js';
import type { DeskOwnError } from './desk-error.js';

export type ClarificationClock =
  | { readonly ok: true; readonly stopsClock: boolean }
  | { readonly ok: false; readonly refusal: DeskOwnError };

export function clarificationClock(
  ticket: Pick<TicketRecord, 'reference' | 'jurisdiction' | 'types'>,
  scope: boolean,
): ClarificationClock {
  if (!scope) return { ok: true, stopsClock: false };
  const { reference, jurisdiction } = ticket;
  if (!jurisdictionRule(jurisdiction).pause.allowed)
    return { ok: false, refusal: { code: 'clarification_clock_runs', reference, jurisdiction, why: 'law' } };
  const rights = ticket.types.filter(isRight);
  if (rights.length === 0 || rights.some((r) => r !== 'access'))
    return {
      ok: false,
      refusal: { code: 'clarification_clock_runs', reference, jurisdiction, why: 'rights' },
    };
  return { ok: true, stopsClock: true };
}
