/**
 * Remembers where each ticket's message sits in Slack (channel and ts) and which ticket version it
 * shows, so the notifier edits that one message instead of posting a new one on every change.
 */
import { type Db, isUniqueViolation } from '../db/database.js';

const TRANSPORT = 'slack';

export interface PostedTicketMessage {
  readonly channel: string;
  readonly ts: string;
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

export function createTicketMessageStore(db: Db): TicketMessageStore {
  return {
    async unposted(references) {
      const posted = await db.chatTicketMessage.findMany({
        where: { transport: TRANSPORT, reference: { in: [...references] } },
        select: { reference: true },
      });
      const seen = new Set(posted.map((p) => p.reference));
      return references.filter((r) => !seen.has(r));
    },
    async find(reference) {
      const row = await db.chatTicketMessage.findUnique({
        where: { transport_reference: { transport: TRANSPORT, reference } },
      });
      return row ? { channel: row.channel, ts: row.messageId, version: row.version } : null;
    },
    async remember(reference, posted) {
      try {
        await db.chatTicketMessage.create({
          data: {
            transport: TRANSPORT,
            reference,
            channel: posted.channel,
            messageId: posted.ts,
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
        where: { transport: TRANSPORT, reference, version: { lt: version } },
        data: { version },
      });
      return count === 1;
    },
  };
}
