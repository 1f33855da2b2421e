/**
 * What intake needs from the outside world, as interfaces: a transactional store for messages,
 * tickets and checkpoints. The Prisma adapter implements it; tests and use-cases see only this.
 */
import type { Classification } from '../../domain/classify/classify-email.js';
import type { BacklogTally } from '../../domain/intake/backlog.js';
import type { KnownTicket } from '../../domain/intake/threading.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { OpeningTerms } from '../tickets/opening-terms.js';
import type { RequesterMailTransaction } from '../verify/ports.js';

/** One message as a source delivers it: the raw bytes (only the header block when over the size limit). */
export interface IncomingMessage {
  readonly uidValidity: string | null;
  readonly uid: bigint | null;
  /** File name for the folder source. */
  readonly sourceName: string | null;
  readonly raw: Uint8Array;
  readonly size: number;
  readonly tooLarge: boolean;
  /** When the server received it (IMAP INTERNALDATE); null to take it from the message's own headers. */
  readonly receivedAt: Date | null;
  /** For a file: when it was last written, the receipt time when its headers give none that is usable. */
  readonly fileTime?: Date;
}

export interface MailboxRef {
  readonly mailboxId: string;
  readonly organisationId: string;
}

export interface Checkpoint {
  readonly mailboxId: string;
  readonly uidValidity: string | null;
  readonly lastUid: bigint;
}

export interface StoredTicket extends KnownTicket {
  readonly id: number;
}

export interface RawMessageRecord {
  readonly organisationId: string;
  readonly mailboxId: string;
  readonly uidValidity: string | null;
  readonly uid: bigint | null;
  readonly sourceName: string | null;
  readonly messageId: string;
  readonly messageIdSynthetic: boolean;
  readonly canonical: boolean;
  readonly contentHash: string;
  readonly size: number;
  readonly raw: Uint8Array | null;
  readonly headerBlock: string;
  readonly status: 'ticket' | 'reply' | 'automatic' | 'duplicate';
  readonly automaticKind: string | null;
  readonly automaticReason: string | null;
  readonly duplicateOfId: number | null;
  readonly ticketId: number | null;
  readonly receivedAt: Date;
}

export interface NewTicket {
  readonly organisationId: string;
  readonly requesterAddress: string;
  readonly requesterName: string;
  readonly subject: string;
  readonly flags: readonly string[];
  readonly receivedAt: Date;
  /** The classifier's verdict, stored with the ticket (and kept when staff reclassify). */
  readonly classification: Classification;
  /** Below the confidence threshold: a person decides the types. */
  readonly needsTriage: boolean;
  /** The governing law and the deadline under it, fixed when the ticket opens. */
  readonly terms: OpeningTerms;
  /** How the request arrived when staff entered it (phone, post, …); absent: email. */
  readonly intakeChannel?: string;
  /** A postal address staff took down (personal data, as the email address). */
  readonly requesterPostalAddress?: string | null;
  /** No email address to write to (a request by post): letters and codes are refused. */
  readonly requesterUnreachable?: boolean;
}

export interface TicketMessageRecord {
  readonly ticketId: number;
  /** Null on a ticket opened beside the main one from the same email (the main one keeps the raw message). */
  readonly rawMessageId: number | null;
  readonly kind: 'request' | 'reply' | 'automatic';
  readonly messageId: string;
  readonly fromAddress: string;
  readonly subject: string;
  readonly bodyText: string;
  readonly receivedAt: Date;
  /** Set on a reply our receiving server says is forged (DMARC, or SPF and DKIM, failed). */
  readonly senderUnauthenticated?: boolean;
  readonly attachments: readonly {
    readonly filename: string | null;
    readonly contentType: string;
    readonly size: number;
    readonly content: Uint8Array | null;
    readonly omittedReason: string | null;
  }[];
}

export interface QuarantineRecord {
  readonly source: string;
  readonly mailboxId: string | null;
  readonly uidValidity: string | null;
  readonly uid: bigint | null;
  readonly sourceName: string | null;
  readonly contentHash: string;
  readonly raw: Uint8Array;
  readonly error: string;
}

export interface PrefetchQuery {
  readonly organisationIds: readonly string[];
  /** Message-IDs of the batch's messages (for duplicates) and of what they refer to (for threading). */
  readonly messageIds: readonly string[];
  readonly ticketReferences: readonly string[];
  readonly mailboxIds: readonly string[];
  readonly contentHashes: readonly string[];
  /** The senders: the requesters of the tickets the batch may open. */
  readonly senderAddresses: readonly string[];
}

export interface PrefetchResult {
  readonly canonical: readonly {
    organisationId: string;
    messageId: string;
    id: number;
    ticketId: number | null;
    /** The sender of the first copy, when it joined a ticket (automatic mail keeps none). */
    fromAddress: string | null;
    /** What the first copy says (`messageFingerprint`), when it joined a ticket and its text is kept. */
    fingerprint: string | null;
  }[];
  readonly ticketMessages: readonly { organisationId: string; messageId: string; ticket: StoredTicket }[];
  readonly tickets: readonly (StoredTicket & { organisationId: string })[];
  readonly ingested: readonly { mailboxId: string; contentHash: string; sourceName: string | null }[];
}

export interface IntakeTransaction {
  /** Reads, in a few queries, what the batch needs to know from the database. */
  prefetch(query: PrefetchQuery): Promise<PrefetchResult>;
  storeRawMessage(record: RawMessageRecord): Promise<number>;
  /** Opens a ticket with the next reference number (RD-1001, RD-1002, …). */
  openTicket(ticket: NewTicket): Promise<StoredTicket>;
  addTicketMessage(message: TicketMessageRecord): Promise<void>;
  /** Links two tickets opened from one email; each then lists the other. */
  linkTickets(fromTicketId: number, toTicketId: number, kind: string): Promise<void>;
  markRequesterUnreachable(ticketId: number): Promise<void>;
  /** Stores a quarantined message once per source and content; false when it was already there. */
  quarantine(record: QuarantineRecord): Promise<boolean>;
  /** Moves the checkpoint, and adds the batch's backlog to what the next catch-up summary tells. */
  saveCheckpoint(checkpoint: Checkpoint, backlog: BacklogTally): Promise<void>;
  /** Audit events of this batch, appended to the chain when the batch commits (never without it). */
  recordEvents(events: readonly AuditDraft[]): Promise<void>;
  /** The outbox and verification records, in this transaction (issue 6). */
  readonly mail: RequesterMailTransaction;
}

/** Another writer stored a row with the same key first (e.g. the same Message-ID): nothing of the batch was kept. */
export class StoreConflict extends Error {
  override readonly name = 'StoreConflict';
}

/** The database could not be reached or the connection was lost: the batch is worth trying again later, whole. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

export interface IntakeStore {
  /**
   * Runs `work` in one database transaction: all of it is stored, or none; a key conflict is a
   * StoreConflict, a lost or unreachable database a StoreUnavailable.
   */
  transaction<T>(work: (tx: IntakeTransaction) => Promise<T>): Promise<T>;
}
