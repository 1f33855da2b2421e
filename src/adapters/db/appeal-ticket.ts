/**
 * Writes an appeal ticket inside a ticket change's transaction: a new ticket for the original's
 * requester, organisation, law and types, received now on the appeal clock, linked to the original
 * (`appeal`), with the `ticket.appeal_opened` event that names who decided the original.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import { APPEAL_LINK } from '../../app/tickets/plan-appeal.js';
import type { AppealOpening, TicketRecord } from '../../app/tickets/ports.js';
import type { Tx } from './audit-store.js';
import { Flags } from './ticket-columns.js';

export async function openAppealTicket(
  tx: Tx,
  original: TicketRecord,
  opening: AppealOpening,
  audit: AuditDraft[],
): Promise<{ id: number; reference: string }> {
  const row = await tx.ticket.findUniqueOrThrow({
    where: { id: original.id },
    select: { subject: true, flags: true },
  });
  // A race for the number fails on the unique index and rolls the whole change back.
  const { _max } = await tx.ticket.aggregate({ _max: { number: true } });
  const number = (_max.number ?? 1000) + 1;
  const created = await tx.ticket.create({
    data: {
      number,
      reference: `RD-${number}`,
      organisationId: original.organisationId,
      requesterAddress: original.requesterAddress,
      requesterName: original.requesterName,
      subject: row.subject,
      flags: [...new Set([...Flags.parse(row.flags ?? []), ...opening.flags])],
      types: [...original.types],
      language: original.language,
      jurisdiction: original.jurisdiction,
      receivedAt: opening.receivedAt,
      dueAt: opening.dueAt,
      dueDate: opening.dueDate,
    },
    select: { id: true, reference: true },
  });
  await tx.ticketLink.create({
    data: { fromTicketId: original.id, toTicketId: created.id, kind: APPEAL_LINK },
    select: { id: true },
  });
  if (opening.note !== null) {
    await tx.ticketNote.create({
      data: { ticketId: created.id, actor: opening.actor, text: opening.note, createdAt: opening.openedAt },
      select: { id: true },
    });
  }
  audit.push({
    type: 'ticket.appeal_opened',
    actor: opening.actor,
    at: opening.openedAt,
    ticketId: created.id,
    ticketReference: created.reference,
    payload: { appealOf: original.reference, decidedBy: opening.decidedBy },
  });
  return created;
}
