/**
 * What the intake use-case is given: its store and pure helpers from the composition root, and each
 * batch of raw messages with the source's checkpoint.
 */
import type { Classification } from '../../domain/classify/classify-email.js';
import type { AutomaticContext } from '../../domain/email/automatic.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import type { SignedIdCheck } from '../../domain/intake/message-ids.js';
import type { IntakeMailHooks } from '../notify/intake-mail-hooks.js';
import type { OpeningRequest, TicketOpening } from '../tickets/opening-terms.js';
import type { IntakeOutcome } from './intake-outcome.js';
import type { Checkpoint, IncomingMessage, IntakeStore, MailboxRef } from './ports.js';

export interface IntakeDeps {
  readonly store: IntakeStore;
  /** Parses raw bytes; throws on malformed mail (the message is then quarantined, never dropped). */
  readonly parse: (raw: Uint8Array) => Promise<ParsedEmail>;
  readonly automaticContext: AutomaticContext;
  readonly checkMessageId: (messageId: string) => SignedIdCheck;
  readonly classify: (email: ParsedEmail) => Classification;
  /** Tickets classified below this confidence are marked needs_triage. */
  readonly triageThreshold: number;
  /**
   * The tickets a new request opens, each with its types, law and deadline: usually one; one per clock
   * when the rights asked run on different clocks. The first is the main ticket.
   */
  readonly openingsFor: (
    organisationId: string,
    types: Classification['types'],
    receivedAt: Date,
    request: Omit<OpeningRequest, 'otherAddresses'>,
  ) => readonly [TicketOpening, ...TicketOpening[]];
  readonly now: () => Date;
  /** Parsing and classifying one message may take this long; a message over it is quarantined. */
  readonly messageBudgetMs: number;
  /** Acknowledges new requests and checks verification codes in replies; absent: no email. */
  readonly mail?: IntakeMailHooks;
  /**
   * Told of a batch's outcomes once they are committed (metrics, announcing new tickets in chat, posting
   * replies, opening appeals), each in turn. Nothing one does can undo the batch, and one that throws
   * stops neither the others nor intake: it is reported (ingest-batch.ts).
   */
  readonly afterCommit: readonly AfterCommitStep[];
  /** Told of a step after the commit that threw, with the references of the batch's tickets. */
  readonly reportAfterCommitFailure: (
    step: string,
    error: unknown,
    ticketReferences: readonly string[],
  ) => void;
}

/** One thing done with a batch's committed outcomes, named for the report when it throws. */
export interface AfterCommitStep {
  readonly step: string;
  run(outcomes: readonly IntakeOutcome[]): void | Promise<void>;
}

export interface IntakeBatch {
  /** The mailbox of every message, or a resolver for sources that serve several organisations. */
  readonly target: MailboxRef | ((email: ParsedEmail) => MailboxRef | null);
  /** The source name recorded on quarantined mail that cannot be routed to a mailbox. */
  readonly sourceLabel: string;
  readonly messages: readonly IncomingMessage[];
  /** Saved in the same transaction; null for sources without one (folders). */
  readonly checkpoint: Checkpoint | null;
  /** After a UIDVALIDITY change: messages whose bytes are already stored are skipped. */
  readonly rescan: boolean;
  /** Store unparseable mail in the quarantine (false only when retrying a quarantined message). */
  readonly quarantineFailures: boolean;
  /** Mail received before the mailbox was added, and what is done about it (issue 17); absent: none is backlog. */
  readonly backlog?: BacklogHandling;
}

/** From the mailbox's `imap.backlog` setting and its `addedAt`. */
export interface BacklogHandling {
  /** When the mailbox was added; null when that was never recorded (then no mail is backlog). */
  readonly addedAt: Date | null;
  /** Send backlog requests the acknowledgement new mail gets. */
  readonly acknowledge: boolean;
  /** Post each backlog ticket to chat as it opens (else one summary after the catch-up). */
  readonly announce: boolean;
}
