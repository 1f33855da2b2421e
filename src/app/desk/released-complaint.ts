/**
 * A held automatic complaint acknowledgement (DPA 2018 s. 164A(3)) that staff release acknowledges the
 * complaint when it is queued: `ticket.complaint_acknowledged` is recorded then, by who released it, with
 * whether the release came after the last day. Once: a complaint already acknowledged records nothing more.
 */
import {
  acknowledgedLate,
  complaintAcknowledgementDue,
} from '../../domain/deadlines/complaint-acknowledgement.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import type { AuditDraft } from '../audit/audit-draft.js';
import type { SettledEmail } from '../notify/held-mail.js';
import { COMPLAINT_LETTER, complaintFactsOf } from '../tickets/complaint-facts.js';
import type { TicketRecord } from '../tickets/ports.js';

/** `zone`: the organisation's time zone, or null (days in UTC). */
export function releasedComplaintAcknowledgement(
  ticket: TicketRecord,
  released: readonly SettledEmail[],
  actor: string,
  at: Date,
  zone: string | null,
): AuditDraft[] {
  if (!released.some((e) => e.template === COMPLAINT_LETTER)) return [];
  const facts = complaintFactsOf(ticket, zone);
  if (facts.acknowledgedOn !== null) return [];
  const due = complaintAcknowledgementDue(facts.jurisdiction, facts.flags, facts.receivedOn);
  if (due === null) return [];
  const today = (zone ? localDateOf(at.toISOString(), zone) : null) ?? at.toISOString().slice(0, 10);
  const late = acknowledgedLate({ ...facts, acknowledgedOn: today });
  return [
    {
      type: 'ticket.complaint_acknowledged',
      actor,
      at,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { due, late, automatic: true },
    },
  ];
}
