/**
 * Every expected failure of a desk command, as a value with a stable `code`: the lifecycle's own errors
 * (wrong role, illegal transition, already approved, …), the parser's, and the desk's. `replies.ts` maps
 * each code to the sentence a person sees.
 */
import type { ComplaintRefusal } from '../../domain/deadlines/complaint-acknowledgement.js';
import type { DeskParseError } from '../../domain/desk/parse-desk-command.js';
import type { LifecycleError } from '../../domain/tickets/lifecycle.js';
import type { StaffRole, TicketStatus } from '../../domain/tickets/vocabulary.js';

export type DeskOwnError =
  | { readonly code: 'ticket_not_found'; readonly reference: string }
  | { readonly code: 'organisation_unknown'; readonly organisationId: string }
  /** Built by another part of the system that is not wired in yet. */
  | { readonly code: 'not_available_yet'; readonly command: string }
  | {
      readonly code: 'role_required';
      readonly role: StaffRole;
      readonly needed: StaffRole;
      readonly what: string;
    }
  | { readonly code: 'ticket_is_closed'; readonly reference: string; readonly status: TicketStatus }
  | { readonly code: 'types_unchanged'; readonly reference: string }
  | { readonly code: 'already_assigned'; readonly reference: string; readonly assignee: string }
  | { readonly code: 'recipients_pending'; readonly reference: string; readonly pending: readonly string[] }
  | { readonly code: 'recipient_line_unknown'; readonly reference: string; readonly line: number }
  | { readonly code: 'no_recipient_checklist'; readonly reference: string }
  /** From verification: a code to the sender proves nothing about the person the request is for. */
  | { readonly code: 'agent_authorisation_required'; readonly reference: string }
  /** The requester's address bounced permanently, so a code cannot reach them. */
  | { readonly code: 'requester_unreachable'; readonly reference: string }
  /** The same bounce stops a message staff wrote: nothing is recorded as sent. */
  | { readonly code: 'reply_unreachable'; readonly reference: string }
  /**
   * `clarify … scope` where UK GDPR Art. 12A(5) gives no pause: another law (`law`), or a ticket that asks
   * for more than access (`rights`).
   */
  | {
      readonly code: 'clarification_clock_runs';
      readonly reference: string;
      readonly jurisdiction: string;
      readonly why: 'law' | 'rights';
    }
  /** Only a message classified as asking for no right is dismissed; a request is rejected, with a letter. */
  | { readonly code: 'dismiss_needs_not_a_request'; readonly reference: string }
  | { readonly code: 'appeal_needs_denial'; readonly reference: string; readonly status: TicketStatus }
  /** A reply read late (backlog) that was received before the request was denied. */
  | { readonly code: 'appeal_before_denial'; readonly reference: string }
  | { readonly code: 'no_appeal_under_law'; readonly reference: string; readonly jurisdiction: string }
  | { readonly code: 'already_appealed'; readonly reference: string; readonly appeal: string }
  | { readonly code: 'appeal_of_appeal'; readonly reference: string }
  /** `release` on a ticket whose outbox holds no email. */
  | { readonly code: 'nothing_held'; readonly reference: string }
  /** `preview` or `extend`: the ticket's law has no such letter for it (no extension under LGPD, nor for PIPEDA erasure). */
  | {
      readonly code: 'letter_not_for_this_law';
      readonly reference: string;
      readonly letter: string;
      readonly jurisdiction: string;
    }
  /** `preview`: the decision sends no letter (a rejection as not_a_request closes without one). */
  | { readonly code: 'decision_sends_no_letter'; readonly reference: string; readonly decision: string }
  /** Issue 15: an attached export is sent only to a requester whose identity was verified. */
  | { readonly code: 'export_needs_verified_requester'; readonly reference: string }
  /** The outcome letter that would carry the export cannot leave (the address bounced). */
  | { readonly code: 'export_undeliverable'; readonly reference: string }
  | { readonly code: 'export_empty'; readonly reference: string }
  | {
      readonly code: 'export_too_large';
      readonly reference: string;
      readonly size: number;
      readonly max: number;
    }
  | { readonly code: 'export_not_found'; readonly reference: string; readonly file: string }
  /** `detach` of an export whose letter is queued and not sent yet: it would leave without its data. */
  | { readonly code: 'export_in_delivery'; readonly reference: string; readonly file: string }
  /** `new`: a request cannot have been received after today (the clock would start in the future). */
  | { readonly code: 'received_in_future'; readonly receivedOn: string; readonly today: string }
  /** `bulk`: the filter matches more tickets than one bulk action may change. */
  | { readonly code: 'bulk_too_many'; readonly cap: number }
  /** `task`: the ticket has no fulfilment tasks (they open on approval, for its organisation's data systems). */
  | { readonly code: 'no_tasks'; readonly reference: string; readonly status: TicketStatus }
  | {
      readonly code: 'task_unknown';
      readonly reference: string;
      readonly system: string;
      readonly known: readonly string[];
    }
  | {
      readonly code: 'task_already_settled';
      readonly reference: string;
      readonly system: string;
      readonly status: string;
    }
  /** `fulfil` while a data system's task is open or blocked: the letter would claim work not done. */
  | { readonly code: 'tasks_open'; readonly reference: string; readonly open: readonly string[] }
  /** `complaint`: DPA 2018 s. 164A does not apply, or not now (`unreachable`: the address bounced). */
  | {
      readonly code: 'complaint_refused';
      readonly reference: string;
      readonly jurisdiction: string;
      readonly why: ComplaintRefusal | 'unreachable';
    }
  /** A click on a message showing an older version: the person has not seen the ticket as it is. */
  | { readonly code: 'ticket_changed_since_seen'; readonly reference: string; readonly status: TicketStatus };

export type DeskError = LifecycleError | DeskParseError | DeskOwnError;
export function isLifecycleError(error: DeskError): error is LifecycleError {
  return 'allowedActions' in error;
}
