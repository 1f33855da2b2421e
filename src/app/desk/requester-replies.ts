/**
 * A requester's emailed reply shown in its ticket's chat thread (issue 15, item 3), in every chat where
 * the ticket has a channel message, redacted as channel messages are. Each reply is claimed in a ledger
 * before it is posted, so it is posted once per chat however many processes run this: after intake
 * commits a reply, and again in the periodic resync for anything a failed or interrupted post left.
 */
import { type ReplySender, requesterReplyNotice } from '../../domain/desk/requester-reply-text.js';
import type { TicketThreadPoster } from './ticket-threads.js';

export interface RequesterReply {
  readonly ticketMessageId: number;
  readonly reference: string;
  readonly text: string;
  readonly requesterName: string;
  /**
   * Who sent it: a stranger can thread a reply by the request's Message-ID, or forge the requester's From
   * (then our receiving server's verdict, stored at intake, says so).
   */
  readonly sender: ReplySender;
  /** The mailbox that held it before it was added to Rightsdesk (backlog, issue 17); else null. */
  readonly backlogOf: string | null;
}

export interface RequesterReplyLedger {
  /**
   * Replies received at or after `since` (of these tickets, when given) whose ticket has a channel
   * message in `transport`, and which are neither posted there nor claimed after `claimedBefore`.
   */
  unposted(
    transport: string,
    scope: {
      readonly since: Date;
      readonly references: readonly string[] | null;
      readonly claimedBefore: Date;
    },
  ): Promise<RequesterReply[]>;
  /** Claims the post; false when another process holds a fresh claim or posted it. */
  claim(transport: string, ticketMessageId: number, at: Date, claimedBefore: Date): Promise<boolean>;
  posted(transport: string, ticketMessageId: number): Promise<void>;
  release(transport: string, ticketMessageId: number): Promise<void>;
}

export interface RequesterReplyDeps {
  readonly ledger: RequesterReplyLedger;
  readonly threads: readonly TicketThreadPoster[];
  readonly now: () => Date;
  /** Whether the mailbox posts its backlog one by one (`imap.backlog.announce`, issue 17). */
  readonly announcesBacklog: (mailboxId: string) => boolean;
  /** A post that failed (it is tried again at the next resync); the reference only. */
  readonly onError: (error: unknown, reference: string) => void;
}

/** A claim older than this is taken to belong to a process that stopped mid-post. */
export const STALE_CLAIM_MS = 10 * 60_000;

/** Posts the replies in scope to every chat that does not show them yet; returns how many were posted. */
export async function postRequesterReplies(
  deps: RequesterReplyDeps,
  scope: { readonly since: Date; readonly references: readonly string[] | null },
): Promise<number> {
  let count = 0;
  for (const thread of deps.threads) {
    const now = deps.now();
    const claimedBefore = new Date(now.getTime() - STALE_CLAIM_MS);
    const replies = await deps.ledger.unposted(thread.transport, { ...scope, claimedBefore });
    for (const reply of replies) {
      // Backlog its mailbox keeps quiet is counted in the catch-up's summary, never posted one by one.
      if (reply.backlogOf !== null && !deps.announcesBacklog(reply.backlogOf)) continue;
      if (!(await deps.ledger.claim(thread.transport, reply.ticketMessageId, now, claimedBefore))) continue;
      try {
        const text = requesterReplyNotice(reply.reference, reply.text, reply.requesterName, reply.sender);
        if (await thread.postUnderMessage(reply.reference, text)) {
          await deps.ledger.posted(thread.transport, reply.ticketMessageId);
          count += 1;
        } else await deps.ledger.release(thread.transport, reply.ticketMessageId);
      } catch (error) {
        await deps.ledger.release(thread.transport, reply.ticketMessageId);
        deps.onError(error, reply.reference);
      }
    }
  }
  return count;
}
