/** The port through which staff settle a ticket's held (capped) automatic emails. */
import type { AuditDraft } from '../audit/audit-draft.js';

export interface HeldMailSettlement {
  readonly status: 'queued' | 'failed';
  readonly statusReason: string | null;
  readonly at: Date;
  /** The audit event of the settlement, given the ticket and the Message-IDs it settled. */
  readonly audit: (
    ticket: { readonly id: number; readonly reference: string },
    messageIds: readonly string[],
  ) => AuditDraft;
}

export interface HeldMailStore {
  /**
   * Moves every capped email of the ticket to the settlement's status in one transaction with its audit
   * event (a released email also joins the ticket's conversation, so a reply threads to it). Null: no such
   * ticket; else how many emails were settled (0: none was held, nothing written).
   */
  settleHeld(reference: string, settlement: HeldMailSettlement): Promise<number | null>;
}
