/**
 * The ticket state machine: `decide(ticket, command, actor, at)` checks the actor's role and the ticket's
 * status and returns either the next state with the event to record, or a coded error naming the status
 * and the actions allowed now. Pure: the persistence layer applies the result atomically (see `version`).
 */
import type { AuditEventType } from '../audit/event-types.js';
import type { JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import { jurisdictionRule } from '../deadlines/jurisdictions.js';
import {
  isClosed,
  OPEN_STATUSES,
  type RejectionReason,
  STAFF_ROLES,
  type StaffRole,
  TICKET_ACTIONS,
  type TicketAction,
  type TicketStatus,
  type VerificationMethod,
} from './vocabulary.js';

export interface TicketState {
  readonly id: string;
  readonly status: TicketStatus;
  /**
   * Incremented by every accepted command. The store writes `WHERE version = state.version`; when two
   * approvers race, the loser's write matches no row, it re-reads and `decide` answers `already_approved`.
   */
  readonly version: number;
  readonly jurisdiction: JurisdictionId;
  readonly extended: boolean;
  readonly rejectionReason: RejectionReason | null;
}

export type TicketCommand =
  | { readonly action: 'request_verification' }
  | { readonly action: 'resend_verification' }
  | { readonly action: 'verify'; readonly method: VerificationMethod }
  | { readonly action: 'approve' }
  | { readonly action: 'reject'; readonly reason: RejectionReason; readonly note?: string }
  | { readonly action: 'fulfil' }
  | { readonly action: 'withdraw' }
  // GDPR Art. 12(3), CCPA §7021(b) and the state laws all require the reasons for an extension.
  | { readonly action: 'extend'; readonly reason: string }
  | { readonly action: 'change_jurisdiction'; readonly to: JurisdictionId; readonly reason: string };

export interface Actor {
  readonly id: string;
  readonly role: StaffRole;
}

export type TicketEventType = Extract<
  AuditEventType,
  'ticket.transitioned' | 'ticket.extended' | 'ticket.jurisdiction_changed' | 'ticket.verification_resent'
>;

/** What happened, in the audit trail's shape (the chain adds `seq` and the hashes when it is appended). */
export interface TicketEvent {
  readonly type: TicketEventType;
  readonly ticketId: string;
  readonly actor: string;
  readonly at: string;
  readonly payload: Readonly<Record<string, string | number | boolean | null>>;
}

export type AlreadyCode = `already_${Exclude<TicketStatus, 'received'>}`;

export type LifecycleError = {
  readonly status: TicketStatus;
  readonly action: TicketAction;
  /** What this actor may do to the ticket now (empty for a viewer or a closed ticket). */
  readonly allowedActions: readonly TicketAction[];
} & (
  | { readonly code: 'forbidden_role'; readonly role: StaffRole; readonly rolesAllowed: readonly StaffRole[] }
  | { readonly code: 'illegal_transition' }
  | { readonly code: 'ticket_closed' }
  | { readonly code: AlreadyCode }
  | { readonly code: 'already_extended' }
  | { readonly code: 'extension_not_available'; readonly jurisdiction: JurisdictionId }
  | { readonly code: 'jurisdiction_unchanged'; readonly jurisdiction: JurisdictionId }
);

export type Decision =
  | { readonly ok: true; readonly state: TicketState; readonly event: TicketEvent }
  | { readonly ok: false; readonly error: LifecycleError };

interface ActionRule {
  readonly from: readonly TicketStatus[];
  /** The status the action leads to; null for actions that change the clock or the law, not the status. */
  readonly to: TicketStatus | null;
  /** The weakest role allowed. */
  readonly minimumRole: StaffRole;
}

// Decisions with legal weight (approve, reject, extend, change the governing law) are the approver's:
// the DPO or privacy lead answers for them. Agents run the process around those decisions.
const ACTION_RULES: Readonly<Record<TicketAction, ActionRule>> = {
  request_verification: { from: ['received'], to: 'awaiting_verification', minimumRole: 'agent' },
  // The status and the clock stay as they are; only the code is new.
  resend_verification: { from: ['awaiting_verification'], to: null, minimumRole: 'agent' },
  verify: { from: ['received', 'awaiting_verification'], to: 'verified', minimumRole: 'agent' },
  approve: { from: ['verified'], to: 'approved', minimumRole: 'approver' },
  reject: {
    from: ['received', 'awaiting_verification', 'verified'],
    to: 'rejected',
    minimumRole: 'approver',
  },
  fulfil: { from: ['approved'], to: 'fulfilled', minimumRole: 'agent' },
  withdraw: { from: OPEN_STATUSES, to: 'withdrawn', minimumRole: 'agent' },
  extend: { from: OPEN_STATUSES, to: null, minimumRole: 'approver' },
  change_jurisdiction: { from: OPEN_STATUSES, to: null, minimumRole: 'approver' },
};

const MAIN_PATH: readonly TicketStatus[] = [
  'received',
  'awaiting_verification',
  'verified',
  'approved',
  'fulfilled',
];

export function rolesAllowedTo(action: TicketAction): readonly StaffRole[] {
  return STAFF_ROLES.slice(STAFF_ROLES.indexOf(ACTION_RULES[action].minimumRole));
}

export function canPerform(role: StaffRole, action: TicketAction): boolean {
  return rolesAllowedTo(action).includes(role);
}

/** The actions `role` may take on `ticket` now: what chat buttons to show. */
export function allowedActions(ticket: TicketState, role: StaffRole): TicketAction[] {
  return TICKET_ACTIONS.filter((action) => {
    if (!canPerform(role, action) || !ACTION_RULES[action].from.includes(ticket.status)) return false;
    if (action === 'extend')
      return !ticket.extended && jurisdictionRule(ticket.jurisdiction).extension !== null;
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
  const rule = ACTION_RULES[action];
  if (!rule.from.includes(ticket.status))
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
      if (jurisdictionRule(ticket.jurisdiction).extension === null) {
        return fail({ ...context, code: 'extension_not_available', jurisdiction: ticket.jurisdiction });
      }
      return ok(next({ extended: true }), event('ticket.extended', { reason: command.reason }));
    }
    case 'resend_verification':
      return ok(next({}), event('ticket.verification_resent', {}));
    case 'change_jurisdiction': {
      if (command.to === ticket.jurisdiction) {
        return fail({ ...context, code: 'jurisdiction_unchanged', jurisdiction: ticket.jurisdiction });
      }
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
      const to = rule.to ?? ticket.status;
      const details: Record<string, string> = {};
      if (command.action === 'verify') details.method = command.method;
      if (command.action === 'reject') {
        details.reason = command.reason;
        if (command.note !== undefined) details.note = command.note;
      }
      const rejectionReason = command.action === 'reject' ? command.reason : ticket.rejectionReason;
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
