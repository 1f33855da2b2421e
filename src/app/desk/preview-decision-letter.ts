/**
 * `preview RD-… reject|extend|fulfil|clarify …`: the letter a decision would send to the requester, in the
 * ticket's law and language, composed and laid out by the same `renderRequesterLetter` the outbox uses, so
 * staff read before deciding exactly what the requester would read. A preview writes no letter, no change
 * and no change event: any role that may see the ticket may ask for one. For a role that may not see
 * personal data the letter is rendered for a masked requester; a role that may leaves a read trace, as `show`
 * does (GDPR Art. 5(2)).
 */
import type { DeskCommand, PreviewedDecision } from '../../domain/desk/desk-command.js';
import type { LetterRequest } from '../../domain/outbound/letters/letter-facts.js';
import { subjectWithToken } from '../../domain/outbound/outgoing-headers.js';
import { type SystemWork, systemsWork } from '../../domain/fulfilment/tasks.js';
import { rejectionGround } from '../../domain/outbound/rejection-grounds.js';
import { maskAddress, maskName } from '../../domain/redaction.js';
import { allowedActions } from '../../domain/tickets/lifecycle.js';
import { groundRefusal } from '../../domain/tickets/reject-grounds.js';
import type { MailContext } from '../notify/queue-email.js';
import { renderRequesterLetter } from '../notify/queue-email.js';
import type { MailTicket } from '../notify/ports.js';
import type { TicketRecord } from '../tickets/ports.js';
import { deadlineOfTicket } from '../tickets/ticket-deadline-of.js';
import { canSeePersonalData, stateOf } from '../tickets/ticket-view.js';
import { clarificationClock } from './clarification-clock.js';
import { answeredByPolicy } from '../tickets/plan-edits.js';
import { fulfilmentLetter } from './decision-letters.js';
import type { DeskDeps } from './desk-deps.js';
import type { DeskActor, DeskReply } from './desk-reply.js';
import { errorReply } from './replies.js';

export async function previewDecisionLetter(
  deps: DeskDeps,
  actor: DeskActor,
  command: Extract<DeskCommand, { name: 'preview' }>,
): Promise<DeskReply> {
  const { reference, decision } = command;
  const { mail } = deps;
  if (!mail) return errorReply({ code: 'not_available_yet', command: 'preview' });
  const ticket = await deps.tickets.findByReference(reference);
  if (!ticket) return errorReply({ code: 'ticket_not_found', reference });
  const organisation = mail.organisation(ticket.organisationId);
  const terms = deps.termsOf(ticket.organisationId);
  if (!organisation || !terms)
    return errorReply({ code: 'organisation_unknown', organisationId: ticket.organisationId });
  // A message that asks for no right is rejected without a letter (see decision-letters.ts).
  if (decision.name === 'reject' && decision.reason === 'not_a_request')
    return errorReply({ code: 'decision_sends_no_letter', reference, decision: 'reject not_a_request' });

  const now = deps.now();
  // A letter on a ground the ticket's law does not provide could never be sent: refused as `reject` is.
  if (decision.name === 'reject') {
    const state = stateOf(ticket, terms, now);
    const refusal = groundRefusal(state.jurisdiction, decision.reason, state.verificationRequired === false);
    if (refusal !== null) {
      const allowed = allowedActions(state, actor.role);
      return errorReply({ status: state.status, action: 'reject', allowedActions: allowed, ...refusal });
    }
  }
  let planned: Planned;
  if (decision.name === 'clarify') {
    // The letter says the clock stops only where the decision would record it (clarification-clock.ts).
    const clock = clarificationClock(ticket, decision.scope);
    if (!clock.ok) return errorReply(clock.refusal);
    planned = { ...decision, stopsClock: clock.stopsClock };
  } else if (decision.name === 'extend') {
    // The due date the extension would set: the ticket's clock with the extension added now.
    const extension = { type: 'ticket.extended' as const, at: now.toISOString(), payload: {} };
    const clock = deadlineOfTicket({ ...ticket, events: [...ticket.events, extension] }, terms, now);
    const extendedDue = clock.ok ? clock.deadline.extendedDue : null;
    if (!extendedDue) return notForThisLaw(ticket, 'extension_notice');
    planned = { ...decision, newDeadline: extendedDue };
  } else if (decision.name === 'fulfil') {
    planned = {
      name: 'fulfil',
      kind: fulfilmentLetter(organisation.retention, ticket.types),
      systems: systemsWork(ticket.tasks, organisation.dataSystems),
      answeredByPolicy: answeredByPolicy(ticket, terms),
    };
  } else {
    planned = decision;
  }
  const build = (context: MailContext) => letterRequest(planned, context);

  const masked = !canSeePersonalData(actor.role);
  const letter = renderRequesterLetter(mail.renderer, mailTicket(ticket, masked), organisation, build, now);
  if (!letter.ok) return notForThisLaw(ticket, letter.kind);
  if (!masked)
    await deps.tickets.audit({
      type: 'ticket.personal_data_viewed',
      actor: actor.id,
      at: now,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { role: actor.role, command: 'preview' },
    });
  const { rendered, input, choice } = letter;
  return {
    kind: 'letter_preview',
    reference: ticket.reference,
    decision: decision.name,
    letter: input.template,
    jurisdiction: ticket.jurisdiction,
    language: choice.language,
    masked,
    subject: subjectWithToken(rendered.subject, ticket.reference),
    text: rendered.text,
  };
}

