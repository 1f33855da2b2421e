/**
 * What the ticket use-cases need to know about an organisation: its time zone and holidays (deadlines),
 * the laws it declares (the default jurisdiction), its downstream recipients (GDPR Art. 19), its
 * purge rules (retention) and its data systems (fulfilment tasks). Built from the organisation YAML by the composition root.
 */
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import type { HolidayRegion } from '../../domain/deadlines/working-days.js';
import type { DataSystem } from '../../domain/fulfilment/data-systems.js';
import type { PolicyFacts } from '../../domain/tickets/policy-flags.js';

export interface DownstreamRecipient {
  readonly name: string;
  readonly role: string;
  readonly data: readonly string[];
}

/** What a purge removes: raw message bytes, message bodies, attachment contents. */
export const PURGE_TARGETS = ['raw_messages', 'bodies', 'attachments'] as const;
export type PurgeTarget = (typeof PURGE_TARGETS)[number];

export interface PurgeRule {
  /** Stable name recorded in the audit event, e.g. "closed-ticket-mail". */
  readonly name: string;
  readonly remove: readonly PurgeTarget[];
  /** `closed`: tickets closed for `days`; `verified`: attachments of replies received before verification. */
  readonly after: 'closed' | 'verified';
  readonly days: number;
}

export interface OrganisationTerms {
  readonly id: string;
  readonly zone: string;
  readonly holidays: HolidayRegion | null;
  readonly jurisdictions: readonly JurisdictionId[];
  readonly recipients: readonly DownstreamRecipient[];
  readonly purge: readonly PurgeRule[];
  /** What its privacy policy promises and states, read at triage and when answering an opt-out. */
  readonly policy: PolicyFacts;
  /** Its privacy addresses (a message to another organisation's address is flagged). */
  readonly addresses: readonly string[];
  /** Where its personal data lives and how each right is carried out there: an approval's tasks. */
  readonly dataSystems: readonly DataSystem[];
}

export type TermsOf = (organisationId: string) => OrganisationTerms | null;
