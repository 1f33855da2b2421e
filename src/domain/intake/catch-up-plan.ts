/**
 * Plans an IMAP catch-up from the stored checkpoint (UIDVALIDITY + last UID) and what the server
 * reports, and cuts the new messages into batches. The database checkpoint, not the \Seen flag, is
 * the record of what was ingested (mail read in webmail is not lost, nothing is re-imported).
 */

export interface StoredCheckpoint {
  readonly uidValidity: string | null;
  readonly lastUid: bigint;
}

export interface CatchUpPlan {
  /** First UID to fetch. */
  readonly fromUid: bigint;
  /** UIDVALIDITY changed: UIDs are meaningless, every message is read again and deduplicated. */
  readonly rescan: boolean;
  readonly uidValidity: string | null;
}

/**
 * RFC 3501 §2.3.1.1: UIDs are valid only together with the mailbox's UIDVALIDITY. The server's cached
 * UIDNEXT is not consulted: it goes stale on a selected mailbox, and a fetch of `N:*` is cheap anyway.
 */
export function planCatchUp(stored: StoredCheckpoint, server: { uidValidity: string | null }): CatchUpPlan {
  // UIDVALIDITY may be absent (imapflow warns so); then a change cannot be seen and the UIDs are trusted.
  const changed = stored.uidValidity !== null && server.uidValidity !== stored.uidValidity;
  return { fromUid: (changed ? 0n : stored.lastUid) + 1n, rescan: changed, uidValidity: server.uidValidity };
}

/** RFC 3501 §6.4.8: `N:*` always includes the last message even when N is past it, so filter. */
export function newUids<T extends { readonly uid: number }>(messages: readonly T[], fromUid: bigint): T[] {
  return messages.filter((m) => BigInt(m.uid) >= fromUid).sort((a, b) => a.uid - b.uid);
}

/** Batches of at most `maxCount` messages and about `maxBytes` (a single larger message gets a batch of its own). */
export function batchBySize<T extends { readonly size: number }>(
  messages: readonly T[],
  maxCount: number,
  maxBytes: number,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const message of messages) {
    if (current.length > 0 && (current.length >= maxCount || bytes + message.size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += message.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
