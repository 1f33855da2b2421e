/**
 * What intake did with one message, as the command line, the demo and the chat announcer see it. No
 * personal data: references, flags, the classifier's verdict and reasons for the staff.
 */
import type { Classification } from '../../domain/classify/classify-email.js';

export type IntakeOutcome = OutcomeOfKind & {
  /** Mail received before its mailbox was added (issue 17), and how it was handled. */
  readonly backlog?: BacklogMark;
};

export interface BacklogMark {
  /** Its tickets are posted to chat one by one (else counted in the catch-up's summary). */
  readonly announce: boolean;
  /** How many tickets it opened that were already past their deadline. */
  readonly overdueTickets: number;
}

type OutcomeOfKind =
  | {
      readonly kind: 'ticket';
      readonly ticketReference: string;
      readonly flags: readonly string[];
      readonly classification: Classification;
      readonly needsTriage: boolean;
      /** Tickets opened from the same email for rights on a clock of their own (issue 5, item 7). */
      readonly linkedTicketReferences?: readonly string[];
    }
  | {
      readonly kind: 'reply';
      readonly ticketReference: string;
      readonly via: string;
      /** The requester's own words appeal a decision (an appeal opens if the ticket was denied under a law with one). */
      readonly appeals?: boolean;
    }
  | {
      readonly kind: 'automatic';
      readonly automaticKind: string;
      readonly reason: string;
      readonly ticketReference: string | null;
    }
  | { readonly kind: 'duplicate'; readonly duplicateOf: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'quarantined'; readonly error: string };

/** Every ticket the outcomes opened, linked ones included, in the order they were opened. */
export function openedTicketReferences(outcomes: readonly IntakeOutcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.kind === 'ticket' ? [o.ticketReference, ...(o.linkedTicketReferences ?? [])] : [],
  );
}

/** The tickets to post to chat one by one: all those opened, except backlog that the mailbox keeps quiet. */
export function announcedTicketReferences(outcomes: readonly IntakeOutcome[]): string[] {
  return openedTicketReferences(outcomes.filter((o) => o.backlog === undefined || o.backlog.announce));
}
