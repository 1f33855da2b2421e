/**
 * `release RD-… [discard <reason>]`: an approver settles the automatic emails the outbox holds for a
 * ticket (a sender that failed authentication, a cap on automatic mail). Released emails are queued and
 * the sender loop sends them; discarded ones are failed with the reason. Either way one audit event names
 * the emails by Message-ID; a released complaint acknowledgement also records the acknowledgement
 * (`released-complaint.ts`); a refusal for the role is audited like any other.
 */
import type { DeskCommand } from '../../domain/desk/desk-command.js';
import {
  type HeldMailDecision,
  mayReleaseHeldMail,
  RELEASE_MINIMUM_ROLE,
  settledStatus,
} from '../../domain/outbound/release-held-mail.js';
import { ticketView } from '../tickets/ticket-view.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { releasedComplaintAcknowledgement } from './released-complaint.js';
import { auditRefusal } from './refusal-audit.js';
import { errorReply } from './replies.js';

export async function releaseHeldMail(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'release' }>,
): Promise<DeskReply> {
  const { reference } = command;
  const { heldMail } = deps;
  if (!heldMail) return errorReply({ code: 'not_available_yet', command: 'release' });
  const at = deps.now();
  if (!mayReleaseHeldMail(actor.role)) {
    await auditRefusal(deps.tickets, {
      actorId: actor.id,
      command: 'release',
      code: 'role_required',
      role: actor.role,
      reference,
      at,
    });
    return errorReply({
      code: 'role_required',
      role: actor.role,
      needed: RELEASE_MINIMUM_ROLE,
      what: 'release or discard held email',
    });
  }
  const decision: HeldMailDecision =
    command.discard === null ? { kind: 'release' } : { kind: 'discard', reason: command.discard };
  // Read before the settlement: whether the complaint was acknowledged before this release.
  const before = await deps.tickets.findByReference(reference);
  const settled = await heldMail.settleHeld(reference, {
    ...settledStatus(decision),
    at,
    audit: (ticket, emails) => [
      {
        type: decision.kind === 'release' ? 'email.released' : 'email.discarded',
        actor: actor.id,
        at,
        ticketId: ticket.id,
        ticketReference: ticket.reference,
        payload: {
          messageIds: emails.map((e) => e.messageId),
          ...(decision.kind === 'discard' ? { reason: decision.reason } : {}),
        },
      },
      ...(decision.kind === 'release' && before
        ? releasedComplaintAcknowledgement(
            before,
            emails,
            actor.id,
            at,
            deps.termsOf(before.organisationId)?.zone ?? null,
          )
        : []),
    ],
  });
  if (settled === null) return errorReply({ code: 'ticket_not_found', reference });
  if (settled === 0) return errorReply({ code: 'nothing_held', reference });
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference });
  const summary =
    decision.kind === 'release'
      ? `${ticket.reference}: ${settled} held email(s) released; they leave with the next send`
      : `${ticket.reference}: ${settled} held email(s) discarded; none is sent`;
  return {
    kind: 'changed',
    summary,
    ticket: ticketView(ticket, actor.role, deps.termsOf(ticket.organisationId), at),
  };
}
