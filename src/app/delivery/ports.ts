/**
 * What delivering the answer's data file needs from outside (issue 15): the exports attached to
 * tickets, their part in the fulfil transaction (what may be sent, how it went), and the sender loop's
 * view of an email that carries them. Adapters implement them; the composition root wires them.
 */
import type { AuditDraft } from '../audit/audit-draft.js';
import type { DeliveryForm, DeliveryRules } from '../../domain/delivery/export-file.js';
import type { TicketStatus } from '../../domain/tickets/vocabulary.js';

/** Where a file came from. */
export type ExportSource = 'cli' | 'slack' | 'discord';

/** An attached export as staff see it: never its bytes. */
export interface StoredExport {
  readonly id: number;
  readonly ticketId: number;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly source: ExportSource;
  readonly attachedBy: string;
  readonly attachedAt: Date;
  /** Set once fulfil queued the outcome letter carrying it. */
  readonly letterMessageId: string | null;
  readonly sentAt: Date | null;
}

export interface NewExport {
  readonly ticketId: number;
  readonly organisationId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
  readonly sha256: string;
  readonly source: ExportSource;
  readonly attachedBy: string;
  readonly attachedAt: Date;
}

export interface ExportTicket {
  readonly id: number;
  readonly reference: string;
  readonly organisationId: string;
  readonly status: TicketStatus;
}

export interface ExportStore {
  ticket(reference: string): Promise<ExportTicket | null>;
  /** Stores the file and its `export.attached` event in one transaction. */
  attach(file: NewExport, event: (stored: StoredExport) => AuditDraft): Promise<StoredExport>;
  /** The ticket's exports that still hold their bytes, oldest first. */
  list(ticketId: number): Promise<StoredExport[]>;
  /**
   * Drops the bytes (`detached` by staff or `retention`) with the event, in one transaction; false when
   * they were already gone (a second purge records nothing).
   */
  remove(exportId: number, reason: 'detached' | 'retention', event: AuditDraft): Promise<boolean>;
  /**
   * Exports of the organisation still holding bytes that were sent before `cutoff`, or never sent on a
   * ticket that closed before it; by id, from the first after `afterId`.
   */
  expired(
    organisationId: string,
    cutoff: Date,
    limit: number,
    afterId: number,
  ): Promise<(StoredExport & { readonly ticketReference: string })[]>;
}

/** The fulfil transaction's view of the ticket's exports. */
export interface ExportTransaction {
  /**
   * The exports fulfil would send (bytes held, no letter yet), and whether the requester's identity was
   * verified (on the ticket, or for an appeal on the ticket it appeals).
   */
  exportsToDeliver(ticketId: number): Promise<{
    readonly verified: boolean;
    readonly exports: readonly StoredExport[];
  }>;
  recordExportDelivery(delivery: {
    readonly ticketId: number;
    readonly exportIds: readonly number[];
    readonly letterMessageId: string;
    readonly passwordMessageId: string | null;
    readonly form: DeliveryForm;
    readonly sealedPassword: string | null;
    readonly at: Date;
  }): Promise<void>;
}

/** What fulfil needs to deliver exports: each organisation's rules, and the password sealed for storage. */
export interface ExportDeliveryDeps {
  readonly rulesOf: (organisationId: string) => DeliveryRules | null;
  /** Encrypts the archive password for the outbox's wait (AES-256-GCM under the installation secret). */
  readonly seal: (password: string) => string;
}

/** An email the sender is about to send, as the export delivery sees it. */
export interface DeliveryOfEmail {
  readonly role: 'letter' | 'password';
  readonly ticketId: number;
  readonly ticketReference: string;
  readonly form: DeliveryForm;
  readonly sealedPassword: string | null;
  readonly letterMessageId: string;
  /** The outcome letter's outbox status (the password email waits until it is sent). */
  readonly letterStatus: string;
  /** The ticket's requester address now, and whether their identity is verified. */
  readonly requesterAddress: string;
  readonly verified: boolean;
  readonly files: readonly {
    readonly id: number;
    readonly fileName: string;
    readonly contentType: string;
    readonly sha256: string;
    readonly content: Uint8Array | null;
  }[];
}

export interface ExportSenderStore {
  /** The delivery an outbox email belongs to, by its Message-ID; null for every other email. */
  deliveryOf(messageId: string): Promise<DeliveryOfEmail | null>;
  /** The letter left: its exports are marked sent (their retention starts) with `export.sent`. */
  letterSent(letterMessageId: string, at: Date): Promise<void>;
  /** The password email left, or can never leave: the sealed password is dropped. */
  forgetPassword(letterMessageId: string): Promise<void>;
}