/** A decision with what its letter needs from the ticket: the extended due date, partial or not. */
type Planned =
  | Exclude<PreviewedDecision, { name: 'extend' | 'fulfil' | 'clarify' }>
  | { readonly name: 'clarify'; readonly question: string; readonly stopsClock: boolean }
  | { readonly name: 'extend'; readonly reason: string; readonly newDeadline: string }
  | {
      readonly name: 'fulfil';
      readonly kind: 'outcome_partial' | 'outcome_fulfilled';
      readonly systems: readonly SystemWork[];
      readonly answeredByPolicy: boolean;
    };

function letterRequest(planned: Planned, { formatDay, language }: MailContext): LetterRequest {
  switch (planned.name) {
    case 'reject':
      return {
        kind: 'outcome_rejected',
        reason: rejectionGround(planned.reason, language),
        ground: planned.reason,
      };
    case 'extend':
      return {
        kind: 'extension_notice',
        reason: planned.reason,
        newDeadline: formatDay(planned.newDeadline),
      };
    case 'fulfil':
      return planned.kind === 'outcome_fulfilled' && planned.answeredByPolicy
        ? { kind: planned.kind, details: null, systems: planned.systems, answeredByPolicy: true }
        : { kind: planned.kind, details: null, systems: planned.systems };
    case 'clarify':
      return { kind: 'clarification_request', question: planned.question, stopsClock: planned.stopsClock };
  }
}

function notForThisLaw(ticket: TicketRecord, letter: string): DeskReply {
  const { reference, jurisdiction } = ticket;
  return errorReply({ code: 'letter_not_for_this_law', reference, letter, jurisdiction });
}

/** The ticket as a letter addresses it; with the requester masked where the actor may not see them. */
function mailTicket(ticket: TicketRecord, masked: boolean): MailTicket {
  return {
    id: ticket.id,
    reference: ticket.reference,
    organisationId: ticket.organisationId,
    requesterAddress: masked ? maskAddress(ticket.requesterAddress) : ticket.requesterAddress,
    requesterName: masked ? maskName(ticket.requesterName) : ticket.requesterName,
    subject: '',
    language: ticket.language,
    jurisdiction: ticket.jurisdiction,
    status: ticket.status,
    version: ticket.version,
    flags: ticket.flags,
    types: ticket.types,
    requesterUnreachable: false,
    receivedAt: ticket.receivedAt,
    dueDate: ticket.dueDate,
    thread: [],
    lastInboundMessageId: null,
  };
}
