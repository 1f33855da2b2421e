/** `list`: the open tickets by the desk's filters (mine, due soon, overdue, triage), for one organisation or all. */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import { OPEN_STATUSES } from '../../domain/tickets/vocabulary.js';
import type { TicketQuery } from '../tickets/ports.js';
import { ticketSummary } from '../tickets/ticket-view.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { AT_RISK_DAYS } from './digest.js';
import { errorReply } from './replies.js';

const LIST_LIMIT = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function listTickets(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'list' }>,
): Promise<DeskReply> {
  const { organisationId, filter } = command;
  if (organisationId !== null && !deps.termsOf(organisationId)) {
    return errorReply({ code: 'organisation_unknown', organisationId });
  }
  const now = deps.now();
  const base: TicketQuery = {
    statuses: OPEN_STATUSES,
    limit: LIST_LIMIT,
    ...(organisationId !== null ? { organisationId } : {}),
  };
  const query: Record<typeof filter, TicketQuery> = {
    open: base,
    mine: { ...base, assignee: actor.id },
    'due-soon': { ...base, dueAfter: now, dueBefore: new Date(now.getTime() + AT_RISK_DAYS * DAY_MS) },
    overdue: { ...base, dueBefore: now },
    triage: { ...base, needsTriage: true },
  };
  const items = await deps.tickets.list(query[filter]);
  return { kind: 'tickets', filter, items: items.map(ticketSummary) };
}
