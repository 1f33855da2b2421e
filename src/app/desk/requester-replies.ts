/**
 * A requester's emailed reply shown in its ticket's chat thread (issue 15, item 3), in every chat where
 * the ticket has a channel message, redacted as channel messages are. Each reply is claimed in a ledger
 * before it is posted, so it is posted once per chat however many processes run this: after intake
 * commits a reply, and again in the periodic resync for anything a failed or interrupted post left.
 * Replies not shown to be the requester's are posted one by one up to a cap per ticket and hour; the rest
 * are told in one summary line (a flood of a stranger's mail threaded on a ticket would otherwise queue a
 * post each behind the chat's rate limit). Every reply is still stored and shown by `show`.
 */
import {
  otherRepliesSummary,
  type ReplySender,
  requesterReplyNotice,
} from '../../domain/desk/requester-reply-text.js';
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
  /** Marks a claimed reply posted on its own, or told in a summary line (`summarised`). */
  posted(transport: string, ticketMessageId: number, as?: 'posted' | 'summarised'): Promise<void>;
  release(transport: string, ticketMessageId: number): Promise<void>;
  /**
   * Per ticket reference, the replies not from the requester claimed in `transport` at or after `since`:
   * how many were posted (or are being posted) one by one, and whether any was told in a summary line.
   */
  othersShownSince(
    transport: string,
    references: readonly string[],
    since: Date,
  ): Promise<ReadonlyMap<string, OthersShown>>;
}

export interface OthersShown {
  readonly posts: number;
  readonly summarised: boolean;
}

export interface RequesterReplyDeps {
  readonly ledger: RequesterReplyLedger;
  readonly threads: readonly TicketThreadPoster[];
  readonly now: () => Date;
  /** Whether the mailbox posts its backlog one by one (`imap.backlog.announce`, issue 17). */
  readonly announcesBacklog: (mailboxId: string) => boolean;
  /** A post that failed (it is tried again at the next resync); the reference only. */
  readonly onError: (error: unknown, reference: string) => void;
  /** Replies not from the requester posted one by one per ticket, chat and hour (`CHAT_OTHER_REPLY_POSTS_PER_HOUR`). */
  readonly otherPostsPerHour: number;
}

/** The window of `otherPostsPerHour`. */
export const OTHER_POSTS_WINDOW_MS = 3_600_000;

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
    const replies = (await deps.ledger.unposted(thread.transport, { ...scope, claimedBefore })).filter(
      // Backlog its mailbox keeps quiet is counted in the catch-up's summary, never posted one by one.
      (reply) => reply.backlogOf === null || deps.announcesBacklog(reply.backlogOf),
    );
    const others = [...new Set(replies.filter(isOthers).map((r) => r.reference))];
    const shown = new Map(
      others.length === 0
        ? []
        : await deps.ledger.othersShownSince(
            thread.transport,
            others,
            new Date(now.getTime() - OTHER_POSTS_WINDOW_MS),
          ),
    );
    /** Replies over the cap, by ticket reference: told in one summary line each after the others. */
    const held = new Map<string, RequesterReply[]>();
    const post = async (ids: readonly number[], reference: string, text: string) => {
      try {
        if (await thread.postUnderMessage(reference, text)) return true;
      } catch (error) {
        deps.onError(error, reference);
      }
      for (const id of ids) await deps.ledger.release(thread.transport, id);
      return false;
    };
    for (const reply of replies) {
      const sofar = shown.get(reply.reference) ?? { posts: 0, summarised: false };
      if (isOthers(reply) && sofar.posts >= deps.otherPostsPerHour) {
        const group = held.get(reply.reference) ?? [];
        group.push(reply);
        held.set(reply.reference, group);
        continue;
      }
      if (!(await deps.ledger.claim(thread.transport, reply.ticketMessageId, now, claimedBefore))) continue;
      if (isOthers(reply)) shown.set(reply.reference, { ...sofar, posts: sofar.posts + 1 });
      const text = requesterReplyNotice(reply.reference, reply.text, reply.requesterName, reply.sender);
      if (await post([reply.ticketMessageId], reply.reference, text)) {
        await deps.ledger.posted(thread.transport, reply.ticketMessageId);
        count += 1;
      }
    }
    for (const [reference, group] of held) {
      // One summary line per ticket and hour: what arrives after it waits for the next hour's.
      if (shown.get(reference)?.summarised) continue;
      const claimed: RequesterReply[] = [];
      for (const reply of group)
        if (await deps.ledger.claim(thread.transport, reply.ticketMessageId, now, claimedBefore))
          claimed.push(reply);
      if (claimed.length === 0) continue;
      const ids = claimed.map((r) => r.ticketMessageId);
      const text = otherRepliesSummary(
        reference,
        claimed.map((r) => r.sender),
      );
      if (await post(ids, reference, text))
        for (const id of ids) await deps.ledger.posted(thread.transport, id, 'summarised');
    }
  }
  return count;
}

const isOthers = (reply: RequesterReply) => reply.sender !== 'requester';
