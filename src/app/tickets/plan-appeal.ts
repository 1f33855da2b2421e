/**
 * Plans an appeal of a denied request (Va. Code §59.1-577(C), C.R.S. §6-1-1306(3), Conn. Gen. Stat.
 * §42-518(d), Tex. Bus. & Com. Code §541.053): the denied ticket records that it was appealed, and a
 * linked appeal ticket opens on that law's appeal clock, to be decided by someone other than the
 * person who denied the request.
 */
import { BACKLOG_FLAG } from '../../domain/intake/backlog.js';
import { deadlineFor } from '../../domain/deadlines/deadline.js';
import { jurisdictionRule } from '../../domain/deadlines/jurisdictions.js';
import { appealOf } from '../../domain/tickets/ticket-deadline.js';
import type { DeskError } from '../desk/desk-error.js';
import { type ChangeContext, draftFor, textDigest } from './plan-lifecycle.js';
import type { Plan, TicketRecord } from './ports.js';
import { dueColumns } from './ticket-deadline-of.js';

/** The link kind from a ticket to its appeal (as the store writes it). */
export const APPEAL_LINK = 'appeal';

/** The request's denial: its last move to `rejected`. */
function denialOf(ticket: TicketRecord) {
  return ticket.events.findLast((e) => e.type === 'ticket.transitioned' && e.payload.to === 'rejected');
}

/** Who denied the request: the actor of its last move to `rejected`. */
export function deniedBy(ticket: TicketRecord): string | null {
  return denialOf(ticket)?.actor ?? null;
}

export function planAppeal(
  ticket: TicketRecord,
  note: string | null,
  context: ChangeContext,
  /** `requester` when the requester's own reply appeals; otherwise staff record it. */
  actorId: string = context.actor.id,
  /** A backlog reply's receipt, when the appeal was read late (issue 17): its clock runs from then. */
  backlogReceivedAt?: Date,
): Plan<DeskError> {
  const receivedAt = backlogReceivedAt ?? context.at;
  const { reference } = ticket;
  const refuse = (refusal: DeskError): Plan<DeskError> => ({ ok: false, refusal });
  if (context.actor.role === 'viewer')
    return refuse({ code: 'role_required', role: 'viewer', needed: 'agent', what: 'record an appeal' });
  if (appealOf(ticket.events) !== null) return refuse({ code: 'appeal_of_appeal', reference });
  const rule = jurisdictionRule(ticket.jurisdiction);
  if (rule.appeal === null)
    return refuse({ code: 'no_appeal_under_law', reference, jurisdiction: ticket.jurisdiction });
  const decidedBy = deniedBy(ticket);
  if (ticket.status !== 'rejected' || decidedBy === null)
    return refuse({ code: 'appeal_needs_denial', reference, status: ticket.status });
  // A backlog reply written before the denial cannot appeal it, whatever its words: it answered an
  // earlier letter, and the appeal clock would otherwise start before there was a decision to appeal.
  const deniedAt = denialOf(ticket)?.at;
  if (backlogReceivedAt && deniedAt !== undefined && backlogReceivedAt.getTime() < Date.parse(deniedAt))
    return refuse({ code: 'appeal_before_denial', reference });
  const existing = ticket.links.find((l) => l.kind === APPEAL_LINK);
  if (existing) return refuse({ code: 'already_appealed', reference, appeal: existing.reference });
  const due = dueColumns(
    deadlineFor({
      jurisdiction: ticket.jurisdiction,
      receivedAt: receivedAt.toISOString(),
      zone: context.terms.zone,
      holidays: context.terms.holidays,
      stage: 'appeal',
    }),
  );
  return {
    ok: true,
    change: {
      fields: {},
      openAppeal: {
        receivedAt,
        openedAt: context.at,
        flags: backlogReceivedAt ? [BACKLOG_FLAG] : [],
        ...due,
        decidedBy,
        actor: actorId,
        note,
      },
      events: [
        draftFor(ticket, { ...context, actor: { ...context.actor, id: actorId } }, 'ticket.appealed', {
          noteSha256: note === null ? null : textDigest(note),
        }),
      ],
    },
  };
}
