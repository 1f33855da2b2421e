/**
 * The shapes the ticket state machine (lifecycle.ts) decides over: the ticket's state, the commands
 * staff give, the event a decision records, and the coded errors of a refusal.
 */
import type { AuditEventType } from '../audit/event-types.js';
import type { JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import type { GroundRefusal } from './reject-grounds.js';
import type {
  RejectionReason,
  StaffRole,
  TicketAction,
  TicketStatus,
  VerificationMethod,
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
  /** An appeal (US state laws): the ticket it appeals and who decided that one. Absent: a request. */
  readonly appeal?: { readonly of: string; readonly decidedBy: string } | null;
  /** False for a request the law lets through unverified (an opt-out of sale, 11 CCR §7026(d)). */
  readonly verificationRequired?: boolean;
  /**
   * The clock when deciding: today in the organisation's time zone, and the last day of the first
   * period (pauses included), by which an extension must be notified. Absent: not checked.
   */
  readonly clock?: { readonly today: string; readonly firstPeriodEnds: string } | null;
  /** The day the request was received, in the organisation's time zone. Absent: not checked. */
  readonly receivedOn?: string | null;
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
  | { readonly action: 'change_jurisdiction'; readonly to: JurisdictionId; readonly reason: string }
  // UK GDPR Art. 12A(5): `stopsClock` where the controller reasonably requires the answer to identify the
  // information or processing activities an access request relates to; recorded for the clock to read.
  | { readonly action: 'request_clarification'; readonly stopsClock: boolean }
  | { readonly action: 'dismiss' }
  // Va. Code §59.1-577(C) and its sister laws: the consumer is told the action taken, with the reasons.
  | { readonly action: 'uphold_appeal'; readonly reason: string }
  | { readonly action: 'overturn_appeal'; readonly reason: string };

export interface Actor {
  readonly id: string;
  readonly role: StaffRole;
}

export type TicketEventType = Extract<
  AuditEventType,
  | 'ticket.transitioned'
  | 'ticket.extended'
  | 'ticket.jurisdiction_changed'
  | 'ticket.verification_resent'
  | 'ticket.clarification_requested'
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
  | {
      readonly code: 'extension_window_passed';
      readonly jurisdiction: JurisdictionId;
      readonly noticeBy: string;
    }
  | { readonly code: 'jurisdiction_unchanged'; readonly jurisdiction: JurisdictionId }
  | { readonly code: 'law_not_in_force'; readonly jurisdiction: JurisdictionId; readonly inForceFrom: string }
  | { readonly code: 'verification_not_required' }
  | { readonly code: 'decided_by_appeal' }
  | { readonly code: 'not_an_appeal' }
  | { readonly code: 'own_decision_on_appeal'; readonly original: string }
  | GroundRefusal
);

export type Decision =
  | { readonly ok: true; readonly state: TicketState; readonly event: TicketEvent }
  | { readonly ok: false; readonly error: LifecycleError };
