/**
 * Closes a request whose requester never answered the identity check (issue 15, item 4): the existing
 * rejection on the ground `identity_not_verified`, through the lifecycle and the ticket store's atomic
 * change, so its status, due date, audit events (`ticket.transitioned` and `ticket.closed_unverified`)
 * and the `closed_unverified` letter commit together or not at all. Live codes stop working and ID
 * documents go, as for any rejection. A ticket no longer waiting, or sent a new code meanwhile, is
 * left alone.
 */
import type { DeskError } from '../desk/desk-error.js';
import { queueRequesterEmail } from '../notify/queue-email.js';
import type { TermsOf } from '../tickets/organisation-terms.js';
import { draftFor, planLifecycle } from '../tickets/plan-lifecycle.js';
import type { ChangeOutcome, Plan, TicketStore } from '../tickets/ports.js';
import type { VerifyDeps } from './ports.js';
import { purgeIdDocuments } from './purge-documents.js';

/** The pass acts for the organisation, with the approver's authority its policy period gives it. */
export const WAIT_ACTOR = { id: 'system', role: 'approver' } as const;

export type CloseRefusal = DeskError | { readonly code: 'not_waiting' } | { readonly code: 'code_renewed' };

export async function closeUnverified(
  deps: { readonly tickets: TicketStore; readonly termsOf: TermsOf; readonly mail: VerifyDeps },
  step: {
    readonly reference: string;
    readonly askedOn: string;
    /** The code the pass saw as the latest; a newer one is a new request for identity. */
    readonly codeId: number | null;
    readonly because: 'period_ended' | 'due_date';
  },
  at: Date,
): Promise<ChangeOutcome<CloseRefusal>> {
  return deps.tickets.change({ reference: step.reference }, (ticket): Plan<CloseRefusal> => {
    if (ticket.status !== 'awaiting_verification') return { ok: false, refusal: { code: 'not_waiting' } };
    const terms = deps.termsOf(ticket.organisationId);
    if (!terms)
      return { ok: false, refusal: { code: 'organisation_unknown', organisationId: ticket.organisationId } };
    const context = { actor: WAIT_ACTOR, at, terms };
    const planned = planLifecycle(ticket, { action: 'reject', reason: 'identity_not_verified' }, context);
    if (!planned.ok) return planned;
    const closed = draftFor(ticket, context, 'ticket.closed_unverified', {
      askedOn: step.askedOn,
      because: step.because,
    });
    return {
      ok: true,
      change: { ...planned.change, events: [...planned.change.events, closed] },
      afterWrite: async (tx) => {
        const live = await tx.liveCode(ticket.id);
        if (live !== null && step.codeId !== null && live.id > step.codeId)
          return { ok: false, refusal: { code: 'code_renewed' } };
        await tx.closeCodes(ticket.id, at);
        await purgeIdDocuments(tx, {
          ticketId: ticket.id,
          ticketReference: ticket.reference,
          actor: WAIT_ACTOR.id,
          because: 'rejected',
          at,
        });
        // Automatic mail: no person decided it, so it counts against the caps and carries Auto-Submitted.
        await queueRequesterEmail(tx, deps.mail, {
          ticket: ticket.id,
          automatic: true,
          actor: WAIT_ACTOR.id,
          build: () => ({ kind: 'closed_unverified' }),
        });
        return { ok: true };
      },
    };
  });
}
