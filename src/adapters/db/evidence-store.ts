/**
 * Reads what an evidence pack shows beyond the ticket view: the ticket's audit events as chained (with
 * their hashes), its outbound letters with their Message-IDs, its verification record and its fulfilment tasks.
 */
import type { JsonValue } from '../../domain/audit/canonical-json.js';
import type { EvidenceRecords } from '../../app/evidence/evidence-pack-of.js';
import type { Db } from './database.js';

function parsePayload(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

export async function readEvidenceRecords(
  db: Db,
  ticketId: number,
  reference: string,
): Promise<EvidenceRecords> {
  const [ticket, events, letters, verifications, tasks] = await Promise.all([
    db.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { verifiedAt: true, closedAt: true } }),
    db.auditEvent.findMany({ where: { ticketReference: reference }, orderBy: { seq: 'asc' } }),
    db.outboundEmail.findMany({ where: { ticketId }, orderBy: { id: 'asc' } }),
    db.verificationEvent.findMany({ where: { ticketId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    db.task.findMany({ where: { ticketId }, orderBy: { id: 'asc' } }),
  ]);
  return {
    verifiedAt: ticket.verifiedAt?.toISOString() ?? null,
    closedAt: ticket.closedAt?.toISOString() ?? null,
    events: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actor: e.actor,
      type: e.type,
      ticketId: e.ticketReference,
      payload: parsePayload(e.payload),
      prevHash: e.prevHash,
      hash: e.hash,
    })),
    letters: letters.map((l) => ({
      template: l.template,
      messageId: l.messageId,
      toAddress: l.toAddress,
      status: l.status,
      statusReason: l.statusReason,
      queuedAt: l.queuedAt.toISOString(),
      sentAt: l.sentAt?.toISOString() ?? null,
    })),
    verifications: verifications.map((v) => ({
      at: v.at.toISOString(),
      kind: v.kind,
      outcome: v.outcome,
      method: v.method,
      actor: v.actor,
    })),
    tasks: tasks.map((t) => ({
      system: t.system,
      right: t.right,
      action: t.action,
      status: t.status,
      note: t.note,
      actor: t.actor,
      openedAt: t.openedAt.toISOString(),
      settledAt: t.settledAt?.toISOString() ?? null,
    })),
  };
}
