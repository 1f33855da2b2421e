/**
 * Which statuses each lifecycle action leaves from, where it leads and the weakest role allowed, and
 * which actions a kind of ticket takes at all: an opt-out of sale needs no identity check, an appeal is
 * decided by upholding or overturning, not by approving or rejecting.
 */
import {
  OPEN_STATUSES,
  STAFF_ROLES,
  type StaffRole,
  type TicketAction,
  type TicketStatus,
} from './vocabulary.js';

export interface ActionRule {
  readonly from: readonly TicketStatus[];
  /** The status the action leads to; null for actions that change the clock or the law, not the status. */
  readonly to: TicketStatus | null;
  /** The weakest role allowed. */
  readonly minimumRole: StaffRole;
}

const UNDECIDED: readonly TicketStatus[] = ['received', 'awaiting_verification', 'verified'];

// Decisions with legal weight (approve, reject, extend, change the governing law, close a message as no
// request, decide an appeal) are the approver's: the DPO or privacy lead answers for them. Agents run the
// process around those decisions.
export const ACTION_RULES: Readonly<Record<TicketAction, ActionRule>> = {
  request_verification: { from: ['received'], to: 'awaiting_verification', minimumRole: 'agent' },
  // The status and the clock stay as they are; only the code is new.
  resend_verification: { from: ['awaiting_verification'], to: null, minimumRole: 'agent' },
  verify: { from: ['received', 'awaiting_verification'], to: 'verified', minimumRole: 'agent' },
  approve: { from: ['verified'], to: 'approved', minimumRole: 'approver' },
  reject: { from: UNDECIDED, to: 'rejected', minimumRole: 'approver' },
  fulfil: { from: ['approved'], to: 'fulfilled', minimumRole: 'agent' },
  withdraw: { from: OPEN_STATUSES, to: 'withdrawn', minimumRole: 'agent' },
  extend: { from: OPEN_STATUSES, to: null, minimumRole: 'approver' },
  change_jurisdiction: { from: OPEN_STATUSES, to: null, minimumRole: 'approver' },
  request_clarification: { from: OPEN_STATUSES, to: null, minimumRole: 'agent' },
  dismiss: { from: UNDECIDED, to: 'rejected', minimumRole: 'approver' },
  uphold_appeal: { from: UNDECIDED, to: 'rejected', minimumRole: 'approver' },
  // The appeal succeeds: the request is now to be carried out on the appeal ticket (then `fulfil`).
  overturn_appeal: { from: UNDECIDED, to: 'approved', minimumRole: 'approver' },
};

/** What kind of ticket it is, as far as the actions it takes are concerned. */
export interface TicketKind {
  readonly appeal: boolean;
  readonly verificationRequired: boolean;
}

const IDENTITY_ACTIONS: readonly TicketAction[] = ['request_verification', 'resend_verification', 'verify'];
const APPEAL_DECISIONS: readonly TicketAction[] = ['uphold_appeal', 'overturn_appeal'];
/** On an appeal the identity is the original request's, and the decision is to uphold or to overturn. */
const NOT_ON_APPEALS: readonly TicketAction[] = [...IDENTITY_ACTIONS, 'approve', 'reject', 'dismiss'];

/** Whether `action` belongs to this kind of ticket at all (its status aside). */
export function takesAction(kind: TicketKind, action: TicketAction): boolean {
  if (kind.appeal) return !NOT_ON_APPEALS.includes(action);
  if (APPEAL_DECISIONS.includes(action)) return false;
  // 11 CCR §7026(d): a business shall not require a consumer to verify an opt-out of sale/sharing.
  if (!kind.verificationRequired && IDENTITY_ACTIONS.includes(action)) return false;
  return true;
}

/** The statuses `action` leaves from for this kind of ticket. */
export function fromStatuses(kind: TicketKind, action: TicketAction): readonly TicketStatus[] {
  // An unverified opt-out is approved as it stands (11 CCR §7026(d)).
  if (action === 'approve' && !kind.verificationRequired) return UNDECIDED;
  return ACTION_RULES[action].from;
}

export function rolesAllowedTo(action: TicketAction): readonly StaffRole[] {
  return STAFF_ROLES.slice(STAFF_ROLES.indexOf(ACTION_RULES[action].minimumRole));
}

export function canPerform(role: StaffRole, action: TicketAction): boolean {
  return rolesAllowedTo(action).includes(role);
}
