/**
 * The words of the ticket lifecycle, shared by the schema, the core and the chat adapters: statuses,
 * staff roles, actions, rejection reasons and verification methods, each a string-literal union.
 */

/** `received → awaiting_verification → verified → approved → fulfilled`, or `rejected` / `withdrawn`. */
export const TICKET_STATUSES = [
  'received',
  'awaiting_verification',
  'verified',
  'approved',
  'fulfilled',
  'rejected',
  'withdrawn',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const CLOSED_STATUSES = [
  'fulfilled',
  'rejected',
  'withdrawn',
] as const satisfies readonly TicketStatus[];
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];
export const OPEN_STATUSES = TICKET_STATUSES.filter(
  (status): status is Exclude<TicketStatus, ClosedStatus> =>
    !(CLOSED_STATUSES as readonly string[]).includes(status),
);

export function isClosed(status: TicketStatus): status is ClosedStatus {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}

/** Why a request is refused; each maps to a lawful ground the outcome letter must state (GDPR Art. 12(4)). */
export const REJECTION_REASONS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'excessive',
  'legal_exemption',
  'duplicate',
  'not_a_request',
  'outside_jurisdiction',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Staff roles, weakest first; each role may do what the weaker ones may. */
export const STAFF_ROLES = ['viewer', 'agent', 'approver', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const TICKET_ACTIONS = [
  'request_verification',
  /** A new one-time code for a ticket already waiting for one (expired, used up or lost). */
  'resend_verification',
  'verify',
  'approve',
  'reject',
  'fulfil',
  'withdraw',
  'extend',
  'change_jurisdiction',
  /** Ask the requester what they mean; where the law allows, the clock stands still until they answer. */
  'request_clarification',
  /** Close a message that asks for no right, with an internal note and no letter. */
  'dismiss',
  /** Decide an appeal (US state laws): the original decision stands, or it is reversed. */
  'uphold_appeal',
  'overturn_appeal',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** How identity was established; `not_required` for requests the law lets through unverified (CCPA opt-out). */
export const VERIFICATION_METHODS = ['email_code', 'manual', 'authorised_agent', 'not_required'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
