/**
 * The staff command grammar, written once and shared by Slack, Discord and the console: `/rights help |
 * list | show | assign | classify | verify | approve | reject | extend | jurisdiction | withdraw | fulfil |
 * note | reply | recipient | task | clarify | dismiss | appeal | uphold | overturn | release | preview | digest`.
 * A command is plain data; the adapters parse their transport, the core executes.
 */
import { JURISDICTION_IDS, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import type { TaskSettlement } from '../fulfilment/tasks.js';
import type { RequestType, Right } from '../request-types.js';
import type { RejectionReason } from '../tickets/vocabulary.js';
import type { BulkCommand } from './bulk-command.js';
import type { ComplaintStep } from './complaint-command.js';
import { INTAKE_CHANNELS, type ManualRequest } from './manual-request.js';

export const LIST_FILTERS = ['open', 'mine', 'due-soon', 'overdue', 'triage'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** How staff established identity by hand (the email code path is `verify … send`). */
export const MANUAL_VERIFICATION_METHODS = [
  'account_email_match',
  'document_checked',
  'agent_authorisation',
  'other',
] as const;
export type ManualVerificationMethod = (typeof MANUAL_VERIFICATION_METHODS)[number];

/** Art. 19 lets a controller skip a recipient only when telling it is impossible or disproportionate. */
export const RECIPIENT_SETTLEMENTS = ['notified', 'impossible', 'disproportionate'] as const;
export type RecipientSettlement = (typeof RECIPIENT_SETTLEMENTS)[number];

/**
 * A command that changes one ticket. `expectedVersion` is the ticket version a button or modal showed
 * (set by the adapter, never typed): the change applies only if the ticket is still at that version, so a
 * click never acts on a state the person did not see.
 */
export type TicketChangeCommand = { readonly reference: string; readonly expectedVersion?: number } & (
  | {
      readonly name: 'assign';
      /** The adapter's user id (a Slack or Discord mention, resolved by the adapter). */
      readonly assignee: string;
    }
  | { readonly name: 'classify'; readonly types: readonly RequestType[] }
  | { readonly name: 'verify_send' }
  /** A new code for a ticket already awaiting verification; the earlier code stops working. */
  | { readonly name: 'verify_resend' }
  | {
      readonly name: 'verify_confirm';
      readonly method: ManualVerificationMethod;
      readonly note: string | null;
    }
  | { readonly name: 'approve' }
  | { readonly name: 'reject'; readonly reason: RejectionReason; readonly note: string | null }
  | { readonly name: 'extend'; readonly reason: string }
  /** Staff change the governing law (recorded with the reason); the deadline is recomputed under it. */
  | { readonly name: 'jurisdiction'; readonly jurisdiction: JurisdictionId; readonly reason: string }
  /** The requester withdrew the request. */
  | { readonly name: 'withdraw'; readonly note: string | null }
  | { readonly name: 'fulfil'; readonly note: string | null }
  | { readonly name: 'note'; readonly text: string }
  /** A message to the requester in the ticket's thread, in staff's own words (sent as written). */
  | { readonly name: 'reply'; readonly text: string }
  /**
   * Asks the requester what they mean (a letter). `scope`: staff say the answer is needed to identify the
   * information or processing activities an access request relates to, where UK GDPR Art. 12A(5) stops
   * the clock until the answer; without it the clock runs on.
   */
  | { readonly name: 'clarify'; readonly question: string; readonly scope: boolean }
  /** Closes a message that asks for no right (types `not_a_request`): no letter, an internal note. */
  | { readonly name: 'dismiss'; readonly note: string }
  /** The requester appeals a denial (US state laws): opens a linked appeal ticket on its own clock. */
  | {
      readonly name: 'appeal';
      readonly note: string | null;
      /**
       * Opened from a reply the mailbox held before it was added (issue 17): the appeal opens all the
       * same, its letter and chat post only as the mailbox's `imap.backlog` says. Never from a chat.
       */
      readonly backlog?: {
        readonly acknowledge: boolean;
        readonly announce: boolean;
        /** The reply's receipt, from which the appeal's clock runs. */
        readonly receivedAt: Date;
      };
    }
  /** Decides an appeal: the original decision stands (uphold) or is reversed (overturn), with reasons. */
  | { readonly name: 'uphold'; readonly reason: string }
  | { readonly name: 'overturn'; readonly reason: string }
  /** DPA 2018 s. 164A: acknowledge a UK complaint (a letter), or record its outcome with a short reason. */
  | ({ readonly name: 'complaint' } & ComplaintStep)
  /** GDPR Art. 19: settle one line of the downstream-recipient checklist. */
  | {
      readonly name: 'recipient';
      readonly line: number;
      readonly outcome: RecipientSettlement;
      readonly note: string | null;
    }
  /** Marks a data system's fulfilment tasks (all of them, or the one for `right`). */
  | {
      readonly name: 'task';
      readonly system: string;
      readonly right: Right | null;
      readonly outcome: TaskSettlement;
      readonly note: string | null;
    }
);

/** The decisions whose letter staff may read before deciding (`preview`): what the requester would get. */
export const PREVIEW_DECISIONS = ['reject', 'extend', 'fulfil', 'clarify'] as const;
export type PreviewDecision = (typeof PREVIEW_DECISIONS)[number];

/** A decision as `preview` reads it: the same arguments as the command that would send the letter. */
export type PreviewedDecision =
  | { readonly name: 'reject'; readonly reason: RejectionReason }
  | { readonly name: 'extend'; readonly reason: string }
  | { readonly name: 'fulfil' }
  | { readonly name: 'clarify'; readonly question: string; readonly scope: boolean };

export type DeskCommand =
  | { readonly name: 'help' }
  | { readonly name: 'list'; readonly filter: ListFilter; readonly organisationId: string | null }
  | { readonly name: 'show'; readonly reference: string }
  /** A ticket's fulfilment tasks, by data system (`task RD-1042` with nothing after it). */
  | { readonly name: 'tasks'; readonly reference: string }
  /** The letter a decision would send, shown to the actor alone; it sends and changes nothing. */
  | { readonly name: 'preview'; readonly reference: string; readonly decision: PreviewedDecision }
  | { readonly name: 'digest'; readonly organisationId: string | null }
  /**
   * Settles the ticket's held automatic emails: queued for sending, or (with `discard`) failed with the
   * reason. It changes the outbox, not the ticket, so it carries no version.
   */
  | { readonly name: 'release'; readonly reference: string; readonly discard: string | null }
  /** Removes an attached export (its bytes) from the ticket, by file name or `#id`; audited. */
  | { readonly name: 'detach'; readonly reference: string; readonly file: string }
  /** Opens a ticket for a request received by phone, post, in person or a web form. */
  | { readonly name: 'new'; readonly request: ManualRequest }
  /** One decision over a filtered list, shown first, then made ticket by ticket with `confirm`. */
  | BulkCommand
  | TicketChangeCommand;

/**
 * What a click on a message that showed `version` of a ticket asks: its change, only at that version.
 * A command that changes nothing is left as it is.
 */
export function atSeenVersion(command: DeskCommand, version: number): DeskCommand {
  switch (command.name) {
    case 'help':
    case 'list':
    case 'show':
    case 'tasks':
    case 'preview':
    case 'digest':
    case 'release':
    case 'detach':
    case 'new':
    case 'bulk':
      return command;
    default:
      return { ...(command satisfies TicketChangeCommand), expectedVersion: version };
  }
}

/** One usage line per command, shown by `help` and after a bad argument. */
export const USAGE: Readonly<Record<string, string>> = {
  help: 'help',
  list: 'list [open|mine|due-soon|overdue|triage] [org]',
  show: 'show RD-1042',
  assign: 'assign RD-1042 @user',
  classify: 'classify RD-1042 erasure,access',
  verify:
    'verify RD-1042 send | verify RD-1042 resend | verify RD-1042 confirm account_email_match|document_checked|agent_authorisation|other [note]',
  approve: 'approve RD-1042',
  reject:
    "reject RD-1042 identity_not_verified|manifestly_unfounded|excessive|legal_exemption|duplicate|not_a_request|outside_jurisdiction [note] (a ground the ticket's law provides)",
  extend: 'extend RD-1042 <reason>',
  jurisdiction: `jurisdiction RD-1042 ${JURISDICTION_IDS.join('|')} <reason>`,
  withdraw: 'withdraw RD-1042 [note]',
  fulfil: 'fulfil RD-1042 [note]',
  note: 'note RD-1042 <text>',
  reply: 'reply RD-1042 <message to the requester>',
  complaint:
    'complaint RD-1042 acknowledge | complaint RD-1042 acknowledge offline post|phone|in person | complaint RD-1042 outcome upheld|partly_upheld|not_upheld|withdrawn <short reason, no personal data> (UK GDPR tickets flagged complaint: DPA 2018 s. 164A)',
  recipient: 'recipient RD-1042 <line> notified|impossible|disproportionate [note]',
  task: 'task RD-1042 (lists them) | task RD-1042 <system>[:<right>] done|not_applicable|blocked [note]',
  clarify:
    'clarify RD-1042 [scope] <question to the requester> (scope: needed to identify what an access request covers)',
  dismiss: 'dismiss RD-1042 <note> (also: close)',
  appeal: 'appeal RD-1042 [note]',
  uphold: 'uphold RD-1043 <reason> (an appeal: the decision stands)',
  overturn: 'overturn RD-1043 <reason> (an appeal: the decision is reversed)',
  release: 'release RD-1042 | release RD-1042 discard <reason> (held automatic emails: send, or drop)',
  preview:
    'preview RD-1042 reject <reason> | preview RD-1042 extend <reason> | preview RD-1042 fulfil | preview RD-1042 clarify <question>',
  digest: 'digest [org]',
  detach:
    'detach RD-1042 <file name or #id> (removes an attached export; attach one with the CLI or in the ticket thread)',
  bulk: 'bulk reject|remind|close [org=…] [status=…] [overdue] [due-soon] [triage] [older-than=30] [reason=…] [note="…"] [confirm]',
  new: `new org=importly types=access,erasure channel=${INTAKE_CHANNELS.join('|')} received=YYYY-MM-DD name="…" email=… | postal="…" [law=…] [language=en] [notes="…"]`,
};
