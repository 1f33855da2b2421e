/**
 * Requester replies in the chats' ticket threads (issue 15, item 3), wired: posted in the background
 * after intake commits a reply (a slow chat never holds intake back), and compared again by the
 * timers' resync for what a failed or interrupted post left behind.
 */
import { createChatReplyLedger } from './adapters/db/chat-reply-store.js';
import type { Db } from './adapters/db/database.js';
import type { Logger } from './adapters/log/logger.js';
import { postRequesterReplies } from './app/desk/requester-replies.js';
import type { TicketThreadPoster } from './app/desk/ticket-threads.js';
import { createSerialQueue } from './app/serial-queue.js';

/** Replies older than this are history: an imported archive is not replayed into the chats. */
const WINDOW_MS = 7 * 24 * 3_600_000;

export interface RequesterReplies {
  /** Queues posting the new replies of these tickets; returns at once. */
  postFor(references: readonly string[]): void;
  /** Posts every reply of the past week that a chat does not show yet; returns how many. */
  resync(): Promise<number>;
  /** Resolves once every queued post is done (tests; before the database closes). */
  idle(): Promise<void>;
}

export function composeRequesterReplies(deps: {
  readonly db: Db;
  readonly threads: readonly TicketThreadPoster[];
  readonly log: Logger;
  /** Whether a mailbox posts its backlog one by one (issue 17). */
  readonly announcesBacklog: (mailboxId: string) => boolean;
  /** `CHAT_OTHER_REPLY_POSTS_PER_HOUR`. */
  readonly otherPostsPerHour: number;
}): RequesterReplies {
  const queue = createSerialQueue();
  const post = {
    ledger: createChatReplyLedger(deps.db),
    threads: deps.threads,
    now: () => new Date(),
    announcesBacklog: deps.announcesBacklog,
    otherPostsPerHour: deps.otherPostsPerHour,
    onError: (error: unknown, reference: string) =>
      deps.log.warn({ err: error, reference }, "a requester's reply was not posted to chat"),
  };
  const since = () => new Date(Date.now() - WINDOW_MS);
  return {
    postFor(references) {
      if (deps.threads.length === 0 || references.length === 0) return;
      queue
        .run(() => postRequesterReplies(post, { since: since(), references }))
        .catch((error: unknown) => deps.log.error({ err: error }, 'posting requester replies failed'));
    },
    resync: () =>
      deps.threads.length === 0
        ? Promise.resolve(0)
        : queue.run(() => postRequesterReplies(post, { since: since(), references: null })),
    idle: () => queue.idle(),
  };
}
