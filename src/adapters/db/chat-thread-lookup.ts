/**
 * Which ticket a chat message belongs to, from the channel messages the notifiers posted: a Slack
 * thread's parent (channel and ts), a Discord thread or reply's starter message (its id; a thread started
 * from a message has that message's id).
 */
import type { ExportSource } from '../../app/delivery/ports.js';
import type { Db } from './database.js';

export function ticketOfChatMessage(db: Db) {
  return async (source: ExportSource, messageId: string, channel: string | null): Promise<string | null> => {
    if (source === 'cli') return null;
    const row = await db.chatTicketMessage.findFirst({
      where: { transport: source, messageId, ...(channel !== null ? { channel } : {}) },
      select: { reference: true },
    });
    return row?.reference ?? null;
  };
}
