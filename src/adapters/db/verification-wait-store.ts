/**
 * The Prisma side of the verification wait (issue 15, item 4): tickets awaiting verification with their
 * latest code, and the requester reminders in the reminder ledger (kind `verification`, keyed by the
 * day the code was sent), whose unique key makes a reminder claimed once across processes.
 */
import type { VerificationWaitStore } from '../../app/verify/verification-wait-pass.js';
import { isJurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import { waitReminderKey } from '../../domain/verification/verification-wait.js';
import type { Db } from './database.js';

const KIND = 'verification';

export function createVerificationWaitStore(db: Db): VerificationWaitStore {
  return {
    async awaiting(organisationId, afterId, limit) {
      const tickets = await db.ticket.findMany({
        where: { organisationId, status: 'awaiting_verification', id: { gt: afterId } },
        orderBy: { id: 'asc' },
        take: limit,
        select: { id: true, reference: true, jurisdiction: true, dueDate: true },
      });
      if (tickets.length === 0) return [];
      const codes = await db.verificationCode.findMany({
        where: { ticketId: { in: tickets.map((t) => t.id) } },
        orderBy: { id: 'desc' },
        select: { id: true, ticketId: true, createdAt: true },
      });
      const latest = new Map<number, { id: number; sentAt: Date }>();
      for (const c of codes)
        if (!latest.has(c.ticketId)) latest.set(c.ticketId, { id: c.id, sentAt: c.createdAt });
      return tickets.flatMap((t) =>
        isJurisdictionId(t.jurisdiction)
          ? [{ ...t, jurisdiction: t.jurisdiction, latestCode: latest.get(t.id) ?? null }]
          : [],
      );
    },
    async reminded(ticketIds) {
      if (ticketIds.length === 0) return new Set();
      const rows = await db.ticketReminder.findMany({
        where: { ticketId: { in: [...ticketIds] }, kind: KIND },
        select: { ticketId: true, onDay: true },
      });
      return new Set(rows.map((r) => waitReminderKey(r.ticketId, r.onDay)));
    },
    async claimReminder(ticketId, askedOn, at) {
      try {
        await db.ticketReminder.create({ data: { ticketId, kind: KIND, onDay: askedOn, sentAt: at } });
        return true;
      } catch (error) {
        // P2002: another process claimed it between our read and this write; it sends it.
        if ((error as { code?: unknown }).code === 'P2002') return false;
        throw error;
      }
    },
    async releaseReminder(ticketId, askedOn) {
      await db.ticketReminder.deleteMany({ where: { ticketId, kind: KIND, onDay: askedOn } });
    },
  };
}
