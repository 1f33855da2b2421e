/**
 * What the ticket use-cases need from storage: read a ticket with what its deadline and its views are
 * computed from, list tickets by the desk's filters, and apply one change atomically (a version check,
 * the change's rows and its audit events in one transaction).
 */
import type { RequestType } from '../../domain/request-types.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import type { ClockEvent } from '../../domain/tickets/ticket-deadline.js';
import type { RejectionReason, TicketStatus } from '../../domain/tickets/vocabulary.js';
import type { StaffCorrectionFacts } from '../../domain/classify/staff-correction.js';
import type { CcpaTicketFact } from '../../domain/tickets/ccpa-metrics.js';
import type { DigestFacts } from '../../domain/tickets/digest.js';
import type { TaskDraft } from '../../domain/fulfilment/data-systems.js';
import type { Task, TaskSettlement } from '../../domain/fulfilment/tasks.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { RequesterMailTransaction } from '../verify/ports.js';

export const RECIPIENT_OUTCOMES = ['pending', 'notified', 'impossible', 'disproportionate'] as const;
export type RecipientOutcome = (typeof RECIPIENT_OUTCOMES)[number];

export interface RecipientLine {
  readonly position: number;
  readonly recipient: string;
  readonly role: string;
  readonly outcome: RecipientOutcome;
  readonly note: string | null;
}

/** A fulfilment task as stored: one data system's part of the request, for one right. */
export interface TaskLine extends Task {
  /** The ticket version the change that opened it produced (chat threads mention owners once). */
  readonly openedInVersion: number;
}

/** A ticket as stored, with its lifecycle events (oldest first) for the deadline. */
export interface TicketRecord {
  readonly id: number;
  readonly reference: string;
  readonly organisationId: string;
  readonly requesterAddress: string;
  readonly requesterName: string;
  /** A postal address staff took down with a request entered by hand (`new`); absent or null: none. */
  readonly requesterPostalAddress?: string | null;
  readonly status: TicketStatus;
  readonly version: number;
  readonly jurisdiction: JurisdictionId;
  readonly extended: boolean;
  readonly rejectionReason: RejectionReason | null;
  readonly assignee: string | null;
  readonly types: readonly RequestType[];
  readonly language: string | null;
  /** The classifier's confidence (staff reclassifications are certain by definition). */
  readonly confidence: number | null;
  /** The phrases and features that decided the classifier's verdict (they may quote the email). */
  readonly classifierReasons: readonly string[];
  readonly needsTriage: boolean;
  readonly flags: readonly string[];
  readonly receivedAt: Date;
  readonly dueDate: string | null;
  readonly events: readonly ClockEvent[];
  readonly recipients: readonly RecipientLine[];
  /** Fulfilment tasks by data system, in the order they were opened. */
  readonly tasks: readonly TaskLine[];
  readonly links: readonly { readonly reference: string; readonly kind: string }[];
  /** Emails to the requester, oldest first: a capped or failed one must be visible to staff, never silent. */
  readonly emails: readonly TicketEmail[];
}

/** Columns a change may set; the store bumps `version` itself. */
export interface TicketFields {
  readonly status?: TicketStatus;
  readonly jurisdiction?: JurisdictionId;
  readonly extended?: boolean;
  readonly rejectionReason?: RejectionReason | null;
  readonly assignee?: string | null;
  readonly types?: readonly RequestType[];
  readonly needsTriage?: boolean;
  readonly dueAt?: Date | null;
  readonly dueDate?: string | null;
  readonly verifiedAt?: Date;
  readonly closedAt?: Date;
}

export interface TicketChange {
  readonly fields: TicketFields;
  /** A staff classification, stored beside the classifier's row, never over it. */
  readonly classification?: { readonly actor: string; readonly types: readonly RequestType[] };
  readonly note?: { readonly actor: string; readonly text: string; readonly at: Date };
  /** Art. 19 checklist lines to create. */
  readonly recipientLines?: readonly { readonly recipient: string; readonly role: string }[];
  readonly settleRecipient?: {
    readonly position: number;
    readonly outcome: Exclude<RecipientOutcome, 'pending'>;
    readonly note: string | null;
    readonly actor: string;
    readonly at: Date;
  };
  /** Fulfilment tasks to open (one per data system and right); one already there is left as it is. */
  readonly openTasks?: { readonly at: Date; readonly tasks: readonly TaskDraft[] };
  /** Tasks to mark done, not applicable or blocked. */
  readonly settleTasks?: {
    readonly tasks: readonly Pick<Task, 'system' | 'right'>[];
    readonly status: TaskSettlement;
    readonly note: string | null;
    readonly actor: string;
    readonly at: Date;
  };
  /** An appeal of this ticket to open in the same transaction (US state laws), linked to it. */
  readonly openAppeal?: AppealOpening;
  readonly events: readonly AuditDraft[];
}

/**
 * A new appeal ticket: the original's requester, organisation, law and types, received now, on the
 * appeal clock of that law. The store records `ticket.appeal_opened` on it, naming who decided the
 * original (that person does not decide the appeal).
 */
