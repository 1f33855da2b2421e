/**
 * The Prisma implementation of the retention purge: finds tickets a rule has reached that still hold
 * data, and nulls raw message bytes, message bodies and attachment contents in one transaction with
 * the `data.purged` audit event. Rows stay (headers, sizes, Message-IDs), so threading still works.
 */
import type { AuditDraft } from '../../app/audit/audit-draft.js';
import type { PurgeCounts, PurgeStore } from '../../app/tickets/purge-retention.js';
import type { PurgeRule } from '../../app/tickets/organisation-terms.js';
import { appendAuditEvents } from './audit-store.js';
import type { Db, DbProvider } from './database.js';

const CLOSED = ['fulfilled', 'rejected', 'withdrawn'];

/** `verified` rules remove what the requester sent while proving identity: replies up to verification. */
function messageScope(rule: PurgeRule, verifiedAt: Date | null) {
  return rule.after === 'verified' ? { kind: 'reply', receivedAt: { lte: verifiedAt ?? new Date(0) } } : {};
}

export function createPurgeStore(db: Db, provider: DbProvider): PurgeStore {
  return {
    async candidates(organisationId, rule, cutoff, afterId, limit) {
      const holds = [
        ...(rule.remove.includes('raw_messages')
          ? rule.after === 'closed'
            ? [{ rawMessages: { some: { raw: { not: null } } } }]
            : [{ messages: { some: { kind: 'reply', rawMessage: { is: { raw: { not: null } } } } } }]
          : []),
        ...(rule.remove.includes('bodies')
          ? [{ messages: { some: { ...messageScope(rule, null), bodyText: { not: null } } } }]
          : []),
        ...(rule.remove.includes('attachments')
          ? [
              {
                messages: {
                  some: {
                    ...(rule.after === 'verified' ? { kind: 'reply' } : {}),
                    attachments: { some: { content: { not: null } } },
                  },
                },
              },
            ]
          : []),
      ];
      if (holds.length === 0) return [];
      const reached =
        rule.after === 'closed'
          ? { status: { in: CLOSED }, closedAt: { lte: cutoff } }
          : { verifiedAt: { lte: cutoff } };
      return db.ticket.findMany({
        where: { id: { gt: afterId }, organisationId, ...reached, OR: holds },
        orderBy: { id: 'asc' },
        take: limit,
        select: { id: true, reference: true },
      });
    },
    async purgeTicket(ticketId, rule, eventFor: (counts: PurgeCounts) => AuditDraft | null) {
      return db.$transaction(async (tx) => {
        const ticket = await tx.ticket.findUniqueOrThrow({
          where: { id: ticketId },
          select: { verifiedAt: true },
        });
        const scope = messageScope(rule, ticket.verifiedAt);
        const messages = await tx.ticketMessage.findMany({
          where: { ticketId, ...scope },
          select: { id: true, rawMessageId: true },
        });
        const ids = messages.map((m) => m.id);
        const rawIds = messages.map((m) => m.rawMessageId).filter((id): id is number => id !== null);
        const counts: PurgeCounts = {
          rawMessages:
            rule.remove.includes('raw_messages') && rule.after === 'closed'
              ? (
                  await tx.rawMessage.updateMany({
                    where: { ticketId, raw: { not: null } },
                    data: { raw: null },
                  })
                ).count
              : rule.remove.includes('raw_messages')
                ? (
                    await tx.rawMessage.updateMany({
                      where: { id: { in: rawIds }, raw: { not: null } },
                      data: { raw: null },
                    })
                  ).count
                : 0,
          bodies: rule.remove.includes('bodies')
            ? (
                await tx.ticketMessage.updateMany({
                  where: { id: { in: ids }, bodyText: { not: null } },
                  data: { bodyText: null },
                })
              ).count
            : 0,
          attachments: rule.remove.includes('attachments')
            ? (
                await tx.attachment.updateMany({
                  where: { ticketMessageId: { in: ids }, content: { not: null } },
                  data: { content: null, omittedReason: `purged by retention rule ${rule.name}` },
                })
              ).count
            : 0,
        };
        const event = eventFor(counts);
        if (event) await appendAuditEvents(tx, provider, [event]);
        return counts;
      });
    },
  };
}
