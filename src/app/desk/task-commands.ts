/**
 * `task RD-…`: a ticket's fulfilment tasks by data system, and `task RD-… <system>[:<right>]
 * done|not_applicable|blocked [note]`, an agent marking them. Marking is a ticket change like any other
 * (version-checked, audited as `task.done`, `task.not_applicable` or `task.blocked` in the change's
 * transaction, the channel message updated after); the list reads nothing personal, so it shows the
 * ticket with the requester masked and records no read.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import { unsettledTasks } from '../../domain/fulfilment/tasks.js';
import { planSettleTask } from '../tickets/plan-tasks.js';
import { ticketView } from '../tickets/ticket-view.js';
import { change } from './desk-change.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { errorReply } from './replies.js';

export async function listTasks(deps: DeskDeps, actor: DeskActor, reference: string): Promise<DeskReply> {
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference });
  if (ticket.tasks.length === 0)
    return errorReply({ code: 'no_tasks', reference: ticket.reference, status: ticket.status });
  const view = ticketView(ticket, actor.role, deps.termsOf(ticket.organisationId), deps.now());
  return {
    kind: 'ticket',
    ticket: { ...view, reasons: [], requester: { masked: view.requester.masked, full: null } },
  };
}

export function markTask(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'task' }>,
): Promise<DeskReply> {
  const { system, right, outcome, note } = command;
  const target = right === null ? system : `${system}:${right}`;
  return change(
    deps,
    actor,
    command,
    (t, c) => planSettleTask(t, { system, right, outcome, note }, c),
    (t) => {
      const left = unsettledTasks(t.tasks).length;
      return `${t.reference}: ${target} ${outcome.replaceAll('_', ' ')}; ${left === 0 ? 'every task is settled, the ticket can be fulfilled' : `${left} task(s) still open or blocked`}`;
    },
  );
}
