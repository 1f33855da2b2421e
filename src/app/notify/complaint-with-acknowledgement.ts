/**
 * DPA 2018 s. 164A(3), where the organisation's file says so (`complaints.acknowledge:
 * with_request_acknowledgement`): intake acknowledges a UK complaint with the request's acknowledgement,
 * in the same transaction, as an automatic letter held when that one is (a forged sender), and records
 * `ticket.complaint_acknowledged` once it is queued. Otherwise (the default) staff decide.
 */
import {
  complaintAcknowledgementDue,
  complaintRefusal,
} from '../../domain/deadlines/complaint-acknowledgement.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import type { MailTicket, NotifyDeps, OutboxTransaction } from './ports.js';
import { queueRequesterEmail } from './queue-email.js';

export async function acknowledgeComplaintWithRequest(
  tx: OutboxTransaction,
  deps: NotifyDeps,
  ticket: MailTicket,
  hold: string | null,
): Promise<void> {
  const organisation = deps.organisation(ticket.organisationId);
  if (organisation?.complaintAcknowledgement !== 'with_request_acknowledgement') return;
  const receivedOn = localDateOf(ticket.receivedAt.toISOString(), organisation.timezone);
  const facts = { ...ticket, receivedOn, acknowledgedOn: null, outcome: null };
  if (complaintRefusal(facts, 'acknowledge') !== null) return;
  const queued = await queueRequesterEmail(tx, deps, {
    ticket,
    automatic: true,
    actor: 'intake',
    hold,
    build: ({ formatDate }) => ({
      kind: 'complaint_acknowledgement',
      receivedDate: formatDate(ticket.receivedAt),
    }),
  });
  if (queued.kind !== 'queued') return;
  const due = complaintAcknowledgementDue(ticket.jurisdiction, ticket.flags, receivedOn);
  await tx.recordAudit([
    {
      type: 'ticket.complaint_acknowledged',
      actor: 'intake',
      at: deps.now(),
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: { due, late: false, automatic: true },
    },
  ]);
}
