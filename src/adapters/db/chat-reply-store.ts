/**
 * The Prisma side of requester replies in chat threads (issue 15): the replies of the past week whose
 * ticket has a channel message in a chat, less those that chat already shows, and the claim ledger
 * (`ChatReplyPost`, unique per chat and reply: posted on its own, or told in a summary line).
 */
import type { OthersShown, RequesterReplyLedger } from '../../app/desk/requester-replies.js';
import { replySenderOf } from '../../domain/desk/requester-reply-text.js';
import { isBacklog } from '../../domain/intake/backlog.js';
import type { Db } from './database.js';

export function createChatReplyLedger(db: Db): RequesterReplyLedger {
  return {
    async unposted(transport, { since, references, claimedBefore }) {
      const replies = await db.ticketMessage.findMany({
        where: {
          kind: 'reply',
          direction: 'inbound',
          receivedAt: { gte: since },
          ...(references ? { ticket: { reference: { in: [...references] } } } : {}),
        },
        orderBy: { id: 'asc' },
        take: 1000,
        select: {
          id: true,
          bodyText: true,
          fromAddress: true,
          senderUnauthenticated: true,
          receivedAt: true,
          rawMessage: { select: { mailboxId: true, mailbox: { select: { addedAt: true } } } },
          ticket: { select: { reference: true, requesterName: true, requesterAddress: true } },
        },
      });
      if (replies.length === 0) return [];
      const ids = replies.map((r) => r.id);
      const taken = new Set(
        (
          await db.chatReplyPost.findMany({
            where: {
              transport,
              ticketMessageId: { in: ids },
              OR: [{ status: 'posted' }, { claimedAt: { gte: claimedBefore } }],
            },
            select: { ticketMessageId: true },
          })
        ).map((r) => r.ticketMessageId),
      );
      const shown = new Set(
        (
          await db.chatTicketMessage.findMany({
            where: { transport, reference: { in: [...new Set(replies.map((r) => r.ticket.reference))] } },
            select: { reference: true },
          })
        ).map((m) => m.reference),
      );
      return replies
        .filter((r) => !taken.has(r.id) && shown.has(r.ticket.reference))
        .map((r) => ({
          ticketMessageId: r.id,
          reference: r.ticket.reference,
          text: r.bodyText ?? '',
          requesterName: r.ticket.requesterName,
          sender: replySenderOf(r.fromAddress, r.ticket.requesterAddress, r.senderUnauthenticated),
          backlogOf:
            r.rawMessage && isBacklog(r.receivedAt, r.rawMessage.mailbox.addedAt)
              ? r.rawMessage.mailboxId
              : null,
        }));
    },
    async claim(transport, ticketMessageId, at, claimedBefore) {
      try {
        await db.chatReplyPost.create({
          data: { transport, ticketMessageId, status: 'posting', claimedAt: at },
        });
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'P2002') throw error;
      }
      // A claim left by a process that stopped mid-post: the first to move its time takes it over.
      const taken = await db.chatReplyPost.updateMany({
        where: { transport, ticketMessageId, status: 'posting', claimedAt: { lt: claimedBefore } },
        data: { claimedAt: at },
      });
      return taken.count === 1;
    },
    async posted(transport, ticketMessageId, as = 'posted') {
      await db.chatReplyPost.updateMany({
        where: { transport, ticketMessageId },
        data: { status: as },
      });
    },
    async othersShownSince(transport, references, since) {
      const claims = await db.chatReplyPost.findMany({
        where: { transport, claimedAt: { gte: since } },
        select: { ticketMessageId: true, status: true },
      });
      if (claims.length === 0) return new Map();
      const replies = await db.ticketMessage.findMany({
        where: {
          id: { in: claims.map((c) => c.ticketMessageId) },
          ticket: { reference: { in: [...references] } },
        },
        select: {
          id: true,
          fromAddress: true,
          senderUnauthenticated: true,
          ticket: { select: { reference: true, requesterAddress: true } },
        },
      });
      const statusOf = new Map(claims.map((c) => [c.ticketMessageId, c.status]));
      const shown = new Map<string, OthersShown>();
      for (const r of replies) {
        if (replySenderOf(r.fromAddress, r.ticket.requesterAddress, r.senderUnauthenticated) === 'requester')
          continue;
        const sofar = shown.get(r.ticket.reference) ?? { posts: 0, summarised: false };
        const summarised = statusOf.get(r.id) === 'summarised';
        shown.set(r.ticket.reference, {
          posts: sofar.posts + (summarised ? 0 : 1),
          summarised: sofar.summarised || summarised,
        });
      }
      return shown;
    },
    async release(transport, ticketMessageId) {
      await db.chatReplyPost.deleteMany({ where: { transport, ticketMessageId, status: 'posting' } });
    },
  };
}
