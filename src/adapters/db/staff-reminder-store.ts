/** The Prisma side of the reminders pass: open tickets due by a horizon, and the reminder ledger. */
import type { StaffReminderStore } from '../../app/fulfilment/remind-staff.js';
import { reminderKey } from '../../domain/fulfilment/staff-reminders.js';
import { OPEN_STATUSES } from '../../domain/tickets/vocabulary.js';
import type { Db } from './database.js';

export function createStaffReminderStore(db: Db): StaffReminderStore {
  return {
    async dueBy(organisationId, dueBy, afterId, limit) {
      const rows = await db.ticket.findMany({
        where: {
          id: { gt: afterId },
          status: { in: [...OPEN_STATUSES] },
          dueAt: { lte: dueBy },
          organisationId,
        },
        orderBy: { id: 'asc' },
        take: limit,
        select: { id: true, reference: true, dueDate: true, status: true },
      });
      return rows.flatMap((r) =>
        r.dueDate ? [{ id: r.id, reference: r.reference, dueDate: r.dueDate, status: r.status }] : [],
      );
    },
    async sent(ticketIds) {
      if (ticketIds.length === 0) return new Set();
      const rows = await db.ticketReminder.findMany({
        where: { ticketId: { in: [...ticketIds] } },
        select: { ticketId: true, kind: true, onDay: true },
      });
      return new Set(rows.map((r) => reminderKey({ kind: r.kind, ticketId: r.ticketId, key: r.onDay })));
    },
    async claim(reminders, at) {
      try {
        await db.ticketReminder.createMany({
          data: reminders.map((r) => ({ ticketId: r.ticketId, kind: r.kind, onDay: r.key, sentAt: at })),
        });
        return [...reminders];
      } catch (error) {
        // P2002: another process claimed some of them between our read and this write; it posts them.
        if ((error as { code?: unknown }).code === 'P2002') return [];
        throw error;
      }
    },
  };
}
