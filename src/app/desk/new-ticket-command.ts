/**
 * `new`: staff open a ticket for a request received by phone, post, in person or a web form (agent and
 * above, as for the other changes that start work on a request). The ticket is opened as intake opens an
 * email's (open-manual-request.ts), told to the triage channel like any new ticket, and shown to the
 * actor; the answer says whether the acknowledgement went by email or must be posted.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import { STAFF_ROLES, type StaffRole } from '../../domain/tickets/vocabulary.js';
import { OLD_REQUEST_DAYS, openManualRequest } from '../intake/open-manual-request.js';
import { ticketView } from '../tickets/ticket-view.js';
import { announceNewTickets } from './announce-new-tickets.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { auditRefusal } from './refusal-audit.js';
import { errorReply } from './replies.js';

/** Entering a request starts the work on it, which agents do (viewers only read). */
export const NEW_TICKET_ROLE: StaffRole = 'agent';

export async function newTicketCommand(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'new' }>,
): Promise<DeskReply> {
  if (!deps.manualIntake) return errorReply({ code: 'not_available_yet', command: 'new' });
  if (STAFF_ROLES.indexOf(actor.role) < STAFF_ROLES.indexOf(NEW_TICKET_ROLE)) {
    const at = deps.now();
    await auditRefusal(deps.tickets, {
      actorId: actor.id,
      command: 'new',
      code: 'role_required',
      role: actor.role,
      reference: null,
      at,
    });
    return errorReply({
      code: 'role_required',
      role: actor.role,
      needed: NEW_TICKET_ROLE,
      what: 'open a ticket',
    });
  }
  const result = await openManualRequest(deps.manualIntake, actor.id, command.request);
  if (!result.ok) return errorReply(result.error);
  const { opened } = result;
  await announceNewTickets(deps, opened.references);
  const [main, ...others] = opened.references;
  const ticket = await deps.tickets.findByReference(main);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference: main });
  const { request } = command;
  const sentences = [
    `${main} opened for ${request.organisationId} (received by ${request.channel.replaceAll('_', ' ')} on ${request.receivedOn}): due ${opened.dueDate ?? 'unknown'} under ${opened.jurisdiction}`,
    ...(others.length > 0 ? [`also ${others.join(', ')} for the rights on another clock`] : []),
    opened.acknowledgedByEmail
      ? 'an acknowledgement was sent to the requester by email'
      : request.requesterEmail === null
        ? 'the requester gave no email address: send the acknowledgement by post, and every letter after it'
        : 'no email is configured: acknowledge the request yourself',
    ...(opened.ageDays > OLD_REQUEST_DAYS
      ? [`warning: it was received ${opened.ageDays} days ago; the clock has run since then, check the date`]
      : []),
  ];
  return {
    kind: 'changed',
    summary: `${sentences.join('; ')}.`,
    ticket: ticketView(ticket, actor.role, deps.termsOf(ticket.organisationId), deps.now()),
  };
}
