/**
 * What intake did with one message, as the command line, the demo and the chat announcer see it. No
 * personal data: references, flags, the classifier's verdict and reasons for the staff.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import type { Classification } from '../../domain/classify/classify-email.js';

export type IntakeOutcome = OutcomeOfKind & {
  /** Mail received before its mailbox was added (issue 17), and how it was handled. */
  readonly backlog?: BacklogMark;
};

export interface BacklogMark {
  /** Its tickets and replies are posted to chat one by one (else counted in the catch-up's summary). */
  readonly announce: boolean;
  /** Letters it sets off go to the requester (an acknowledgement, an appeal's receipt). */
  readonly acknowledge: boolean;
  /** When it was received: a clock it starts (an appeal's) runs from then. */
  readonly receivedAt: Date;
  /** How many tickets it opened that were already past their deadline. */
  readonly overdueTickets: number;
}

/** The mark of backlog mail handled by its mailbox's `imap.backlog`. */
export function backlogMark(
  handling: { readonly announce: boolean; readonly acknowledge: boolean },
  receivedAt: Date,
  overdueTickets: number,
): BacklogMark {
  const { announce, acknowledge } = handling;
  return { announce, acknowledge, receivedAt, overdueTickets };
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

/** Replies that appeal, each with how quiet its appeal is kept when it is backlog (issue 17). */
export function appealingReplies(outcomes: readonly IntakeOutcome[]): AppealingReply[] {
  return outcomes.flatMap((o) =>
    o.kind === 'reply' && o.appeals === true
      ? [
          o.backlog
            ? {
                reference: o.ticketReference,
                backlog: {
                  acknowledge: o.backlog.acknowledge,
                  announce: o.backlog.announce,
                  receivedAt: o.backlog.receivedAt,
                },
              }
            : { reference: o.ticketReference },
        ]
      : [],
  );
}

export interface AppealingReply {
  readonly reference: string;
  /** Backlog: the appeal opens (its clock runs from receipt), its letter and chat post by this setting. */
  readonly backlog?: NonNullable<Extract<DeskCommand, { name: 'appeal' }>['backlog']>;
}
