/**
 * Purges the attachments of a ticket that may be identity documents once identity is decided
 * (verified or rejected): they served only that decision (GDPR Art. 5(1)(c), (e)). The purge is
 * recorded and audited; the audit event names counts, never the files.
 */
import { mayBeIdDocument } from '../../domain/verification/id-documents.js';
import type { OutboxTransaction } from '../notify/ports.js';
import type { VerificationTransaction } from './ports.js';

export async function purgeIdDocuments(
  tx: VerificationTransaction & Pick<OutboxTransaction, 'recordAudit'>,
  input: { ticketId: number; ticketReference: string; actor: string; because: string; at: Date },
): Promise<number> {
  const ids = (await tx.storedAttachments(input.ticketId)).filter(mayBeIdDocument).map((a) => a.id);
  if (ids.length === 0) return 0;
  await tx.purgeAttachments(ids, `identity document purged: ${input.because}`);
  await tx.recordVerificationEvent({
    ticketId: input.ticketId,
    at: input.at,
    kind: 'documents_purged',
    outcome: 'purged',
    method: null,
    actor: input.actor,
    reasons: [input.because],
    messageId: null,
    note: `${ids.length} attachment(s)`,
  });
  await tx.recordAudit([
    {
      type: 'data.purged',
      actor: input.actor,
      at: input.at,
      ticketId: input.ticketId,
      ticketReference: input.ticketReference,
      payload: { what: 'identity_documents', attachments: ids.length, because: input.because },
    },
  ]);
  return ids.length;
}
