/**
 * Plans a lifecycle change (verify, approve, reject, extend, fulfil, change of law): `decide` checks the
 * role and the status, then the new deadline is computed from the events including this one, so the
 * stored due date and the audit event always agree.
 */
import { createHash } from 'node:crypto';
import { decide, type TicketCommand } from '../../domain/tickets/lifecycle.js';
import { isClosed, type StaffRole } from '../../domain/tickets/vocabulary.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { DeskError } from '../desk/desk-error.js';
import type { OrganisationTerms } from './organisation-terms.js';
import type { Plan, TicketChange, TicketFields, TicketRecord } from './ports.js';
import { deadlineOfTicket, dueColumns } from './ticket-deadline-of.js';
import { stateOf } from './ticket-view.js';

export interface ChangeContext {
  readonly actor: { readonly id: string; readonly role: StaffRole };
  readonly at: Date;
  readonly terms: OrganisationTerms;
}

/** Free text goes into its own row; the audit event carries its SHA-256, so an edit is still detectable. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function draftFor(
  ticket: TicketRecord,
  context: ChangeContext,
  type: AuditDraft['type'],
  payload: AuditDraft['payload'],
): AuditDraft {
  return {
    type,
    actor: context.actor.id,
    at: context.at,
    ticketId: ticket.id,
    ticketReference: ticket.reference,
    payload,
  };
}

export function planLifecycle(
  ticket: TicketRecord,
  command: TicketCommand,
  context: ChangeContext,
  extra: {
    readonly payload?: Readonly<Record<string, string | number | boolean | null>>;
    readonly note?: string | null;
  } = {},
): Plan<DeskError> {
  const decision = decide(
    stateOf(ticket, context.terms, context.at),
    command,
    context.actor,
    context.at.toISOString(),
  );
  if (!decision.ok) return { ok: false, refusal: decision.error };
  const { state } = decision;
  const note = extra.note ?? null;
  const payload = {
    ...decision.event.payload,
    ...extra.payload,
    ...(note !== null ? { noteSha256: textDigest(note) } : {}),
  };
  const event = { ...decision.event, payload };
  const due = dueColumns(
    deadlineOfTicket({ ...ticket, events: [...ticket.events, event] }, context.terms, context.at),
  );
  const fields: TicketFields = {
    status: state.status,
    jurisdiction: state.jurisdiction,
    extended: state.extended,
    rejectionReason: state.rejectionReason,
    ...due,
    ...(state.status === 'verified' && ticket.status !== 'verified' ? { verifiedAt: context.at } : {}),
    ...(isClosed(state.status) ? { closedAt: context.at } : {}),
  };
  const change: TicketChange = {
    fields,
    ...(note !== null ? { note: { actor: context.actor.id, text: note, at: context.at } } : {}),
    events: [draftFor(ticket, context, event.type, payload)],
  };
  return { ok: true, change };
}
