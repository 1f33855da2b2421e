/**
 * A stored ticket's deadline: its receipt, the law it opened under and its recorded events, in the
 * organisation's time zone and holiday calendar (a thin wrapper over the pure `ticketDeadline`).
 */
import type { DeadlineResult } from '../../domain/deadlines/deadline.js';
import { isJurisdictionId, type JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import { ticketDeadline } from '../../domain/tickets/ticket-deadline.js';
import type { OrganisationTerms } from './organisation-terms.js';
import type { TicketRecord } from './ports.js';

/** The law before any recorded change: the first change's `from`, or the current one. */
function openingJurisdiction(ticket: Pick<TicketRecord, 'jurisdiction' | 'events'>): JurisdictionId {
  const first = ticket.events.find((e) => e.type === 'ticket.jurisdiction_changed');
  const from = first?.payload.from;
  return typeof from === 'string' && isJurisdictionId(from) ? from : ticket.jurisdiction;
}

export function deadlineOfTicket(
  ticket: Pick<TicketRecord, 'jurisdiction' | 'events' | 'receivedAt'>,
  terms: OrganisationTerms,
  now: Date,
): DeadlineResult {
  return ticketDeadline({
    receivedAt: ticket.receivedAt.toISOString(),
    jurisdiction: openingJurisdiction(ticket),
    zone: terms.zone,
    holidays: terms.holidays,
    events: ticket.events,
    now: now.toISOString(),
  });
}

/** The columns the at-risk query reads: the end of the last day on time, the extended one once extended. */
export function dueColumns(result: DeadlineResult): { dueAt: Date | null; dueDate: string | null } {
  if (!result.ok) return { dueAt: null, dueDate: null };
  const { deadline } = result;
  return {
    dueAt: new Date(deadline.extendedDueEndsAt ?? deadline.dueEndsAt),
    dueDate: deadline.extendedDue ?? deadline.due,
  };
}
