/**
 * `jurisdiction RD-1042 <law> <reason>`: an approver puts a ticket under another law, recorded with the
 * reason and the deadline recomputed. When a letter already told the requester an answer date (the
 * acknowledgement's due date, an extension notice's new one) and the ticket is now due on another day,
 * the change's audit event records the date the requester holds (`promisedDate`, `promisedIn`) and the
 * reply warns staff to tell the requester: no letter goes by itself (docs/letters.md says why).
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import { brokenPromise } from '../../domain/tickets/promised-dates.js';
import { type ChangeContext, planLifecycle } from '../tickets/plan-lifecycle.js';
import type { Plan, TicketRecord } from '../tickets/ports.js';
import { change } from './desk-change.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskError } from './desk-error.js';
import type { DeskActor, DeskReply } from './desk-reply.js';

type ChangeOfLaw = Extract<DeskCommand, { name: 'jurisdiction' }>;

export function changeOfLaw(deps: DeskDeps, actor: DeskActor, command: ChangeOfLaw): Promise<DeskReply> {
  return change(
    deps,
    actor,
    command,
    (t, c) => planChangeOfLaw(t, command, c),
    (t) => `${t.reference} is now under ${command.jurisdiction}: due ${t.dueDate ?? 'unknown'}${warning(t)}`,
  );
}

function planChangeOfLaw(
  ticket: TicketRecord,
  command: ChangeOfLaw,
  context: ChangeContext,
): Plan<DeskError> {
  const { jurisdiction: to, reason } = command;
  const plan = planLifecycle(ticket, { action: 'change_jurisdiction', to, reason }, context);
  if (!plan.ok) return plan;
  const promise = brokenPromise(ticket.events, plan.change.fields.dueDate ?? null);
  if (promise === null) return plan;
  const promised = { promisedDate: promise.date, promisedIn: promise.letter };
  return planLifecycle(ticket, { action: 'change_jurisdiction', to, reason }, context, { payload: promised });
}

/** What the change's event recorded about the date the requester holds, for the staff member's eyes. */
function warning(ticket: TicketRecord): string {
  const { payload } = ticket.events.findLast((e) => e.type === 'ticket.jurisdiction_changed') ?? {};
  const promised = payload?.promisedDate;
  if (typeof promised !== 'string') return '';
  const told = `the requester was told to expect an answer by ${promised} (${String(payload?.promisedIn).replaceAll('_', ' ')})`;
  const how = `tell them with "reply ${ticket.reference} …"`;
  const due = ticket.dueDate;
  return due !== null && due < promised
    ? `. Warning: ${told}, which ${ticket.jurisdiction} does not allow: answer by ${due} and ${how}`
    : `. Warning: ${told}, which ${ticket.jurisdiction} no longer sets: keep to it, or ${how}`;
}
