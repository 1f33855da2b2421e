/**
 * Checks a reply that intake stored on a ticket with a live verification code: records the attempt
 * and its reasons, and on success moves the ticket to verified, purges ID documents and queues
 * `verification_success`. A reply with nothing code-shaped in it is conversation and costs no attempt,
 * and so does one that is not the requester's authenticated own.
 */
import { senderAuthenticated } from '../../domain/verification/authentication-results.js';
import { checkVerificationReply, type ReplyCheck } from '../../domain/verification/check-reply.js';
import { queueRequesterEmail } from '../notify/queue-email.js';
import type { RequesterMailTransaction, VerifyDeps } from './ports.js';
import { purgeIdDocuments } from './purge-documents.js';

export interface StoredReply {
  readonly ticketId: number;
  readonly messageId: string;
  readonly fromAddress: string;
  readonly text: string;
  /** Every `Authentication-Results` header of the reply, as received. */
  readonly authenticationResults: readonly string[];
}

const ACTOR = 'verification';

export async function checkCodeReply(
  tx: RequesterMailTransaction,
  deps: VerifyDeps,
  reply: StoredReply,
): Promise<ReplyCheck | null> {
  const code = await tx.liveCode(reply.ticketId);
  if (!code) return null;
  const ticket = await tx.ticketForMail(reply.ticketId);
  const organisation = ticket ? deps.organisation(ticket.organisationId) : null;
  if (!ticket || !organisation) return null;
  const now = deps.now();
  const authentication = senderAuthenticated(
    reply.authenticationResults,
    reply.fromAddress,
    organisation.verification.authservId,
  );
  const check = checkVerificationReply({
    pending: code,
    requesterAddress: ticket.requesterAddress,
    reply: { fromAddress: reply.fromAddress, text: reply.text, authentication },
    secret: deps.secret,
    now,
  });
  if (check.kind === 'no_code') return check;

  const verified = check.kind === 'verified';
  // A reply that could never verify (a stranger's, a forged From) is recorded but spends no attempt.
  if (verified || check.costsAttempt)
    await tx.settleAttempt(code.id, verified ? 'verified' : check.exhausted ? 'exhausted' : 'pending', now);
  await tx.recordVerificationEvent({
    ticketId: ticket.id,
    at: now,
    kind: 'code_reply',
    outcome: verified ? 'verified' : 'rejected',
    method: 'email_code',
    actor: ACTOR,
    reasons: verified ? [check.detail] : [...check.reasons, authentication.detail],
    messageId: reply.messageId,
    note: null,
  });
  await tx.recordAudit([
    {
      type: 'verification.attempted',
      actor: ACTOR,
      at: now,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { method: 'email_code', outcome: check.kind, reasons: verified ? [] : [...check.reasons] },
    },
  ]);
  if (!verified) return check;

  const moved = await tx.markVerifiedByCode(ticket.id, now);
  await purgeIdDocuments(tx, {
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    actor: ACTOR,
    because: 'verified',
    at: now,
  });
  if (moved)
    await queueRequesterEmail(tx, deps, {
      ticket: ticket.id,
      automatic: true,
      actor: ACTOR,
      build: () => ({ kind: 'verification_success' }),
    });
  return check;
}
