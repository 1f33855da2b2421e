/**
 * One ticket change as every desk command makes it: plan it against the ticket as stored (with its
 * organisation's terms), write it with its letters in one transaction, audit a refusal for a role,
 * show a stale click the ticket as it is, then tell the chats. Shared by the desk's command modules.
 */
import { auditRefusal } from './refusal-audit.js';
import type { TicketChangeCommand } from '../../domain/desk/desk-command.js';
import type { OrganisationTerms } from '../tickets/organisation-terms.js';
import type { ChangeContext } from '../tickets/plan-lifecycle.js';
import type { Plan, TicketRecord } from '../tickets/ports.js';
import { repeatOf, ticketView } from '../tickets/ticket-view.js';
import { decisionLetters } from './decision-letters.js';
import type { DeskError } from './desk-error.js';
import type { DeskActor, DeskReply, TicketView } from './desk-reply.js';
import type { DeskDeps } from './desk-deps.js';
import { errorReply } from './replies.js';
import { exportLines } from '../delivery/detach-command.js';

/** The ticket for the actor's eyes, with the requester's earlier tickets (repeat requests). */
export async function detailedView(
  deps: DeskDeps,
  actor: DeskActor,
  ticket: TicketRecord,
): Promise<TicketView> {
  const view = ticketView(ticket, actor.role, deps.termsOf(ticket.organisationId), deps.now());
  const repeat = repeatOf(ticket, await deps.tickets.earlierRequests(ticket));
  const exports = deps.exports ? exportLines(await deps.exports.list(ticket.id)) : [];
  return { ...view, ...(repeat ? { repeat } : {}), ...(exports.length > 0 ? { exports } : {}) };
}

export async function change(
  deps: DeskDeps,
  actor: DeskActor,
  command: TicketChangeCommand,
  plan: (ticket: TicketRecord, context: ChangeContext) => Plan<DeskError>,
  summary: (ticket: TicketRecord) => string,
): Promise<DeskReply> {
  const at = deps.now();
  const { reference } = command;
  const outcome = await deps.tickets.change(command, (ticket): Plan<DeskError> => {
    const terms = deps.termsOf(ticket.organisationId);
    if (!terms)
      return { ok: false, refusal: { code: 'organisation_unknown', organisationId: ticket.organisationId } };
    const planned = plan(ticket, { actor, at, terms });
    if (!planned.ok || !deps.mail) return planned;
    const afterWrite = decisionLetters(command, deps.mail, actor.id, ticket, planned.change);
    return afterWrite ? { ...planned, afterWrite } : planned;
  });
  if (outcome.kind === 'not_found') return errorReply({ code: 'ticket_not_found', reference });
  if (outcome.kind === 'refused') {
    const { refusal } = outcome;
    if (refusal.code === 'forbidden_role' || refusal.code === 'role_required') {
      await auditRefusal(deps.tickets, {
        actorId: actor.id,
        command: command.name,
        code: refusal.code,
        role: actor.role,
        reference,
        at,
      });
    }
    return errorReply(refusal);
  }
  if (outcome.kind === 'stale') {
    // The actor decided on a state that is gone: show them the ticket as it is, to decide again.
    const { status } = outcome.ticket;
    const reply = errorReply({ code: 'ticket_changed_since_seen', reference, status });
    return { ...reply, ticket: await detailedView(deps, actor, outcome.ticket) };
  }
  const { ticket } = outcome;
  const terms: OrganisationTerms | null = deps.termsOf(ticket.organisationId);
  try {
    await deps.notifier.ticketChanged(ticketView(ticket, null, terms, at));
  } catch (error) {
    deps.onNotifyError(error, ticket.reference);
  }
  return { kind: 'changed', summary: summary(ticket), ticket: ticketView(ticket, actor.role, terms, at) };
}
