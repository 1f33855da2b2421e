/**
 * Remembers where each ticket's message sits in one chat (Slack: channel and ts; Discord: channel and
 * message id) and which ticket version it shows, so that chat's notifier edits that one message instead
 * of posting a new one on every change. One table for every chat, keyed by transport and reference.
 */
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import { type Db, isUniqueViolation } from './database.js';

export type ChatTransport = 'slack' | 'discord';

export function createTicketMessageStore(db: Db, transport: ChatTransport): ChannelMessageStore {
  return {
    async versions(references) {
      const rows = await db.chatTicketMessage.findMany({
        where: { transport, reference: { in: [...references] } },
        select: { reference: true, version: true },
      });
      return new Map(rows.map((r) => [r.reference, r.version]));
    },
    async find(reference) {
      const row = await db.chatTicketMessage.findUnique({
        where: { transport_reference: { transport, reference } },
      });
      return row ? { channel: row.channel, messageId: row.messageId, version: row.version } : null;
    },
    async remember(reference, posted) {
      try {
        await db.chatTicketMessage.create({
          data: {
            transport,
            reference,
            channel: posted.channel,
            messageId: posted.messageId,
            version: posted.version,
          },
        });
        return true;
      } catch (error) {
        // The unique key (transport, reference) decides between two receivers racing to post one ticket.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async advance(reference, version) {
      // A conditional update is the compare-and-set: of two concurrent changes only the newer one wins.
      const { count } = await db.chatTicketMessage.updateMany({
        where: { transport, reference, version: { lt: version } },
        data: { version },
      });
      return count === 1;
    },
  };
}
