/**
 * `audit verify`: walks the whole stored chain in `seq` order, page by page with constant memory, and
 * reports the first broken link (an edited, deleted, inserted or reordered event).
 */
import { type ChainVerification, verifyChainStream } from '../../domain/audit/verify-chain.js';
import type { AuditTrailReader } from './audit-draft.js';

export function verifyAuditTrail(reader: AuditTrailReader, pageSize?: number): Promise<ChainVerification> {
  return verifyChainStream(reader.events(pageSize));
}
