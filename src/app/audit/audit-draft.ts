/**
 * An audit event as a use-case hands it to the store: the store numbers it, links it to the chain's
 * head and inserts it in the same transaction as the change it records (issue 5, item 3).
 */
import type { JsonValue } from '../../domain/audit/canonical-json.js';
import type { AuditEventType } from '../../domain/audit/event-types.js';
import type { ChainedAuditEvent } from '../../domain/audit/hash-chain.js';

export interface AuditDraft {
  readonly type: AuditEventType;
  /** A staff id (`slack:U123`), `classifier`, `intake` or `system`. */
  readonly actor: string;
  readonly at: Date;
  readonly ticketId: number | null;
  /** RD-1042: what the hash covers, so the trail reads without a join. */
  readonly ticketReference: string | null;
  /** Never an email address or a body: events outlive purges (GDPR Art. 5(1)(e) storage limitation). */
  readonly payload: JsonValue;
}

export interface AuditTrailReader {
  /** Every stored event in `seq` order, read in pages. */
  events(pageSize?: number): AsyncIterable<ChainedAuditEvent>;
}
