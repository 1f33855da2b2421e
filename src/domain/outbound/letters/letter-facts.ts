/**
 * What a letter is built from: the ticket and organisation facts (language-free) and, per kind, the
 * facts of the decision. Dates arrive formatted for the requester; the organisation's own words (data
 * names, purposes) arrive as its file states them.
 */
import type { IsoDate } from '../../deadlines/iso-date.js';
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { SystemWork } from '../../fulfilment/tasks.js';
import type { RequestType, Right } from '../../request-types.js';
import type { RejectionReason } from '../../tickets/vocabulary.js';
import type { Contact } from './phrases.js';

/** How long a kind of data is kept, in the organisation's plain terms. */
export type RetentionPeriod =
  | {
      readonly unit: 'days' | 'months' | 'years';
      readonly amount: number;
      /** The period is a most ("up to 90 days"), as the policy words it. */
      readonly upTo?: boolean;
    }
  | 'while_account_open'
  /** While the account is open and a reasonable period after it closes, as some policies word it. */
  | 'while_account_open_and_after'
  | 'as_long_as_needed'
  /** The organisation does not store it at all (processed in memory only): never listed as kept. */
  | 'not_stored';

/** Why data survives an erasure request; each maps to the law's exemption. */
export type KeepGround = 'legal_obligation' | 'legal_claims';

export interface RetentionFact {
  readonly data: string;
  readonly period: RetentionPeriod;
  /** Whether this data is erased on an erasure request, or kept on `ground`. */
  readonly afterErasure: { readonly kept: false } | { readonly kept: true; readonly ground: KeepGround };
}

/** What an access answer tells the requester (GDPR Art. 15(1)(a)-(d), (g), 15(2)), from the organisation's file. */
export interface AccessFacts {
  readonly purposes: readonly string[];
  readonly categories: readonly string[];
  readonly recipients: readonly string[];
  readonly sources: readonly string[];
  /** Transfers to other countries and their safeguards (GDPR Art. 15(2)); empty: the policy states none. */
  readonly transfers: readonly string[];
}

/** The organisation file's language and its translations into the letter's language. */
export interface OrganisationTexts {
  /** The language the organisation file writes its facts in (its `defaultLanguage`). */
  readonly language: string;
  /** The file's text → its translation in the letter's language; null: the file gives none. */
  readonly translations: Readonly<Record<string, string>> | null;
}

export interface LetterFacts {
  readonly organisationName: string;
  readonly ticketReference: string;
  /** The requester's display name, or '' when the email had none. */
  readonly requesterName: string;
  readonly privacyAddress: string;
  readonly policyUrl: string | null;
  readonly jurisdiction: JurisdictionId;
  readonly types: readonly RequestType[];
  /** The EU supervisory authority the organisation's file names; null: the generic Art. 77 sentence. */
  readonly authority: Contact | null;
  /** The rights the organisation's policy promises, for "you also have the right to". */
  readonly rights: readonly Right[];
  readonly retention: readonly RetentionFact[];
  readonly access: AccessFacts | null;
  /** The language of the organisation's own words above, and their translations into the letter's. */
  readonly texts: OrganisationTexts;
  /** The organisation's calendar day the letter is composed on: a law in force from a day speaks from it. */
  readonly composedOn: IsoDate;
}

export type LetterRequest =
  | { readonly kind: 'acknowledgement'; readonly receivedDate: string; readonly dueDate: string | null }
  | { readonly kind: 'verification_request'; readonly code: string; readonly expiresAt: string }
  | { readonly kind: 'verification_success' }
  /** `stopsClock`: asked under UK GDPR Art. 12A(5), so the letter says the time limit waits for the answer. */
  | { readonly kind: 'clarification_request'; readonly question: string; readonly stopsClock: boolean }
  | { readonly kind: 'extension_notice'; readonly reason: string; readonly newDeadline: string }
  /** `systems`: what was done in each data system (its tasks), in the organisation's order. */
  | {
      readonly kind: 'outcome_fulfilled';
      readonly details: string | null;
      readonly systems: readonly SystemWork[];
      /** An opt-out of sale answered from the privacy policy, which says the organisation sells nothing. */
      readonly answeredByPolicy?: boolean;
    }
  | {
      readonly kind: 'outcome_partial';
      readonly details: string | null;
      readonly systems: readonly SystemWork[];
    }
  /** `ground`: the refusal ground staff chose, whose provision the law may want named (Québec s. 34). */
  | { readonly kind: 'outcome_rejected'; readonly reason: string; readonly ground: RejectionReason }
  | { readonly kind: 'appeal_received'; readonly appealDueDate: string }
  /** `upheld`: the original decision stands (the appeal is denied). */
  | { readonly kind: 'appeal_decision'; readonly upheld: boolean; readonly reason: string }
  /** A message staff wrote to the requester: their text as written, between greeting and closing. */
  | { readonly kind: 'staff_message'; readonly text: string }
  /** Issue 15: the identity check was not answered; `closesOn` is the day the request closes without it. */
  | { readonly kind: 'verification_reminder'; readonly closesOn: string }
  /** Issue 15: the request was closed because the requester's identity could not be confirmed. */
  | { readonly kind: 'closed_unverified' }
  /** DPA 2018 s. 164A(3): a UK complaint to the organisation acknowledged; `receivedDate` as the requester reads it. */
  | { readonly kind: 'complaint_acknowledgement'; readonly receivedDate: string };

export type LetterKind = LetterRequest['kind'];

export const LETTER_KINDS = [
  'acknowledgement',
  'verification_request',
  'verification_success',
  'clarification_request',
  'extension_notice',
  'outcome_fulfilled',
  'outcome_partial',
  'outcome_rejected',
  'appeal_received',
  'appeal_decision',
  'staff_message',
  'verification_reminder',
  'closed_unverified',
  'complaint_acknowledgement',
] as const satisfies readonly LetterKind[];

/** What data survives an erasure: only rows the organisation stores and keeps on a ground. */
export function keptAfterErasure(retention: readonly RetentionFact[]): RetentionFact[] {
  return retention.filter((r) => r.period !== 'not_stored' && r.afterErasure.kept);
}
