/**
 * The ticket state machine: `decide(ticket, command, actor, at)` checks the actor's role and the ticket's
 * status and returns either the next state with the event to record, or a coded error naming the status
 * and the actions allowed now. Pure: the persistence layer applies the result atomically (see `version`).
 */
import { jurisdictionRule } from '../deadlines/jurisdictions.js';
import {
  ACTION_RULES,
  canPerform,
  fromStatuses,
  rolesAllowedTo,
  takesAction,
  type TicketKind,
} from './action-rules.js';
import type {
  Actor,
  AlreadyCode,
  Decision,
  LifecycleError,
  TicketCommand,
  TicketEvent,
  TicketEventType,
  TicketState,
} from './lifecycle-types.js';
import { groundRefusal } from './reject-grounds.js';
import {
  isClosed,
  type StaffRole,
  TICKET_ACTIONS,
  type TicketAction,
  type TicketStatus,
} from './vocabulary.js';

export { canPerform, rolesAllowedTo } from './action-rules.js';
export type {
  Actor,
  AlreadyCode,
  Decision,
  LifecycleError,
  TicketCommand,
  TicketEvent,
  TicketEventType,
  TicketState,
} from './lifecycle-types.js';

const MAIN_PATH: readonly TicketStatus[] = [
  'received',
  'awaiting_verification',
  'verified',
  'approved',
  'fulfilled',
];

function kindOf(ticket: TicketState): TicketKind {
  return { appeal: isAppeal(ticket), verificationRequired: ticket.verificationRequired ?? true };
}

function isAppeal(ticket: TicketState): boolean {
  return (ticket.appeal ?? null) !== null;
}

/** The limit the ticket runs on: its law's first answer, or that law's appeal stage. */
function limitOf(ticket: TicketState) {
  const rule = jurisdictionRule(ticket.jurisdiction);
  return isAppeal(ticket) ? rule.appeal : rule;
}

/**
 * GDPR/UK GDPR Art. 12(3) ("within one month of receipt"), 11 CCR §7021(b) ("within the first 45
 * days"), the state laws and PIPEDA s. 8(4) alike: the extension is notified within the first period.
 */
function extensionWindowOpen(ticket: TicketState): boolean {
  const clock = ticket.clock ?? null;
  return clock === null || clock.today <= clock.firstPeriodEnds;
}

/** The actions `role` may take on `ticket` now: what chat buttons to show. */
export function allowedActions(ticket: TicketState, role: StaffRole): TicketAction[] {
  const kind = kindOf(ticket);
  return TICKET_ACTIONS.filter((action) => {
    if (!canPerform(role, action) || !takesAction(kind, action)) return false;
    if (!fromStatuses(kind, action).includes(ticket.status)) return false;
    if (action === 'extend')
      return !ticket.extended && (limitOf(ticket)?.extension ?? null) !== null && extensionWindowOpen(ticket);
    return true;
  });
}

