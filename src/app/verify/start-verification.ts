/**
 * Starts identity verification by one-time code (the desk's `verify RD-1042 send`): creates a code,
 * stores only its HMAC, and queues `verification_request` in the same transaction. The desk executor
 * moves the ticket to awaiting_verification in that transaction too.
 */
import { generateCode, hashCode } from '../../domain/verification/one-time-code.js';
import { queueRequesterEmail, type QueueResult } from '../notify/queue-email.js';
import type { RequesterMailTransaction, VerifyDeps } from './ports.js';
import { needsAgentAuthorisation } from './agent-flags.js';

export type StartVerificationResult =
  | { readonly ok: true; readonly expiresAt: Date; readonly email: QueueResult }
  | {
      readonly ok: false;
      readonly code:
        'unknown_ticket' | 'unknown_organisation' | 'agent_authorisation_required' | 'ticket_closed';
    };

const CLOSED = new Set(['fulfilled', 'rejected', 'withdrawn']);

export async function startVerification(
  tx: RequesterMailTransaction,
  deps: VerifyDeps,
  input: { readonly ticket: number | string; readonly actor: string },
): Promise<StartVerificationResult> {
  const ticket = await tx.ticketForMail(input.ticket);
  if (!ticket) return { ok: false, code: 'unknown_ticket' };
  const organisation = deps.organisation(ticket.organisationId);
  if (!organisation) return { ok: false, code: 'unknown_organisation' };
  if (CLOSED.has(ticket.status)) return { ok: false, code: 'ticket_closed' };
  // A code proves control of a mailbox, not authority to act for someone else (CCPA §7063, GDPR Art. 8).
  if (needsAgentAuthorisation(ticket.flags)) return { ok: false, code: 'agent_authorisation_required' };

  const now = deps.now();
  const code = generateCode(deps.randomInt);
  const expiresAt = new Date(now.getTime() + organisation.verification.codeTtlHours * 3_600_000);
  await tx.replaceCode(ticket.id, {
    codeHash: hashCode(code, ticket.id, deps.secret),
    expiresAt,
    maxAttempts: organisation.verification.maxAttempts,
    at: now,
  });
  const email = await queueRequesterEmail(tx, deps, {
    ticket,
    automatic: false,
    actor: input.actor,
    build: ({ formatDate }) => ({
      kind: 'verification_request',
      code,
      expiresAt: formatDate(expiresAt, true),
    }),
  });
  await tx.recordVerificationEvent({
    ticketId: ticket.id,
    at: now,
    kind: 'code_sent',
    outcome: email.kind,
    method: 'email_code',
    actor: input.actor,
    reasons: email.kind === 'queued' ? [] : [email.kind === 'not_for_this_law' ? email.kind : email.reason],
    messageId: 'messageId' in email ? email.messageId : null,
    note: null,
  });
  return { ok: true, expiresAt, email };
}