export interface AppealOpening {
  readonly receivedAt: Date;
  /** When it is opened (its event and note): receipt, unless the appeal was read late (issue 17). */
  readonly openedAt: Date;
  /** Flags beyond the original's (`backlog_mail` on one read late, so the chat resync leaves it be). */
  readonly flags: readonly string[];
  readonly dueAt: Date | null;
  readonly dueDate: string | null;
  readonly decidedBy: string;
  readonly actor: string;
  readonly note: string | null;
}

/** Rows a change created, for its `afterWrite` (e.g. the appeal ticket its letter goes to). */
export interface WrittenRows {
  readonly appeal: { readonly id: number; readonly reference: string } | null;
}

/**
 * Work that must commit with the change or not at all (the requester's letter, a verification code), run
 * in the change's transaction after the ticket is written. A refusal rolls the whole change back.
 */
export type AfterWrite<F> = (
  tx: RequesterMailTransaction,
  written: WrittenRows,
) => Promise<{ readonly ok: true } | { readonly ok: false; readonly refusal: F }>;

export type Plan<F> =
  | { readonly ok: true; readonly change: TicketChange; readonly afterWrite?: AfterWrite<F> }
  | { readonly ok: false; readonly refusal: F };

/** The ticket a change is for; with `expectedVersion`, only that version of it (what the person saw). */
export interface ChangeTarget {
  readonly reference: string;
  readonly expectedVersion?: number;
}

export type ChangeOutcome<F> =
  | { readonly kind: 'changed'; readonly ticket: TicketRecord }
  | { readonly kind: 'refused'; readonly refusal: F }
  /** The ticket is no longer at the expected version: nothing was written; `ticket` is how it stands. */
  | { readonly kind: 'stale'; readonly ticket: TicketRecord }
  | { readonly kind: 'not_found' };

export interface TicketQuery {
  readonly statuses?: readonly TicketStatus[];
  readonly organisationId?: string;
  readonly assignee?: string;
  readonly needsTriage?: boolean;
  /** Open tickets due at or before this instant (and after `dueAfter`, when given). */
  readonly dueBefore?: Date;
  readonly dueAfter?: Date;
  /** Tickets received before this instant (`bulk … older-than=30`). */
  readonly receivedBefore?: Date;
  readonly limit: number;
}

/** A ticket as a chat's record of its channel message is compared with it. */
export interface TicketVersion {
  readonly reference: string;
  readonly organisationId: string;
  readonly version: number;
}

export interface TicketListItem {
  readonly reference: string;
  readonly organisationId: string;
  readonly status: TicketStatus;
  readonly types: readonly RequestType[];
  readonly dueDate: string | null;
  readonly needsTriage: boolean;
  readonly assignee: string | null;
}

export interface EarlierRequest {
  readonly reference: string;
  readonly receivedAt: Date;
  readonly status: TicketStatus;
}

export interface DigestQuery {
  readonly organisationId: string | null;
  readonly from: Date;
  readonly to: Date;
  /** Open tickets due after `to` and by this instant are at risk; those due before `to` are overdue. */
  readonly atRiskUntil: Date;
}

export interface TicketStore {
  findByReference(reference: string): Promise<TicketRecord | null>;
  list(query: TicketQuery): Promise<TicketListItem[]>;
  /** The requester's other tickets in the organisation received before `before` (repeat requests). */
  earlierRequests(ticket: TicketRecord): Promise<EarlierRequest[]>;
  /**
   * Reads the ticket, asks `plan` what to do, and writes the change only if nobody changed the ticket
   * meanwhile (version check); otherwise reads again and asks again, so the loser of a race is answered
   * from the winner's state ("already approved"). With `target.expectedVersion`, a ticket at any other
   * version, at the first read or a retried one, is `stale` and left alone: the same version check, so
   * no change can slip in between the comparison and the write. The audit events, and whatever the
   * plan's `afterWrite` records, commit with the change or not at all, so a retried change records
   * nothing twice.
   */
  change<F>(target: ChangeTarget, plan: (ticket: TicketRecord) => Plan<F>): Promise<ChangeOutcome<F>>;
  /** What the digest counts for one window, for one organisation or all (null). */
  digestFacts(query: DigestQuery): Promise<DigestFacts>;
  /** Tickets changed (or opened) at or after `since`, most recent first, at most `limit`. */
  changedSince(since: Date, limit: number): Promise<TicketVersion[]>;
  /** How many of an organisation's tickets were received, and how many closed, in [from, to). */
  arrivalsAndClosings(window: {
    readonly organisationId: string;
    readonly from: Date;
    readonly to: Date;
  }): Promise<{ received: number; closed: number }>;
  /** One organisation's tickets under the CCPA (both its clocks) received in [from, to). */
  ccpaFacts(organisationId: string, from: Date, to: Date): Promise<CcpaTicketFact[]>;
  /** Tickets that staff reclassified (since `since`, when given), with the latest staff types, in order. */
  staffCorrections(query: {
    readonly organisationId: string | null;
    readonly since: Date | null;
  }): Promise<StaffCorrectionFacts[]>;
  /** Appends one audit event on its own (a refused action: nothing else is written). */
  audit(event: AuditDraft): Promise<void>;
}

export interface TicketEmail {
  readonly template: string;
  readonly status: 'queued' | 'sent' | 'capped' | 'failed';
  readonly reason: string | null;
  readonly queuedAt: Date;
}