export function decide(ticket: TicketState, command: TicketCommand, actor: Actor, at: string): Decision {
  const { action } = command;
  const context = { status: ticket.status, action, allowedActions: allowedActions(ticket, actor.role) };
  if (!canPerform(actor.role, action)) {
    return fail({
      ...context,
      code: 'forbidden_role',
      role: actor.role,
      rolesAllowed: rolesAllowedTo(action),
    });
  }
  const kind = kindOf(ticket);
  const rule = ACTION_RULES[action];
  if (!takesAction(kind, action)) {
    if (isClosed(ticket.status)) return fail({ ...context, code: 'ticket_closed' });
    if (kind.appeal) return fail({ ...context, code: 'decided_by_appeal' });
    if (action === 'uphold_appeal' || action === 'overturn_appeal')
      return fail({ ...context, code: 'not_an_appeal' });
    return fail({ ...context, code: 'verification_not_required' });
  }
  if (!fromStatuses(kind, action).includes(ticket.status))
    return fail({ ...context, code: refusalCode(ticket.status, rule.to) });

  const next = (changes: Partial<TicketState>): TicketState => ({
    ...ticket,
    ...changes,
    version: ticket.version + 1,
  });
  const event = (type: TicketEventType, payload: TicketEvent['payload']): TicketEvent => ({
    type,
    ticketId: ticket.id,
    actor: actor.id,
    at,
    payload: { action, version: ticket.version + 1, ...payload },
  });

  switch (command.action) {
    case 'extend': {
      if (ticket.extended) return fail({ ...context, code: 'already_extended' });
      if ((limitOf(ticket)?.extension ?? null) === null) {
        return fail({ ...context, code: 'extension_not_available', jurisdiction: ticket.jurisdiction });
      }
      const clock = ticket.clock ?? null;
      if (clock !== null && !extensionWindowOpen(ticket)) {
        return fail({
          ...context,
          code: 'extension_window_passed',
          jurisdiction: ticket.jurisdiction,
          noticeBy: clock.firstPeriodEnds,
        });
      }
      return ok(next({ extended: true }), event('ticket.extended', { reason: command.reason }));
    }
    case 'resend_verification':
      return ok(next({}), event('ticket.verification_resent', {}));
    case 'request_clarification':
      return ok(next({}), event('ticket.clarification_requested', { stopsClock: command.stopsClock }));
    case 'change_jurisdiction': {
      if (command.to === ticket.jurisdiction) {
        return fail({ ...context, code: 'jurisdiction_unchanged', jurisdiction: ticket.jurisdiction });
      }
      // A law binds only requests received once it took effect: under it the ticket would have no clock.
      const inForceFrom = jurisdictionRule(command.to).inForceFrom;
      if (inForceFrom !== null && ticket.receivedOn && ticket.receivedOn < inForceFrom)
        return fail({ ...context, code: 'law_not_in_force', jurisdiction: command.to, inForceFrom });
      return ok(
        next({ jurisdiction: command.to }),
        event('ticket.jurisdiction_changed', {
          from: ticket.jurisdiction,
          to: command.to,
          reason: command.reason,
        }),
      );
    }
    default: {
      const appeal = ticket.appeal ?? null;
      // An appeal is a review of the decision: the person who took it does not review it.
      if (appeal !== null && appeal.decidedBy === actor.id)
        return fail({ ...context, code: 'own_decision_on_appeal', original: appeal.of });
      const to = rule.to ?? ticket.status;
      const details: Record<string, string> = {};
      if (command.action === 'verify') details.method = command.method;
      if (command.action === 'reject') {
        const refusal = groundRefusal(ticket.jurisdiction, command.reason, !kind.verificationRequired);
        if (refusal !== null) return fail({ ...context, ...refusal });
        details.reason = command.reason;
        if (command.note !== undefined) details.note = command.note;
      }
      if (command.action === 'uphold_appeal' || command.action === 'overturn_appeal')
        details.reason = command.reason;
      const rejectionReason =
        command.action === 'reject'
          ? command.reason
          : command.action === 'dismiss'
            ? 'not_a_request'
            : ticket.rejectionReason;
      return ok(
        next({ status: to, rejectionReason }),
        event('ticket.transitioned', { from: ticket.status, to, ...details }),
      );
    }
  }
}

/**
 * Why an action does not apply to a status: the ticket is already where the action leads (or past it on
 * the main path, e.g. approving an approved ticket: `already_approved`), closed, or not there yet.
 */
function refusalCode(
  status: TicketStatus,
  target: TicketStatus | null,
): AlreadyCode | 'ticket_closed' | 'illegal_transition' {
  if (status !== 'received' && target !== null) {
    const onPath = MAIN_PATH.indexOf(target) >= 0;
    const reached = status === target || (onPath && MAIN_PATH.indexOf(status) > MAIN_PATH.indexOf(target));
    if (reached && (status === target || !isClosed(status))) return `already_${status}`;
  }
  return isClosed(status) ? 'ticket_closed' : 'illegal_transition';
}

function ok(state: TicketState, event: TicketEvent): Decision {
  return { ok: true, state, event };
}

function fail(error: LifecycleError): Decision {
  return { ok: false, error };
}
