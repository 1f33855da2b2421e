/**
 * The Prisma side of the sender loop's export delivery (issue 15): which delivery an outgoing letter or
 * password email belongs to, with the files it carries, and the `export.sent` audit event once the letter
 * has left, committed with the files' `sentAt`.
 */
import { z } from 'zod';
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { DeliveryOfEmail, ExportSenderStore } from '../../app/delivery/ports.js';
import { appendAuditEvents } from './audit-store.js';
import type { Db, DbProvider } from './database.js';
import { isVerified } from './export-store.js';

const Form = z.enum(['attachments', 'zip_aes']);

export function createExportSenderStore(db: Db, provider: DbProvider): ExportSenderStore {
  return {
    async deliveryOf(messageId): Promise<DeliveryOfEmail | null> {
      const delivery = await db.exportDelivery.findFirst({
        where: { OR: [{ letterMessageId: messageId }, { passwordMessageId: messageId }] },
      });
      if (!delivery) return null;
      const [ticket, letter, files] = await Promise.all([
        db.ticket.findUniqueOrThrow({
          where: { id: delivery.ticketId },
          select: { reference: true, requesterAddress: true },
        }),
        db.outboundEmail.findUnique({
          where: { messageId: delivery.letterMessageId },
          select: { status: true },
        }),
        db.ticketExport.findMany({
          where: { letterMessageId: delivery.letterMessageId },
          orderBy: { id: 'asc' },
          select: { id: true, fileName: true, contentType: true, sha256: true, content: true },
        }),
      ]);
      return {
        role: delivery.letterMessageId === messageId ? 'letter' : 'password',
        ticketId: delivery.ticketId,
        ticketReference: ticket.reference,
        form: Form.parse(delivery.form),
        sealedPassword: delivery.sealedPassword,
        letterMessageId: delivery.letterMessageId,
        letterStatus: letter?.status ?? 'failed',
        requesterAddress: ticket.requesterAddress,
        verified: await isVerified(db, delivery.ticketId),
        files: files.map((f) => ({ ...f, content: f.content ? new Uint8Array(f.content) : null })),
      };
    },
    async letterSent(letterMessageId, at) {
      await db.$transaction(async (tx) => {
        const rows = await tx.ticketExport.findMany({
          where: { letterMessageId, sentAt: null },
          select: { id: true, ticketId: true, sha256: true, size: true },
        });
        if (rows.length === 0) return;
        await tx.ticketExport.updateMany({ where: { letterMessageId, sentAt: null }, data: { sentAt: at } });
        const ticket = await tx.ticket.findUniqueOrThrow({
          where: { id: rows[0]!.ticketId },
          select: { id: true, reference: true },
        });
        const event: AuditDraft = {
          type: 'export.sent',
          actor: 'system',
          at,
          ticketId: ticket.id,
          ticketReference: ticket.reference,
          payload: {
            letterMessageId,
            exports: rows.map((r) => ({ exportId: r.id, sha256: r.sha256, size: r.size })),
          },
        };
        await appendAuditEvents(tx, provider, [event]);
      });
    },
    async forgetPassword(letterMessageId) {
      await db.exportDelivery.updateMany({ where: { letterMessageId }, data: { sealedPassword: null } });
    },
  };
}
