/**
 * Turns a stored ticket into the views the desk shows: the full view (personal data only for roles that
 * may see it, GDPR Art. 5(1)(f) need-to-know), the channel view (always masked) and the list summary.
 */
import { complaintDeskLine, complaintOutcomeLine } from '../../domain/deadlines/complaint-acknowledgement.js';
import { checkRepeatRequest } from '../../domain/deadlines/free-requests.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import { allowedActions, type TicketState } from '../../domain/tickets/lifecycle.js';
import { needsIdentityCheck } from '../../domain/tickets/identity-check.js';
import { appealOf } from '../../domain/tickets/ticket-deadline.js';
import { STAFF_ROLES, type StaffRole } from '../../domain/tickets/vocabulary.js';
import { maskAddress, maskAddressesIn } from '../../domain/redaction.js';
import type { TicketSummary, TicketView } from '../desk/desk-reply.js';
import type { OrganisationTerms } from './organisation-terms.js';
import type { EarlierRequest, TicketListItem, TicketRecord } from './ports.js';
import { complaintFactsOf } from './complaint-facts.js';
import { deadlineOfTicket } from './ticket-deadline-of.js';

/** Agents and above handle requests, so they see who asked; viewers (e.g. managers) see masked data. */
export function canSeePersonalData(role: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('agent');
}

/**
 * The lifecycle's view of a stored ticket. With the organisation's terms, the clock as of `now` too, so
 * an extension notified after the first period is refused.
 */
export function stateOf(
  ticket: TicketRecord,
  terms: OrganisationTerms | null = null,
  now?: Date,
): TicketState {
  const deadline = terms && now ? deadlineOfTicket(ticket, terms, now) : null;
  const today = terms && now ? localDateOf(now.toISOString(), terms.zone) : null;
  return {
    id: ticket.reference,
    status: ticket.status,
    version: ticket.version,
    jurisdiction: ticket.jurisdiction,
    extended: ticket.extended,
    rejectionReason: ticket.rejectionReason,
    appeal: appealOf(ticket.events),
    verificationRequired: needsIdentityCheck(ticket.types),
    clock: deadline?.ok && today ? { today, firstPeriodEnds: deadline.deadline.due } : null,
    receivedOn: terms ? localDateOf(ticket.receivedAt.toISOString(), terms.zone) : null,
  };
}

/** `role` null: the channel view, for everyone in the channel. */
export function ticketView(
  ticket: TicketRecord,
  role: StaffRole | null,
  terms: OrganisationTerms | null,
  now: Date,
): TicketView {
  const deadline = terms ? deadlineOfTicket(ticket, terms, now) : null;
  const due = deadline?.ok ? (deadline.deadline.extendedDue ?? deadline.deadline.due) : ticket.dueDate;
  const state = stateOf(ticket, terms, now);
  const complaint = complaintFactsOf(ticket, terms?.zone ?? null);
  const today = terms ? localDateOf(now.toISOString(), terms.zone) : now.toISOString().slice(0, 10);
  return {
    reference: ticket.reference,
    organisationId: ticket.organisationId,
    status: ticket.status,
    types: ticket.types,
    language: ticket.language,
    confidence: ticket.confidence,
    reasons: role !== null && canSeePersonalData(role) ? ticket.classifierReasons : [],
    needsTriage: ticket.needsTriage,
    jurisdiction: ticket.jurisdiction,
    jurisdictionBasis: lawBasisOf(ticket),
    due,
    deadlineExplanation: deadline?.ok ? deadline.deadline.explanation : null,
    complaintAcknowledgement: complaintDeskLine(complaint, today),
    complaintOutcome: complaintOutcomeLine(complaint),
    assignee: ticket.assignee,
    requester: {
      masked: maskAddress(ticket.requesterAddress),
      full:
        role !== null && canSeePersonalData(role)
          ? { address: addressOf(ticket), name: ticket.requesterName }
          : null,
    },
    flags: ticket.flags,
    allowedActions: role === null ? [] : allowedActions(state, role),
    stateActions: allowedActions(state, 'admin'),
    version: ticket.version,
    linked: ticket.links,
    // An SMTP error can quote the recipient's address: masked, as everything a channel may show.
    emails: ticket.emails.map(({ template, status, reason }) => ({
      template,
      status,
      reason: reason === null ? null : maskAddressesIn(reason),
    })),
    recipients: ticket.recipients.map(({ position, ...line }) => ({ line: position, ...line })),
    tasks: taskViews(ticket, role, terms),
  };
}

/** The ticket's tasks with their systems' names and owners; staff notes only for a person's own view. */
function taskViews(
  ticket: TicketRecord,
  role: StaffRole | null,
  terms: OrganisationTerms | null,
): NonNullable<TicketView['tasks']> {
  const systems = new Map((terms?.dataSystems ?? []).map((s) => [s.id, s]));
  return ticket.tasks.map((task) => {
    const system = systems.get(task.system);
    return {
      ...task,
      systemName: system?.name ?? task.system,
      owner: system?.owner ?? null,
      note: role === null ? null : task.note,
    };
  });
}

/** The latest reason for the ticket's law: a change by staff, else the evidence it opened under. */
/** The email address, else (a request entered by hand, by post) the postal address. */
function addressOf(ticket: TicketRecord): string {
  if (ticket.requesterAddress !== '' || !ticket.requesterPostalAddress) return ticket.requesterAddress;
  return `by post: ${ticket.requesterPostalAddress}`;
}

function lawBasisOf(ticket: TicketRecord): string | null {
  const changed = ticket.events.findLast((e) => e.type === 'ticket.jurisdiction_changed');
  if (changed) return `changed by staff: ${String(changed.payload.reason ?? '')}`;
  const chosen = ticket.events.find((e) => e.type === 'ticket.jurisdiction_chosen');
  return typeof chosen?.payload.cue === 'string' ? chosen.payload.cue : null;
}

/** The repeat-request panel (GDPR Art. 12(5), CCPA §1798.130(b), VA/TX twice a year, CT once). */
export function repeatOf(ticket: TicketRecord, earlier: readonly EarlierRequest[]): TicketView['repeat'] {
  if (earlier.length === 0) return undefined;
  const check = checkRepeatRequest(
    ticket.jurisdiction,
    ticket.receivedAt.toISOString(),
    earlier.map((e) => e.receivedAt.toISOString()),
  );
  if ('code' in check) return undefined;
  return {
    earlier: earlier.map((e) => ({
      reference: e.reference,
      receivedOn: e.receivedAt.toISOString().slice(0, 10),
      status: e.status,
    })),
    verdict: check.verdict,
    rule: check.rule,
  };
}

export function ticketSummary(item: TicketListItem): TicketSummary {
  return {
    reference: item.reference,
    organisationId: item.organisationId,
    status: item.status,
    types: item.types,
    due: item.dueDate,
    needsTriage: item.needsTriage,
    assignee: item.assignee,
  };
}
