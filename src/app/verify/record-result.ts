/**
 * Records a verification decision taken by staff (the desk's `verify RD-1042 confirm <method> [note]`,
 * or a failed check), with its method and note; closes any live code and purges ID documents. On
 * success it queues `verification_success`. The desk executor moves the ticket's status in the same
 * transaction through the lifecycle.
 */
import type { ManualVerificationMethod } from '../../domain/desk/desk-command.js';
import { queueRequesterEmail, type QueueResult } from '../notify/queue-email.js';
import { needsAgentAuthorisation } from './agent-flags.js';
import type { RequesterMailTransaction, VerifyDeps } from './ports.js';
import { purgeIdDocuments } from './purge-documents.js';

export type VerificationResultOutcome =
  | { readonly ok: true; readonly purgedAttachments: number; readonly email: QueueResult | null }
  | { readonly ok: false; readonly code: 'unknown_ticket' | 'agent_authorisation_required' };

export async function recordVerificationResult(
  tx: RequesterMailTransaction,
  deps: VerifyDeps,
  input: {
    readonly ticket: number | string;
    readonly actor: string;
    readonly verified: boolean;
    readonly method: ManualVerificationMethod;
    readonly note: string | null;
  },
): Promise<VerificationResultOutcome> {
  const ticket = await tx.ticketForMail(input.ticket);
  if (!ticket) return { ok: false, code: 'unknown_ticket' };
  if (input.verified && needsAgentAuthorisation(ticket.flags) && input.method !== 'agent_authorisation')
    return { ok: false, code: 'agent_authorisation_required' };
  const now = deps.now();
  await tx.closeCodes(ticket.id, now);
  await tx.recordVerificationEvent({
    ticketId: ticket.id,
    at: now,
    kind: 'manual',
    outcome: input.verified ? 'verified' : 'rejected',
    method: input.method,
    actor: input.actor,
    reasons: [],
    messageId: null,
    note: input.note,
  });
  await tx.recordAudit([
    {
      type: 'verification.attempted',
      actor: input.actor,
      at: now,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      // The note may name personal data; the chain keeps only that there was one.
      payload: {
        method: input.method,
        outcome: input.verified ? 'verified' : 'rejected',
        note: input.note !== null,
      },
    },
  ]);
  const purgedAttachments = await purgeIdDocuments(tx, {
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    actor: input.actor,
    because: input.verified ? 'verified' : 'rejected',
    at: now,
  });
  const email = input.verified
    ? await queueRequesterEmail(tx, deps, {
        ticket,
        automatic: false,
        actor: input.actor,
        build: () => ({ kind: 'verification_success' }),
      })
    : null;
  return { ok: true, purgedAttachments, email };
}
