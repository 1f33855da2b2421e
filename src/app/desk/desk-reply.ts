/**
 * What the staff desk answers to a command, as plain data that every chat adapter renders in its own
 * way (Block Kit, Discord embeds, console text). Personal data travels in `requester.full` only when the
 * actor's role may see it; adapters show it only in replies visible to that actor alone.
 */
import type { Digest } from '../../domain/tickets/digest.js';
import type { ListFilter } from '../../domain/desk/desk-command.js';
import type { SystemOwner, TaskAction } from '../../domain/fulfilment/data-systems.js';
import type { TaskStatus } from '../../domain/fulfilment/tasks.js';
import type { Right } from '../../domain/request-types.js';
import type { RequestType } from '../../domain/request-types.js';
import type { StaffRole, TicketAction, TicketStatus } from '../../domain/tickets/vocabulary.js';

/** Who is acting, as the adapter identified and the role configuration mapped them. */
export interface DeskActor {
  /** Stable id with the transport's prefix, e.g. `slack:U123ABC`, `discord:4242`, `console:alice`. */
  readonly id: string;
  readonly role: StaffRole;
}

export interface RequesterView {
  /** Always safe for a channel: `j***@example.com`. */
  readonly masked: string;
  /** Only for roles that may see personal data, and only for the actor's eyes. */
  readonly full: { readonly address: string; readonly name: string } | null;
}

export interface TicketView {
  readonly reference: string;
  readonly organisationId: string;
  readonly status: TicketStatus;
  readonly types: readonly RequestType[];
  readonly language: string | null;
  readonly confidence: number | null;
  /** Why the classifier decided as it did; quotes the email, so only for roles that may see personal data. */
  readonly reasons: readonly string[];
  readonly needsTriage: boolean;
  readonly jurisdiction: string;
  /** Why the ticket is under that law: the evidence in the mail, the strictest default, or staff's change. */
  readonly jurisdictionBasis?: string | null;
  /** Last day on time (YYYY-MM-DD) and the one-line reason, e.g. "due 15 Apr: GDPR one month from 15 Mar". */
  readonly due: string | null;
  readonly deadlineExplanation: string | null;
  /** A UK complaint's acknowledgement date beside the deadline (DPA 2018 s. 164A), else absent or null. */
  readonly complaintAcknowledgement?: string | null;
  /** DPA 2018 s. 164A(4): the complaint's outcome as staff recorded it ("not upheld (recorded …)"). */
  readonly complaintOutcome?: string | null;
  readonly assignee: string | null;
  readonly requester: RequesterView;
  readonly flags: readonly string[];
  /** What this actor may do now, for buttons. */
  readonly allowedActions: readonly TicketAction[];
  /** What the ticket's state allows to the strongest role, for buttons on a channel message (the clicker's role is checked on click). */
  readonly stateActions: readonly TicketAction[];
  /** Bumped by every change: a button carries it, so a click on a stale message is detected. */
  readonly version: number;
  /** Emails to the requester and their state; `capped` (loop-safety cap) and `failed` need a person. */
  readonly emails?: readonly {
    readonly template: string;
    readonly status: 'queued' | 'sent' | 'capped' | 'failed';
    readonly reason: string | null;
  }[];
  /** Files attached for the requester (issue 15): name, size and hash prefix, never the content. */
  readonly exports?: readonly {
    readonly id: number;
    readonly fileName: string;
    readonly size: number;
    readonly sha256Prefix: string;
    readonly state: 'attached' | 'queued' | 'sent';
  }[];
  /** Tickets opened from the same email on another clock (issue 5, item 7). */
  readonly linked?: readonly { readonly reference: string; readonly kind: string }[];
  /** GDPR Art. 19 checklist, once a rectification, erasure or restriction has been carried out. */
  readonly recipients?: readonly {
    readonly line: number;
    readonly recipient: string;
    readonly role: string;
    readonly outcome: 'pending' | 'notified' | 'impossible' | 'disproportionate';
    readonly note: string | null;
  }[];
  /**
   * Fulfilment tasks by data system (issue 15), once the ticket is approved. `note` is staff's free text,
   * left out of channel views; owners are chat ids, mentioned in the ticket's thread, never names.
   */
  readonly tasks?: readonly {
    readonly system: string;
    readonly systemName: string;
    readonly right: Right;
    readonly action: TaskAction;
    readonly status: TaskStatus;
    readonly note: string | null;
    readonly owner: SystemOwner | null;
    /** The ticket version that opened it: a channel message older than that has not mentioned its owner. */
    readonly openedInVersion: number;
  }[];
  /** On `show`: the requester's earlier tickets and whether this one is still free (e.g. CCPA twice a year). */
  readonly repeat?: {
    readonly earlier: readonly {
      readonly reference: string;
      readonly receivedOn: string;
      readonly status: TicketStatus;
    }[];
    readonly verdict: 'free' | 'allowance_used' | 'staff_judgement';
    readonly rule: string;
  };
}

export interface TicketSummary {
  readonly reference: string;
  readonly organisationId: string;
  readonly status: TicketStatus;
  readonly types: readonly RequestType[];
  readonly due: string | null;
  readonly needsTriage: boolean;
  readonly assignee: string | null;
}

export type DeskReply =
  | { readonly kind: 'help'; readonly usage: readonly string[] }
  | { readonly kind: 'tickets'; readonly filter: ListFilter; readonly items: readonly TicketSummary[] }
  | { readonly kind: 'ticket'; readonly ticket: TicketView }
  /** The managers' week in numbers, for one organisation or all (null); no personal data. */
  | { readonly kind: 'digest'; readonly organisationId: string | null; readonly digest: Digest }
  /** A change was made; `summary` is one sentence for the actor, e.g. "RD-1042 approved". */
  | { readonly kind: 'changed'; readonly summary: string; readonly ticket: TicketView }
  /**
   * The letter a decision would send, as the outbox would send it (ticket's law and language); nothing is
   * sent or changed. `masked`: the requester's name and address are masked for a role that may not see them.
   */
  | {
      readonly kind: 'letter_preview';
      readonly reference: string;
      readonly decision: string;
      readonly letter: string;
      readonly jurisdiction: string;
      readonly language: string;
      readonly masked: boolean;
      readonly subject: string;
      readonly text: string;
    }
  /**
   * `bulk`: without `confirmed`, the tickets the filter matches (nothing done); with it, what happened to
   * each (done, or the sentence that refused it). References only: a list may reach a channel.
   */
  | {
      readonly kind: 'bulk';
      readonly action: string;
      readonly confirmed: boolean;
      readonly references: readonly string[];
      readonly results: readonly {
        readonly reference: string;
        readonly done: boolean;
        readonly message: string;
      }[];
    }
  /** `ticket`: the ticket as it stands, when the error is that the actor did not see it so. */
  | { readonly kind: 'error'; readonly code: string; readonly message: string; readonly ticket?: TicketView };
