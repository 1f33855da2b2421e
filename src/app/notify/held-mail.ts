/** The port through which staff settle a ticket's held (capped) automatic emails. */
import type { AuditDraft } from '../audit/audit-draft.js';

export interface SettledEmail {
  readonly messageId: string;
  readonly template: string;
}

export interface HeldMailSettlement {
  readonly status: 'queued' | 'failed';
  readonly statusReason: string | null;
  readonly at: Date;
  /**
   * The audit events of the settlement, given the ticket and the emails it settled (Message-ID and
   * template): the settlement's own, and what releasing a letter means for the ticket (a complaint's
   * acknowledgement going out).
   */
  readonly audit: (
    ticket: { readonly id: number; readonly reference: string },
    settled: readonly SettledEmail[],
  ) => readonly AuditDraft[];
}

export interface HeldMailStore {
  /**
   * Moves every capped email of the ticket to the settlement's status in one transaction with its audit
   * events (a released email also joins the ticket's conversation, so a reply threads to it). Null: no such
   * ticket; else how many emails were settled (0: none was held, nothing written).
   */
  settleHeld(reference: string, settlement: HeldMailSettlement): Promise<number | null>;
}
