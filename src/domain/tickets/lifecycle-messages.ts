/**
 * The English sentence a person sees for each lifecycle error, naming the status and what can be done now.
 * The switch is exhaustive, so a new error code does not compile until it has a message here.
 */
import type { LifecycleError } from './lifecycle.js';
import type { TicketAction, TicketStatus } from './vocabulary.js';

const STATUS_WORDS: Readonly<Record<TicketStatus, string>> = {
  received: 'received',
  awaiting_verification: 'awaiting verification',
  verified: 'verified',
  approved: 'approved',
  fulfilled: 'fulfilled',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const ACTION_WORDS: Readonly<Record<TicketAction, string>> = {
  request_verification: 'request verification',
  resend_verification: 'resend verification',
  verify: 'verify',
  approve: 'approve',
  reject: 'reject',
  fulfil: 'fulfil',
  withdraw: 'withdraw',
  extend: 'extend',
  change_jurisdiction: 'change jurisdiction',
  request_clarification: 'ask for clarification',
  dismiss: 'dismiss',
  uphold_appeal: 'uphold the decision appealed',
  overturn_appeal: 'overturn the decision appealed',
};

function allowedNow(actions: readonly TicketAction[]): string {
  return actions.length > 0
    ? `Allowed now: ${actions.map((a) => ACTION_WORDS[a]).join(', ')}.`
    : 'No action is allowed now.';
}

export function describeLifecycleError(error: LifecycleError): string {
  const status = STATUS_WORDS[error.status];
  const action = ACTION_WORDS[error.action];
  const allowed = allowedNow(error.allowedActions);
  switch (error.code) {
    case 'forbidden_role':
      return `${article(error.role)} ${error.role} cannot ${action}; that needs the role ${error.rolesAllowed.join(' or ')}. ${allowed}`;
    case 'illegal_transition':
      return `Cannot ${action} a ticket that is ${status}. ${allowed}`;
    case 'ticket_closed':
      return `The ticket is closed (${status}); it cannot ${action === 'extend' ? 'be extended' : `take "${action}"`}.`;
    case 'already_awaiting_verification':
    case 'already_verified':
    case 'already_approved':
    case 'already_fulfilled':
    case 'already_rejected':
    case 'already_withdrawn':
      return `The ticket is already ${status}. ${allowed}`;
    case 'already_extended':
      return `The deadline has already been extended; the law allows one extension. ${allowed}`;
    case 'extension_not_available':
      return `The law of this ticket (${error.jurisdiction}) allows no extension. ${allowed}`;
    case 'extension_window_passed':
      return `Too late to extend: under ${error.jurisdiction} the requester had to be told of an extension by ${error.noticeBy}, within the first period (GDPR Art. 12(3); 11 CCR §7021(b); the state laws alike). Answer by the deadline. ${allowed}`;
    case 'verification_not_required':
      return `This request needs no identity check: an opt-out of sale or sharing is honoured unverified (11 CCR §7026(d)). Approve it as it stands. ${allowed}`;
    case 'decided_by_appeal':
      return `This is an appeal: decide it with uphold or overturn, not ${action}. ${allowed}`;
    case 'not_an_appeal':
      return `This ticket is not an appeal; only an appeal is upheld or overturned. ${allowed}`;
    case 'own_decision_on_appeal':
      return `You decided ${error.original}, so another approver must decide its appeal. ${allowed}`;
    case 'opt_out_identity_ground':
      return `An opt-out of sale or sharing cannot be refused as identity not verified under ${error.jurisdiction}: ${error.rule}. Approve it as it stands, or refuse it on a ground it may be refused on: ${error.grounds.join(', ')}. ${allowed}`;
    case 'ground_not_provided':
      return `${error.jurisdiction} provides no ground "${error.ground}"${error.rule === null ? '' : ` (${error.rule})`}. Grounds under this law: ${error.grounds.join(', ')}. ${allowed}`;
    case 'jurisdiction_unchanged':
      return `The ticket is already under ${error.jurisdiction}. ${allowed}`;
    case 'law_not_in_force':
      return `${error.jurisdiction} applies to requests received from ${error.inForceFrom}; this one was received before, so it stays under its law. ${allowed}`;
  }
}

/** "An agent", "An admin", "A viewer": the article for a role name in a sentence. */
export function article(word: string): 'A' | 'An' {
  return /^[aeiou]/i.test(word) ? 'An' : 'A';
}
