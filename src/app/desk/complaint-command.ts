/**
 * `complaint RD-1042 acknowledge | acknowledge offline <how> | outcome …` (DPA 2018 s. 164A): the letter
 * acknowledging a UK complaint, queued in the change's transaction with `ticket.complaint_acknowledged`
 * (refused, and nothing recorded, when it cannot reach the requester); an acknowledgement made outside
 * Rightsdesk (post, phone), recorded as that event with `channel: offline` and no letter; the outcome staff record with a short reason, kept as a note (the
 * audit event carries its digest). Only a UK GDPR ticket flagged `complaint`, from 19 June 2026, and not
 * an authority's letter: anything else is refused with why. The requester is told the outcome in staff's
 * own words (`reply`): the reason is for the file.
 */
import {
  acknowledgedLate,
  complaintAcknowledgementDue,
  complaintRefusal,
  type ComplaintFacts,
} from '../../domain/deadlines/complaint-acknowledgement.js';
import type { TicketChangeCommand } from '../../domain/desk/desk-command.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import { STAFF_ROLES } from '../../domain/tickets/vocabulary.js';
import { queueStaffEmail } from '../notify/staff-emails.js';
import { complaintFactsOf } from '../tickets/complaint-facts.js';
import { type ChangeContext, draftFor, textDigest } from '../tickets/plan-lifecycle.js';
import type { Plan, TicketRecord } from '../tickets/ports.js';
import type { VerifyDeps } from '../verify/ports.js';
import { change } from './desk-change.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskError } from './desk-error.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { errorReply } from './replies.js';

type ComplaintCommand = Extract<TicketChangeCommand, { name: 'complaint' }>;

export function complaintCommand(
  deps: DeskDeps,
  actor: DeskActor,
  command: ComplaintCommand,
): Promise<DeskReply> {
  if (command.step === 'acknowledge') {
    const { mail } = deps;
    // Without mail the letter would be recorded as sent and never leave: refuse it instead.
    if (!mail)
      return Promise.resolve(errorReply({ code: 'not_available_yet', command: 'complaint acknowledge' }));
    return change(
      deps,
      actor,
      command,
      (t, c) => planAcknowledgement(t, c, mail),
      (t) => `${t.reference}: the complaint acknowledgement was sent to the requester (DPA 2018 s. 164A(3))`,
    );
  }
  if (command.step === 'acknowledge_offline') {
    const { how } = command;
    return change(
      deps,
      actor,
      command,
      (t, c) => acknowledgement(t, c, { how }),
      (t) =>
        `${t.reference}: the complaint is recorded as acknowledged outside Rightsdesk (${how}); no letter was sent (DPA 2018 s. 164A(3))`,
    );
  }
  const { outcome, reason } = command;
  return change(
    deps,
    actor,
    command,
    (t, c) => planOutcome(t, c, outcome, reason),
    (t) =>
      `${t.reference}: complaint outcome recorded (${outcome.replaceAll('_', ' ')}). If the requester has not been told it yet, tell them without undue delay (DPA 2018 s. 164A(4)(b)): reply ${t.reference} <message>`,
  );
}

/** A viewer may not act on a complaint; otherwise why s. 164A does not apply to this step, or null. */
function refused(
  ticket: TicketRecord,
  facts: ComplaintFacts,
  step: 'acknowledge' | 'outcome',
  context: ChangeContext,
): Plan<DeskError> | null {
  const { role } = context.actor;
  if (STAFF_ROLES.indexOf(role) < STAFF_ROLES.indexOf('agent'))
    return {
      ok: false,
      refusal: { code: 'role_required', role, needed: 'agent', what: 'handle complaints' },
    };
  const why = complaintRefusal(facts, step);
  if (why === null) return null;
  const { reference, jurisdiction } = ticket;
  return { ok: false, refusal: { code: 'complaint_refused', reference, jurisdiction, why } };
}

/** The last day, and whether today is past it, for an acknowledgement made now. */
function acknowledgedNow(facts: ComplaintFacts, context: ChangeContext) {
  const today =
    localDateOf(context.at.toISOString(), context.terms.zone) ?? context.at.toISOString().slice(0, 10);
  const due = complaintAcknowledgementDue(facts.jurisdiction, facts.flags, facts.receivedOn);
  return { due, late: acknowledgedLate({ ...facts, acknowledgedOn: today }) };
}

/** The acknowledgement's audit event, or the refusal; an offline one records how it was made. */
function acknowledgement(
  ticket: TicketRecord,
  context: ChangeContext,
  offline: { readonly how: string } | null,
): Plan<DeskError> {
  const facts = complaintFactsOf(ticket, context.terms.zone);
  const refusal = refused(ticket, facts, 'acknowledge', context);
  if (refusal) return refusal;
  const { due, late } = acknowledgedNow(facts, context);
  const payload = {
    due,
    late,
    automatic: false,
    ...(offline ? { channel: 'offline', how: offline.how } : {}),
  };
  return {
    ok: true,
    change: { fields: {}, events: [draftFor(ticket, context, 'ticket.complaint_acknowledged', payload)] },
  };
}

function planAcknowledgement(
  ticket: TicketRecord,
  context: ChangeContext,
  mail: VerifyDeps,
): Plan<DeskError> {
  const plan = acknowledgement(ticket, context, null);
  if (!plan.ok) return plan;
  return {
    ...plan,
    afterWrite: async (tx) => {
      const queued = await queueStaffEmail(tx, mail, {
        ticket: ticket.id,
        actor: context.actor.id,
        email: { kind: 'complaint_acknowledgement', receivedAt: ticket.receivedAt },
      });
      if (queued.kind === 'queued') return { ok: true };
      const why = queued.kind === 'not_for_this_law' ? 'other_law' : 'unreachable';
      return {
        ok: false,
        refusal: {
          code: 'complaint_refused',
          reference: ticket.reference,
          jurisdiction: ticket.jurisdiction,
          why,
        },
      };
    },
  };
}

function planOutcome(
  ticket: TicketRecord,
  context: ChangeContext,
  outcome: Extract<ComplaintCommand, { step: 'outcome' }>['outcome'],
  reason: string,
): Plan<DeskError> {
  const facts = complaintFactsOf(ticket, context.terms.zone);
  const refusal = refused(ticket, facts, 'outcome', context);
  if (refusal) return refusal;
  const text = `Complaint outcome (${outcome.replaceAll('_', ' ')}): ${reason}`;
  return {
    ok: true,
    change: {
      fields: {},
      note: { actor: context.actor.id, text, at: context.at },
      events: [
        draftFor(ticket, context, 'ticket.complaint_outcome_recorded', {
          outcome,
          reasonSha256: textDigest(reason),
          length: reason.length,
        }),
      ],
    },
  };
}
