/**
 * The Prisma side of requester replies in chat threads (issue 15): the replies of the past week whose
 * ticket has a channel message in a chat, less those that chat already shows, and the claim ledger
 * (`ChatReplyPost`, unique per chat and reply: posted on its own, or told in a summary line).
 */
import type { OthersShown, RequesterReplyLedger } from '../../app/desk/requester-replies.js';
import { replySenderOf } from '../../domain/desk/requester-reply-text.js';
import { isBacklog } from '../../domain/intake/backlog.js';
import type { Prisma } from '../../../generated/sqlite/client.js';
import type { Db } from './database.js';

const PAGE = 1000;
const REPLY_FIELDS = {
  id: true,
  bodyText: true,
  fromAddress: true,
  senderUnauthenticated: true,
  receivedAt: true,
  rawMessage: { select: { mailboxId: true, mailbox: { select: { addedAt: true } } } },
  ticket: { select: { reference: true, requesterName: true, requesterAddress: true } },
} as const;
type ReplyRow = Prisma.TicketMessageGetPayload<{ select: typeof REPLY_FIELDS }>;

export function createChatReplyLedger(db: Db): RequesterReplyLedger {
  return {
    async unposted(transport, { since, references, claimedBefore }) {
      // Page by id: replies a chat already shows stay in the window for a week, and a first page full of
      // them must not hide the newer ones a resync is for.
      const found: Awaited<ReturnType<typeof unpostedPage>> = [];
      for (let after = 0; found.length < PAGE;) {
        const page = await db.ticketMessage.findMany({
          where: {
            kind: 'reply',
            direction: 'inbound',
            receivedAt: { gte: since },
            id: { gt: after },
            ...(references ? { ticket: { reference: { in: [...references] } } } : {}),
          },
          orderBy: { id: 'asc' },
          take: PAGE,
          select: REPLY_FIELDS,
        });
        if (page.length === 0) break;
        found.push(...(await unpostedPage(page)));
        if (page.length < PAGE) break;
        after = page[page.length - 1]!.id;
      }
      return found;

      async function unpostedPage(replies: ReplyRow[]) {
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
      }
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
