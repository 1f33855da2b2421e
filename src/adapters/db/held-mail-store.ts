/**
 * The Prisma side of settling held mail: the ticket's capped emails become queued (from now and due now, so
 * the sender loop takes them on its next pass) or failed, each update conditional on the row still being
 * capped, in one transaction with the audit events.
 */
import type { HeldMailStore, SettledEmail } from '../../app/notify/held-mail.js';
import { appendAuditEvents } from './audit-store.js';
import type { Db, DbProvider } from './database.js';

export function createHeldMailStore(db: Db, provider: DbProvider): HeldMailStore {
  return {
    settleHeld: (reference, settlement) =>
      db.$transaction(async (tx) => {
        const ticket = await tx.ticket.findFirst({
          where: { reference: reference.toUpperCase() },
          select: { id: true, reference: true },
        });
        if (!ticket) return null;
        const held = await tx.outboundEmail.findMany({
          where: { ticketId: ticket.id, status: 'capped' },
          orderBy: { id: 'asc' },
        });
        const settled: SettledEmail[] = [];
        for (const email of held) {
          const { count } = await tx.outboundEmail.updateMany({
            where: { id: email.id, status: 'capped' },
            data: {
              status: settlement.status,
              statusReason: settlement.statusReason,
              // Released, it is queued from now: its retry window (OUTBOX_GIVE_UP_HOURS) counts from the
              // release, not from the day it was held.
              ...(settlement.status === 'queued'
                ? { nextAttemptAt: settlement.at, queuedAt: settlement.at }
                : {}),
            },
          });
          if (count !== 1) continue;
          settled.push({ messageId: email.messageId, template: email.template });
          if (settlement.status === 'queued')
            await tx.ticketMessage.create({
              data: {
                ticketId: ticket.id,
                direction: 'outbound',
                kind: email.template,
                messageId: email.messageId,
                fromAddress: email.fromAddress,
                subject: email.subject,
                bodyText: email.bodyText,
                receivedAt: settlement.at,
              },
              select: { id: true },
            });
        }
        if (settled.length > 0) await appendAuditEvents(tx, provider, [...settlement.audit(ticket, settled)]);
        return settled.length;
      }),
  };
}
