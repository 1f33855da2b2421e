/**
 * Reads one ticket with the rows the desk shows and the lifecycle decides on: its latest classifier
 * verdict, the Art. 19 recipient checklist, the fulfilment tasks, the tickets linked to it, the deadline
 * events and the emails to the requester. Inside a change it runs on the transaction's one connection.
 */
import type { TicketRecord } from '../../app/tickets/ports.js';
import type { Tx } from './audit-store.js';
import type { Db } from './database.js';
import {
  DEADLINE_EVENT_TYPES,
  DeadlineEventType,
  EmailStatus,
  EventPayload,
  Flags,
  Jurisdiction,
  Outcome,
  Reasons,
  Rejection,
  Status,
  Types,
} from './ticket-columns.js';
import { TaskActionColumn, TaskRight, TaskStatusColumn } from './task-rows.js';

/**
 * The ticket's related rows, one query after another. One `include` of several relations makes Prisma's
 * query interpreter send their queries at once; in an interactive transaction they all go to the same
 * PostgreSQL connection, which node-postgres then queues itself, with a deprecation warning (its 9.0
 * refuses such a call outright). Awaiting each query keeps a connection to one query at a time.
 */
async function relatedRows(tx: Tx | Db, ticketId: number) {
  const classification = await tx.classification.findFirst({
    where: { ticketId, source: 'classifier' },
    orderBy: { id: 'desc' },
    select: { confidence: true, reasons: true },
  });
  const recipientChecks = await tx.recipientCheck.findMany({
    where: { ticketId },
    orderBy: { position: 'asc' },
  });
  const tasks = await tx.task.findMany({ where: { ticketId }, orderBy: { id: 'asc' } });
  const linksFrom = await tx.ticketLink.findMany({
    where: { fromTicketId: ticketId },
    select: { kind: true, to: { select: { reference: true } } },
  });
  const linksTo = await tx.ticketLink.findMany({
    where: { toTicketId: ticketId },
    select: { kind: true, from: { select: { reference: true } } },
  });
  const events = await tx.auditEvent.findMany({
    where: { ticketId, type: { in: [...DEADLINE_EVENT_TYPES] } },
    orderBy: { seq: 'asc' },
    select: { type: true, at: true, actor: true, payload: true },
  });
  const emails = await tx.outboundEmail.findMany({
    where: { ticketId },
    orderBy: { id: 'asc' },
    select: { template: true, status: true, statusReason: true, queuedAt: true },
  });
  return { classification, recipientChecks, tasks, linksFrom, linksTo, events, emails };
}

export async function readTicket(tx: Tx | Db, reference: string): Promise<TicketRecord | null> {
  const row = await tx.ticket.findUnique({ where: { reference } });
  if (!row) return null;
  const { classification, recipientChecks, tasks, linksFrom, linksTo, events, emails } = await relatedRows(
    tx,
    row.id,
  );
  return {
    id: row.id,
    reference: row.reference,
    organisationId: row.organisationId,
    requesterAddress: row.requesterAddress,
    requesterName: row.requesterName,
    requesterPostalAddress: row.requesterPostalAddress,
    status: Status.parse(row.status),
    version: row.version,
    jurisdiction: Jurisdiction.parse(row.jurisdiction),
    extended: row.extended,
    rejectionReason: Rejection.parse(row.rejectionReason),
    assignee: row.assignee,
    types: Types.parse(row.types),
    language: row.language,
    confidence: classification?.confidence ?? null,
    classifierReasons: Reasons.parse(classification?.reasons ?? []),
    needsTriage: row.needsTriage,
    flags: Flags.parse(row.flags),
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    events: events.map((e) => ({
      type: DeadlineEventType.parse(e.type),
      at: e.at.toISOString(),
      actor: e.actor,
      payload: EventPayload.parse(JSON.parse(e.payload)),
    })),
    recipients: recipientChecks.map((r) => ({
      position: r.position,
      recipient: r.recipient,
      role: r.role,
      outcome: Outcome.parse(r.outcome),
      note: r.note,
    })),
    tasks: tasks.map((t) => ({
      system: t.system,
      right: TaskRight.parse(t.right),
      action: TaskActionColumn.parse(t.action),
      status: TaskStatusColumn.parse(t.status),
      note: t.note,
      openedInVersion: t.openedInVersion,
    })),
    links: [
      ...linksFrom.map((l) => ({ reference: l.to.reference, kind: l.kind })),
      ...linksTo.map((l) => ({ reference: l.from.reference, kind: l.kind })),
    ],
    emails: emails.map((e) => ({
      template: e.template,
      status: EmailStatus.parse(e.status),
      reason: e.statusReason,
      queuedAt: e.queuedAt,
    })),
  };
}
