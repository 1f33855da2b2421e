/**
 * The Prisma side of export delivery (issue 15): attached files with their SHA-256 (bytes in
 * `TicketExport.content` until removed) and their binding to the outcome letter in the fulfil transaction
 * (the sender loop's lookups: export-sender-store.ts). Every removal and every audit event commits with its change.
 */
import { z } from 'zod';
import type { ExportSource, ExportStore, ExportTransaction, StoredExport } from '../../app/delivery/ports.js';
import { APPEAL_LINK } from '../../app/tickets/plan-appeal.js';
import { CLOSED_STATUSES, TICKET_STATUSES } from '../../domain/tickets/vocabulary.js';
import { appendAuditEvents, type Tx } from './audit-store.js';
import type { Db, DbProvider } from './database.js';

const Source = z.enum(['cli', 'slack', 'discord']);
const Status = z.enum(TICKET_STATUSES);

const SUMMARY = {
  id: true,
  ticketId: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  source: true,
  attachedBy: true,
  attachedAt: true,
  letterMessageId: true,
  sentAt: true,
} as const;

type SummaryRow = {
  id: number;
  ticketId: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  source: string;
  attachedBy: string;
  attachedAt: Date;
  letterMessageId: string | null;
  sentAt: Date | null;
};

function stored(row: SummaryRow): StoredExport {
  return { ...row, source: Source.parse(row.source) as ExportSource };
}

export function createExportStore(db: Db, provider: DbProvider): ExportStore {
  return {
    async ticket(reference) {
      const row = await db.ticket.findUnique({
        where: { reference },
        select: { id: true, reference: true, organisationId: true, status: true },
      });
      return row ? { ...row, status: Status.parse(row.status) } : null;
    },
    async attach(file, event) {
      return db.$transaction(async (tx) => {
        const row = await tx.ticketExport.create({
          data: { ...file, size: file.content.byteLength, content: Buffer.from(file.content) },
          select: SUMMARY,
        });
        const result = stored(row);
        await appendAuditEvents(tx, provider, [event(result)]);
        return result;
      });
    },
    async list(ticketId) {
      const rows = await db.ticketExport.findMany({
        where: { ticketId, removedAt: null },
        orderBy: { id: 'asc' },
        select: SUMMARY,
      });
      return rows.map(stored);
    },
    async remove(exportId, reason, event) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.ticketExport.updateMany({
          where: { id: exportId, removedAt: null },
          data: { content: null, removedAt: event.at, removedReason: reason },
        });
        if (count === 0) return false;
        await forgetPasswordsOf(tx, exportId);
        await appendAuditEvents(tx, provider, [event]);
        return true;
      });
    },
    async expired(organisationId, cutoff, limit, afterId) {
      const rows = await db.ticketExport.findMany({
        where: {
          organisationId,
          id: { gt: afterId },
          removedAt: null,
          OR: [{ sentAt: { lte: cutoff } }, { sentAt: null, letterMessageId: null }],
        },
        orderBy: { id: 'asc' },
        take: limit * 4,
        select: SUMMARY,
      });
      if (rows.length === 0) return [];
      const tickets = await db.ticket.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.ticketId))] } },
        select: { id: true, reference: true, status: true, closedAt: true },
      });
      const byId = new Map(tickets.map((t) => [t.id, t]));
      // Unsent: only once its ticket closed without sending it (rejected, withdrawn) that long ago.
      return rows
        .filter((r) => {
          if (r.sentAt !== null) return true;
          const t = byId.get(r.ticketId);
          return (
            !!t &&
            (CLOSED_STATUSES as readonly string[]).includes(t.status) &&
            !!t.closedAt &&
            t.closedAt <= cutoff
          );
        })
        .slice(0, limit)
        .map((r) => ({ ...stored(r), ticketReference: byId.get(r.ticketId)?.reference ?? '' }));
    },
  };
}

/** A removed export's archive password has nothing left to open. */
async function forgetPasswordsOf(tx: Tx, exportId: number): Promise<void> {
  const row = await tx.ticketExport.findUnique({
    where: { id: exportId },
    select: { letterMessageId: true },
  });
  if (row?.letterMessageId)
    await tx.exportDelivery.updateMany({
      where: { letterMessageId: row.letterMessageId },
      data: { sealedPassword: null },
    });
}

/** Whether the ticket's requester proved their identity, on it or on the ticket it appeals. */
export async function isVerified(tx: Tx | Db, ticketId: number): Promise<boolean> {
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { verifiedAt: true } });
  if (ticket?.verifiedAt) return true;
  // An appeal carries no identity check of its own: the requester proved it on the ticket appealed.
  const appealed = await tx.ticketLink.findFirst({
    where: { toTicketId: ticketId, kind: APPEAL_LINK },
    select: { from: { select: { verifiedAt: true } } },
  });
  return (appealed?.from.verifiedAt ?? null) !== null;
}

export function exportTransaction(tx: Tx): ExportTransaction {
  return {
    async exportsToDeliver(ticketId) {
      const rows = await tx.ticketExport.findMany({
        where: { ticketId, removedAt: null, letterMessageId: null },
        orderBy: { id: 'asc' },
        select: SUMMARY,
      });
      if (rows.length === 0) return { verified: false, exports: [] };
      return { verified: await isVerified(tx, ticketId), exports: rows.map(stored) };
    },
    async recordExportDelivery(delivery) {
      await tx.exportDelivery.create({
        data: {
          ticketId: delivery.ticketId,
          letterMessageId: delivery.letterMessageId,
          passwordMessageId: delivery.passwordMessageId,
          form: delivery.form,
          sealedPassword: delivery.sealedPassword,
          createdAt: delivery.at,
        },
        select: { id: true },
      });
      await tx.ticketExport.updateMany({
        where: { id: { in: [...delivery.exportIds] } },
        data: { letterMessageId: delivery.letterMessageId },
      });
    },
  };
}
