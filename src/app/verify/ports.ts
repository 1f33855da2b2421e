/**
 * What identity verification needs from storage, inside the transaction of the change: the ticket's
 * live code, its attempts, the verification record, ID-document purges and the ticket's move to
 * verified. Together with the outbox it forms the requester-mail transaction that intake and the desk
 * executor hand in.
 */
import type { PendingCode } from '../../domain/verification/check-reply.js';
import type { ExportDeliveryDeps, ExportTransaction } from '../delivery/ports.js';
import type { NotifyDeps, OutboxTransaction } from '../notify/ports.js';

export type CodeStatus = 'pending' | 'verified' | 'exhausted' | 'superseded';

export interface VerificationEventRecord {
  readonly ticketId: number;
  readonly at: Date;
  /** code_sent, code_reply, manual, documents_purged. */
  readonly kind: string;
  readonly outcome: string;
  readonly method: string | null;
  readonly actor: string;
  readonly reasons: readonly string[];
  readonly messageId: string | null;
  readonly note: string | null;
}

export interface VerificationTransaction {
  /** The ticket's latest code that is still pending or whose attempts ran out; null when none. */
  liveCode(ticketId: number): Promise<(PendingCode & { readonly status: CodeStatus }) | null>;
  /** Supersedes every earlier code of the ticket and stores the new one (hashed). */
  replaceCode(
    ticketId: number,
    code: { codeHash: string; expiresAt: Date; maxAttempts: number; at: Date },
  ): Promise<void>;
  /** Counts one attempt and sets the code's status. */
  settleAttempt(codeId: number, status: CodeStatus, at: Date): Promise<void>;
  /** Every pending code of the ticket becomes superseded (a manual decision was taken). */
  closeCodes(ticketId: number, at: Date): Promise<void>;
  recordVerificationEvent(event: VerificationEventRecord): Promise<void>;
  /** Attachments of the ticket's inbound messages that still hold their bytes. */
  storedAttachments(
    ticketId: number,
  ): Promise<{ id: number; filename: string | null; contentType: string }[]>;
  purgeAttachments(ids: readonly number[], reason: string): Promise<void>;
  /**
   * Moves the ticket to verified after a code reply, through the lifecycle (its audit event and version
   * bump); false when the ticket was no longer waiting (e.g. staff rejected it meanwhile).
   */
  markVerifiedByCode(ticketId: number, at: Date): Promise<boolean>;
}

export type RequesterMailTransaction = OutboxTransaction & VerificationTransaction & ExportTransaction;

export interface RequesterMailStore {
  /** Runs `work` in one database transaction (with the audit events it records). */
  transaction<T>(work: (tx: RequesterMailTransaction) => Promise<T>): Promise<T>;
}

export interface VerifyDeps extends NotifyDeps {
  /** Keys the HMAC under which codes are stored. */
  readonly secret: string;
  /** A cryptographically random integer in [0, bound). */
  readonly randomInt: (bound: number) => number;
  /** Delivering attached exports with the outcome letter (issue 15); absent: fulfil refuses to send them. */
  readonly exportDelivery?: ExportDeliveryDeps;
}
