/**
 * What the requester-email use-cases need from outside: the ticket facts an email is built from, an
 * outbox written in the caller's transaction, a renderer for the templates, the sender side of the
 * outbox and a mail transport. Adapters implement them; the composition root wires them.
 */
import type { DataSystem } from '../../domain/fulfilment/data-systems.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import type { AutomaticCap } from '../../domain/outbound/delivery-policy.js';
import type { AccessFacts, RetentionFact } from '../../domain/outbound/letters/letter-facts.js';
import type { TemplateInput } from '../../domain/outbound/template-data.js';
import type { RequestType, Right } from '../../domain/request-types.js';
import type { AuditDraft } from '../audit/audit-draft.js';

/** A ticket as an email to its requester needs it. */
export interface MailTicket {
  readonly id: number;
  readonly reference: string;
  readonly organisationId: string;
  readonly requesterAddress: string;
  readonly requesterName: string;
  readonly subject: string;
  readonly language: string | null;
  /** The law the ticket is handled under: every letter takes its wording from it. */
  readonly jurisdiction: JurisdictionId;
  readonly status: string;
  readonly version: number;
  readonly flags: readonly string[];
  readonly types: readonly RequestType[];
  readonly requesterUnreachable: boolean;
  readonly receivedAt: Date;
  readonly dueDate: string | null;
  /** Message-IDs of the conversation, oldest first, inbound and outbound. */
  readonly thread: readonly string[];
  readonly lastInboundMessageId: string | null;
}

export type OutboundStatus = 'queued' | 'sent' | 'capped' | 'failed';

export interface OutboundEmailRecord {
  readonly organisationId: string;
  readonly ticketId: number;
  readonly template: string;
  readonly language: string;
  readonly requestedLanguage: string | null;
  readonly messageId: string;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Empty while `letter` waits to be laid out. */
  readonly bodyText: string;
  readonly bodyHtml: string | null;
  /** The composed letter of an email laid out when it is sent (see queue-email.ts); null when laid out already. */
  readonly letter: TemplateInput | null;
  readonly automatic: boolean;
  readonly status: Extract<OutboundStatus, 'queued' | 'capped'>;
  readonly statusReason: string | null;
  readonly queuedAt: Date;
}

/** The outbox as seen inside the transaction of the change that causes an email. */
export interface OutboxTransaction {
  /** By id, or by reference (RD-1042). */
  ticketForMail(ticket: number | string): Promise<MailTicket | null>;
  /** Automatic emails queued or sent to this address since `since` (capped ones do not count). */
  countAutomaticEmails(toAddress: string, since: Date): Promise<number>;
  /** Automatic emails the organisation queued or sent since `since`, to anyone (capped ones do not count). */
  countOrganisationAutomaticEmails(organisationId: string, since: Date): Promise<number>;
  /** Stores the email; a queued one also joins the ticket's conversation as an outbound message. */
  enqueueEmail(email: OutboundEmailRecord): Promise<void>;
  /** Appended to the audit chain when the transaction commits. */
  recordAudit(events: readonly AuditDraft[]): Promise<void>;
}

export interface OrganisationMail {
  readonly organisationId: string;
  readonly name: string;
  /** Domain of our signed Message-IDs. */
  readonly domain: string;
  readonly fromAddress: string;
  readonly defaultLanguage: string;
  readonly timezone: string;
  readonly policyUrl: string | null;
  readonly authority: { readonly name: string; readonly url: string } | null;
  /** The rights its policy promises (named in access answers as "the other rights"). */
  readonly rights: readonly Right[];
  /** What it keeps, how long, and whether it survives an erasure (GDPR Art. 17(3)). */
  readonly retention: readonly RetentionFact[];
  /** Its data systems: the outcome letter says what was done in each (from the ticket's tasks). */
  readonly dataSystems: readonly DataSystem[];
  /** The Art. 15(1) information an access answer carries; null where the file gives none. */
  readonly access: AccessFacts | null;
  /**
   * The language its file writes the facts above in (its default language) and, per letter language,
   * their translations keyed by the file's text (a recipient as "name (role)").
   */
  readonly texts: {
    readonly language: string;
    readonly translations: { readonly [language: string]: Readonly<Record<string, string>> };
  };
  readonly cap: AutomaticCap;
  /** DPA 2018 s. 164A(3): a UK complaint is acknowledged by staff, or by intake with the request's acknowledgement. */
  readonly complaintAcknowledgement: 'by_staff' | 'with_request_acknowledgement';
  /** At most this many automatic emails per hour from the organisation, to all requesters together. */
  readonly organisationHourlyCap: number;
  readonly verification: {
    /** The authserv-id of our receiving server, whose Authentication-Results we trust; null: none. */
    readonly authservId: string | null;
    readonly codeTtlHours: number;
    readonly maxAttempts: number;
  };
}

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
}

export interface EmailRenderer {
  /** Languages letters are written in. */
  readonly languages: readonly string[];
  /** Validates the composed letter and lays it out; throws on a template error. */
  render(input: TemplateInput): RenderedEmail;
}

export interface NotifyDeps {
  readonly renderer: EmailRenderer;
  readonly organisation: (organisationId: string) => OrganisationMail | null;
  /** A fresh signed Message-ID for the ticket on the organisation's domain. */
  readonly newMessageId: (ticketReference: string, domain: string) => string;
  readonly now: () => Date;
}

/** One email as the transport sends it. */
export interface OutgoingEmail {
  readonly organisationId: string;
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly text: string;
  readonly html: string | null;
  readonly headers: Readonly<Record<string, string>>;
  /** Files sent with it (an answer's data, issue 15); none for every other email. */
  readonly attachments?: readonly EmailAttachmentPart[];
}

export interface EmailAttachmentPart {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** What goes out for a queued email: as stored, with its parts added, held back a while, or failed. */
export type PreparedEmail =
  | { readonly kind: 'as_is' }
  | {
      readonly kind: 'with';
      readonly text: string;
      readonly html: string | null;
      readonly attachments: readonly EmailAttachmentPart[];
    }
  /** Not yet (it follows another email still on its way): tried again later, not counted as an attempt. */
  | { readonly kind: 'wait' }
  | { readonly kind: 'fail'; readonly error: string };

/** Adds to an email what the outbox does not store (attachments, a password), just before it is sent. */
export interface OutgoingParts {
  prepare(email: QueuedEmail): Promise<PreparedEmail>;
  /** After the email is recorded as sent. */
  sent(email: QueuedEmail, at: Date): Promise<void>;
}

export type DeliveryResult =
  { readonly ok: true } | { readonly ok: false; readonly permanent: boolean; readonly error: string };

export interface Mailer {
  send(email: OutgoingEmail): Promise<DeliveryResult>;
  close(): Promise<void>;
}

export interface QueuedEmail extends Omit<OutboundEmailRecord, 'status' | 'statusReason'> {
  readonly id: number;
  readonly attempts: number;
}

/** The sender loop's side of the outbox. */
export interface OutboxSenderStore {
  /** Queued emails due at `now`, oldest first. */
  dueEmails(now: Date, limit: number): Promise<QueuedEmail[]>;
  /** Takes the emails for `leaseUntil` unless another sender has; returns the ids won (only those are sent). */
  claim(ids: readonly number[], now: Date, leaseUntil: Date): Promise<Set<number>>;
  /** Marks the emails sent, each with its own send time, in one write. */
  markSent(sent: readonly { readonly email: QueuedEmail; readonly at: Date }[]): Promise<void>;
  markRetry(id: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void>;
  markFailed(email: QueuedEmail, attempts: number, error: string, at: Date): Promise<void>;
}
