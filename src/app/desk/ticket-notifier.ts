/**
 * The port through which the core tells chat about tickets: a new ticket is posted to its
 * organisation's triage channel, and that message is updated in place as the ticket changes. Views
 * passed here are for channels: adapters must show only `requester.masked`, never `requester.full`.
 */
import type { TicketVersion } from '../tickets/ports.js';
import type { TicketView } from './desk-reply.js';

export interface TicketNotifier {
  ticketOpened(ticket: TicketView): Promise<void>;
  ticketChanged(ticket: TicketView): Promise<void>;
  /**
   * Which of these tickets this chat shows an older version of, or no message for although their
   * organisation has a channel here: a post or an edit that failed, or was lost when the process stopped
   * before it left. Absent for chats that keep no record of their messages.
   */
  outOfDate?(tickets: readonly TicketVersion[]): Promise<readonly string[]>;
}

/** Fans one notification out to every configured chat (Slack, Discord, console); one failing does not stop the others. */
export function notifyAll(
  notifiers: readonly TicketNotifier[],
  onError: (error: unknown) => void,
): TicketNotifier {
  const each = async (send: (n: TicketNotifier) => Promise<void>) => {
    const results = await Promise.allSettled(notifiers.map(send));
    for (const r of results) if (r.status === 'rejected') onError(r.reason);
  };
  return {
    ticketOpened: (ticket) => each((n) => n.ticketOpened(ticket)),
    ticketChanged: (ticket) => each((n) => n.ticketChanged(ticket)),
  };
}
