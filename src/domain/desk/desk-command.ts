/**
 * The staff command grammar, written once and shared by Slack, Discord and the console: `/rights help |
 * list | show | assign | classify | verify | approve | reject | extend | jurisdiction | withdraw | fulfil |
 * note | recipient | digest`.
 * A command is plain data; the adapters parse their transport, the core executes.
 */
import { JURISDICTION_IDS, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import type { RequestType } from '../request-types.js';
import type { RejectionReason } from '../tickets/vocabulary.js';

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

export type DeskCommand =
  | { readonly name: 'help' }
  | { readonly name: 'list'; readonly filter: ListFilter; readonly organisationId: string | null }
  | { readonly name: 'show'; readonly reference: string }
  /** `assignee` is the adapter's user id (a Slack or Discord mention, resolved by the adapter). */
  | { readonly name: 'assign'; readonly reference: string; readonly assignee: string }
  | { readonly name: 'classify'; readonly reference: string; readonly types: readonly RequestType[] }
  | { readonly name: 'verify_send'; readonly reference: string }
  | {
      readonly name: 'verify_confirm';
      readonly reference: string;
      readonly method: ManualVerificationMethod;
      readonly note: string | null;
    }
  | { readonly name: 'approve'; readonly reference: string }
  | {
      readonly name: 'reject';
      readonly reference: string;
      readonly reason: RejectionReason;
      readonly note: string | null;
    }
  | { readonly name: 'extend'; readonly reference: string; readonly reason: string }
  /** Staff change the governing law (recorded with the reason); the deadline is recomputed under it. */
  | {
      readonly name: 'jurisdiction';
      readonly reference: string;
      readonly jurisdiction: JurisdictionId;
      readonly reason: string;
    }
  /** The requester withdrew the request. */
  | { readonly name: 'withdraw'; readonly reference: string; readonly note: string | null }
  | { readonly name: 'fulfil'; readonly reference: string; readonly note: string | null }
  | { readonly name: 'note'; readonly reference: string; readonly text: string }
  /** GDPR Art. 19: settle one line of the downstream-recipient checklist. */
  | {
      readonly name: 'recipient';
      readonly reference: string;
      readonly line: number;
      readonly outcome: RecipientSettlement;
      readonly note: string | null;
    }
  | { readonly name: 'digest'; readonly organisationId: string | null };

/** One usage line per command, shown by `help` and after a bad argument. */
export const USAGE: Readonly<Record<string, string>> = {
  help: 'help',
  list: 'list [open|mine|due-soon|overdue|triage] [org]',
  show: 'show RD-1042',
  assign: 'assign RD-1042 @user',
  classify: 'classify RD-1042 erasure,access',
  verify:
    'verify RD-1042 send | verify RD-1042 confirm account_email_match|document_checked|agent_authorisation|other [note]',
  approve: 'approve RD-1042',
  reject:
    'reject RD-1042 identity_not_verified|manifestly_unfounded|excessive|legal_exemption|duplicate|not_a_request|outside_jurisdiction [note]',
  extend: 'extend RD-1042 <reason>',
  jurisdiction: `jurisdiction RD-1042 ${JURISDICTION_IDS.join('|')} <reason>`,
  withdraw: 'withdraw RD-1042 [note]',
  fulfil: 'fulfil RD-1042 [note]',
  note: 'note RD-1042 <text>',
  recipient: 'recipient RD-1042 <line> notified|impossible|disproportionate [note]',
  digest: 'digest [org]',
};
