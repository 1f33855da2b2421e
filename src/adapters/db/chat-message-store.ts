/**
 * Remembers where each ticket's message sits in one chat (Slack: channel and ts; Discord: channel and
 * message id) and which ticket version it shows, so that chat's notifier edits that one message instead
 * of posting a new one on every change. One table for every chat, keyed by transport and reference.
 */
import { type Db, isUniqueViolation } from './database.js';

export type ChatTransport = 'slack' | 'discord';

export interface PostedTicketMessage {
  readonly channel: string;
  /** The chat's id of the message (a Slack ts, a Discord snowflake). */
  readonly messageId: string;
  readonly version: number;
}

export interface TicketMessageStore {
  find(reference: string): Promise<PostedTicketMessage | null>;
  /** Records a newly posted message; false when another process posted one for the ticket first. */
  remember(reference: string, posted: PostedTicketMessage): Promise<boolean>;
  /** Records that the message now shows `version`; false when it already shows that or a newer one. */
  advance(reference: string, version: number): Promise<boolean>;
  /** The references among these with no message posted. */
  unposted(references: readonly string[]): Promise<string[]>;
}

export function createTicketMessageStore(db: Db, transport: ChatTransport): TicketMessageStore {
  return {
    async unposted(references) {
      const posted = await db.chatTicketMessage.findMany({
        where: { transport, reference: { in: [...references] } },
        select: { reference: true },
      });
      const seen = new Set(posted.map((p) => p.reference));
      return references.filter((r) => !seen.has(r));
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
