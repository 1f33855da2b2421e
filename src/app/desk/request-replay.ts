/**
 * Admits a signed chat request (a Slack command or click, a Discord HTTP interaction) only once, and
 * only near its own timestamp. A signature proves who sent a request, not that it is being sent for the
 * first time: whoever captures a valid `/rights approve …` could send it again. So a request is refused
 * when its timestamp differs from now by more than 5 minutes either way (Slack's and Discord's documented
 * window; Bolt itself refuses only the old ones), and when its (timestamp, signature) pair was already
 * admitted within that window, by this process or any other sharing the database.
 */
import { createHash } from 'node:crypto';

/** How far a request's timestamp may be from now, in either direction. */
export const REQUEST_WINDOW_SECONDS = 5 * 60;

export type ChatTransport = 'slack' | 'discord';

export type RequestRefusal = 'bad_timestamp' | 'too_old' | 'from_the_future' | 'replayed';
export type RequestVerdict =
  { readonly admitted: true } | { readonly admitted: false; readonly code: RequestRefusal };

/** The record of requests admitted recently, shared by every process on one database. */
export interface SeenRequests {
  /**
   * Records `key` until `expiresAt` (unix seconds); false when it was already recorded. Rows whose
   * `expiresAt` is before `now` may be dropped on the way.
   */
  remember(key: string, expiresAt: number, now: number): Promise<boolean>;
}

export interface ReplayGuard {
  /** Call only after the signature has been checked, so forged requests never reach the shared record. */
  admit(transport: ChatTransport, timestamp: string, signature: string): Promise<RequestVerdict>;
}

export function createReplayGuard(deps: {
  readonly seen: SeenRequests;
  readonly now: () => number;
}): ReplayGuard {
  return {
    async admit(transport, timestamp, signature) {
      if (!/^\d{1,12}$/.test(timestamp)) return { admitted: false, code: 'bad_timestamp' };
      const at = Number(timestamp);
      const now = Math.floor(deps.now() / 1000);
      if (at < now - REQUEST_WINDOW_SECONDS) return { admitted: false, code: 'too_old' };
      if (at > now + REQUEST_WINDOW_SECONDS) return { admitted: false, code: 'from_the_future' };
      // Hashed to a fixed length: an Ed25519 signature is 128 hex characters, Slack's 67.
      const key = `${transport}:${createHash('sha256').update(`${timestamp}:${signature}`).digest('hex')}`;
      const first = await deps.seen.remember(key, at + REQUEST_WINDOW_SECONDS, now);
      return first ? { admitted: true } : { admitted: false, code: 'replayed' };
    },
  };
}
