/**
 * Plans the fulfilment tasks of a ticket: an approval opens one task per data system and right (those
 * the ticket has are left alone), staff mark them done, not applicable or blocked, and `fulfil` is
 * refused while any is open or blocked, since the outcome letter tells the requester what was done in
 * each system (GDPR Art. 12(1), 15(1): a complete answer; Art. 5(2): shown by the record).
 */
import { tasksToOpen } from '../../domain/fulfilment/data-systems.js';
import { type TaskSettlement, tasksToSettle, unsettledTasks } from '../../domain/fulfilment/tasks.js';
import type { Right } from '../../domain/request-types.js';
import { isClosed, STAFF_ROLES } from '../../domain/tickets/vocabulary.js';
import type { DeskError } from '../desk/desk-error.js';
import { type ChangeContext, draftFor, planLifecycle, textDigest } from './plan-lifecycle.js';
import type { Plan, TaskLine, TicketRecord } from './ports.js';

/** Approval, with the tasks it opens in the organisation's data systems, each audited as `task.created`. */
export function planApprove(ticket: TicketRecord, context: ChangeContext): Plan<DeskError> {
  const approved = planLifecycle(ticket, { action: 'approve' }, context);
  if (!approved.ok) return approved;
  const tasks = tasksToOpen(context.terms.dataSystems, ticket.types, ticket.tasks);
  if (tasks.length === 0) return approved;
  const events = tasks.map((t) =>
    draftFor(ticket, context, 'task.created', { system: t.system, right: t.right, action: t.action }),
  );
  return {
    ok: true,
    change: {
      ...approved.change,
      openTasks: { at: context.at, tasks },
      events: [...approved.change.events, ...events],
    },
  };
}

/**
 * A reclassification of an approved ticket opens the tasks its new rights need (those it has stay, and a
 * right dropped keeps its tasks for staff to mark not applicable: the record of work is not rewritten).
 */
export function withTasksOfNewRights(
  ticket: TicketRecord,
  plan: Plan<DeskError>,
  context: ChangeContext,
): Plan<DeskError> {
  const types = plan.ok ? plan.change.fields.types : undefined;
  if (!plan.ok || !types || ticket.status !== 'approved') return plan;
  const tasks = tasksToOpen(context.terms.dataSystems, types, ticket.tasks);
  if (tasks.length === 0) return plan;
  const events = tasks.map((t) =>
    draftFor(ticket, context, 'task.created', { system: t.system, right: t.right, action: t.action }),
  );
  return {
    ...plan,
    change: {
      ...plan.change,
      openTasks: { at: context.at, tasks },
      events: [...plan.change.events, ...events],
    },
  };
}

/** `task RD-… <system>[:<right>] done|not_applicable|blocked [note]`: an agent's work, on an open ticket. */
export function planSettleTask(
  ticket: TicketRecord,
  mark: {
    readonly system: string;
    readonly right: Right | null;
    readonly outcome: TaskSettlement;
    readonly note: string | null;
  },
  context: ChangeContext,
): Plan<DeskError> {
  const { role } = context.actor;
  const { reference } = ticket;
  if (STAFF_ROLES.indexOf(role) < STAFF_ROLES.indexOf('agent'))
    return refuse({ code: 'role_required', role, needed: 'agent', what: 'mark tasks' });
  if (isClosed(ticket.status)) return refuse({ code: 'ticket_is_closed', reference, status: ticket.status });
  if (ticket.tasks.length === 0) return refuse({ code: 'no_tasks', reference, status: ticket.status });
  const decision = tasksToSettle(ticket.tasks, mark.system, mark.right);
  if (!decision.ok)
    return refuse(
      decision.code === 'task_unknown'
        ? { code: 'task_unknown', reference, system: mark.system, known: decision.known }
        : { code: 'task_already_settled', reference, system: mark.system, status: decision.status },
    );
  const { note } = mark;
  const events = decision.tasks.map((t) =>
    draftFor(ticket, context, `task.${mark.outcome}`, {
      system: t.system,
      right: t.right,
      action: t.action,
      noteSha256: note === null ? null : textDigest(note),
    }),
  );
  return {
    ok: true,
    change: {
      fields: {},
      settleTasks: {
        tasks: decision.tasks,
        status: mark.outcome,
        note,
        actor: context.actor.id,
        at: context.at,
      },
      events,
    },
  };
}

/**
 * `fulfil` says the request was carried out, so it waits for every task (the first fulfil of an erasure
 * too: recipients are told of an erasure done, Art. 19): refused with the open and blocked ones named.
 */
export function refuseWhileTasksOpen(ticket: TicketRecord, plan: Plan<DeskError>): Plan<DeskError> {
  if (!plan.ok) return plan;
  const open = unsettledTasks(ticket.tasks);
  if (open.length === 0) return plan;
  return refuse({ code: 'tasks_open', reference: ticket.reference, open: open.map(describeTask) });
}

export function describeTask(task: TaskLine): string {
  return `${task.system} (${task.right.replaceAll('_', ' ')}: ${task.action}${task.status === 'blocked' ? ', blocked' : ''})`;
}

function refuse(refusal: DeskError): Plan<DeskError> {
  return { ok: false, refusal };
}
