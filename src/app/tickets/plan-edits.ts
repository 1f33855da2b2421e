/**
 * Plans the changes that are not lifecycle transitions: assignment, staff reclassification (stored
 * beside the classifier's verdict), notes, messages to the requester, and the GDPR Art. 19 recipient checklist.
 */
import type { RecipientSettlement } from '../../domain/desk/desk-command.js';
import type { RequestType } from '../../domain/request-types.js';
import { isClosed, STAFF_ROLES, type StaffRole } from '../../domain/tickets/vocabulary.js';
import type { DeskError } from '../desk/desk-error.js';
import { type ChangeContext, draftFor, planLifecycle, textDigest } from './plan-lifecycle.js';
import type { Plan, TicketRecord } from './ports.js';

function refuse(refusal: DeskError): Plan<DeskError> {
  return { ok: false, refusal };
}

/** Running the process around a ticket (assign, reclassify, notes, checklist) is an agent's work. */
function needsAgent(role: StaffRole, what: string): DeskError | null {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('agent')
    ? null
    : { code: 'role_required', role, needed: 'agent', what };
}

function openOnly(ticket: TicketRecord): DeskError | null {
  return isClosed(ticket.status)
    ? { code: 'ticket_is_closed', reference: ticket.reference, status: ticket.status }
    : null;
}

export function planAssign(ticket: TicketRecord, assignee: string, context: ChangeContext): Plan<DeskError> {
  const problem = needsAgent(context.actor.role, 'assign tickets') ?? openOnly(ticket);
  if (problem) return refuse(problem);
  if (ticket.assignee === assignee)
    return refuse({ code: 'already_assigned', reference: ticket.reference, assignee });
  return {
    ok: true,
    change: {
      fields: { assignee },
      events: [draftFor(ticket, context, 'ticket.assigned', { from: ticket.assignee, to: assignee })],
    },
  };
}

export function planClassify(
  ticket: TicketRecord,
  types: readonly RequestType[],
  context: ChangeContext,
): Plan<DeskError> {
  const problem = needsAgent(context.actor.role, 'reclassify tickets') ?? openOnly(ticket);
  if (problem) return refuse(problem);
  const same = types.length === ticket.types.length && types.every((t) => ticket.types.includes(t));
  if (same && !ticket.needsTriage) return refuse({ code: 'types_unchanged', reference: ticket.reference });
  return {
    ok: true,
    change: {
      fields: { types, needsTriage: false },
      classification: { actor: context.actor.id, types },
      events: [draftFor(ticket, context, 'ticket.reclassified', { from: [...ticket.types], to: [...types] })],
    },
  };
}

export function planNote(ticket: TicketRecord, text: string, context: ChangeContext): Plan<DeskError> {
  const problem = needsAgent(context.actor.role, 'add notes');
  if (problem) return refuse(problem);
  return {
    ok: true,
    change: {
      fields: {},
      note: { actor: context.actor.id, text, at: context.at },
      events: [
        draftFor(ticket, context, 'ticket.note_added', { noteSha256: textDigest(text), length: text.length }),
      ],
    },
  };
}

/**
 * A message to the requester (`reply`): the letter is queued with the change (or the change is refused
 * when it cannot be); the trail keeps a digest of the text, as for notes, and the outbox the text itself.
 */
export function planReply(ticket: TicketRecord, text: string, context: ChangeContext): Plan<DeskError> {
  const problem = needsAgent(context.actor.role, 'write to requesters');
  if (problem) return refuse(problem);
  return {
    ok: true,
    change: {
      fields: {},
      events: [
        draftFor(ticket, context, 'ticket.reply_sent', { textSha256: textDigest(text), length: text.length }),
      ],
    },
  };
}

/** Art. 19 applies to rectification (Art. 16), erasure (Art. 17(1)) and restriction (Art. 18). */
export function needsRecipientChecklist(ticket: TicketRecord, context: ChangeContext): boolean {
  const affected = ticket.types.some((t) => t === 'rectification' || t === 'erasure' || t === 'restriction');
  return affected && context.terms.recipients.length > 0;
}

/**
 * An opt-out of sale to an organisation whose policy says it sells nothing is answered from that policy
 * (`fulfil` records it, its letter says so, and `preview … fulfil` shows that letter).
 */
export function answeredByPolicy(
  ticket: Pick<TicketRecord, 'types'>,
  terms: Pick<ChangeContext['terms'], 'policy'>,
): boolean {
  const rights = ticket.types.filter((t) => t !== 'not_a_request');
  return rights.length > 0 && rights.every((t) => t === 'opt_out_sale') && !terms.policy.sellsPersonalData;
}

/**
 * `fulfil` of an approved ticket: the first one of a rectification, erasure or restriction lists the
 * recipients to tell (the change is carried out, the ticket stays open); the ticket closes only when
 * every line is settled.
 */
export function planFulfil(
  ticket: TicketRecord,
  note: string | null,
  context: ChangeContext,
): Plan<DeskError> {
  const lifecycle = planLifecycle(ticket, { action: 'fulfil' }, context, { note });
  if (lifecycle.ok && answeredByPolicy(ticket, context.terms)) {
    // Nothing to stop: the answer is the policy's own statement, recorded as such (11 CCR §7026(f)).
    const answer = draftFor(ticket, context, 'ticket.answered_by_policy', {
      right: 'opt_out_sale',
      // What the organisation's file states (`sellsPersonalData: false`): sale, not sharing.
      statement: 'the privacy policy says it does not sell personal information',
    });
    return { ...lifecycle, change: { ...lifecycle.change, events: [...lifecycle.change.events, answer] } };
  }
  if (!lifecycle.ok || !needsRecipientChecklist(ticket, context)) return lifecycle;
  if (ticket.recipients.length === 0) {
    const lines = context.terms.recipients.map((r) => ({ recipient: r.name, role: r.role }));
    return {
      ok: true,
      change: {
        fields: {},
        recipientLines: lines,
        ...(note !== null ? { note: { actor: context.actor.id, text: note, at: context.at } } : {}),
        events: [
          draftFor(ticket, context, 'ticket.recipients_listed', {
            recipients: lines.map((l) => l.recipient),
          }),
        ],
      },
    };
  }
  const pending = ticket.recipients.filter((r) => r.outcome === 'pending');
  if (pending.length > 0) {
    return refuse({
      code: 'recipients_pending',
      reference: ticket.reference,
      pending: pending.map((r) => `${r.position}. ${r.recipient}`),
    });
  }
  return lifecycle;
}

export function planSettleRecipient(
  ticket: TicketRecord,
  line: number,
  outcome: RecipientSettlement,
  note: string | null,
  context: ChangeContext,
): Plan<DeskError> {
  const problem = needsAgent(context.actor.role, 'settle recipient lines') ?? openOnly(ticket);
  if (problem) return refuse(problem);
  if (ticket.recipients.length === 0)
    return refuse({ code: 'no_recipient_checklist', reference: ticket.reference });
  const entry = ticket.recipients.find((r) => r.position === line);
  if (!entry) return refuse({ code: 'recipient_line_unknown', reference: ticket.reference, line });
  return {
    ok: true,
    change: {
      fields: {},
      settleRecipient: { position: line, outcome, note, actor: context.actor.id, at: context.at },
      events: [
        draftFor(ticket, context, 'ticket.recipient_settled', {
          line,
          recipient: entry.recipient,
          outcome,
          noteSha256: note === null ? null : textDigest(note),
        }),
      ],
    },
  };
}
