// Baseline for the intake benchmark: how fast plain imapflow can pull every message source out of a
// mailbox, with no parsing or database work, so intake figures can be read as a fraction of this.
import { ImapFlow, type ImapFlowOptions } from 'imapflow';

export interface RawFetchOptions {
  imapOptions: ImapFlowOptions;
  mailbox: string;
  /** UIDs per FETCH command; bounded so one command never buffers the whole mailbox. */
  batchSize?: number;
}

export interface RawFetchRate {
  messages: number;
  /** Sum of the raw RFC 5322 sources received. */
  bytes: number;
  /** Wall time of the FETCH commands only; connecting and SELECT are excluded. */
  seconds: number;
}

/** FETCHes `UID n:m (UID BODY.PEEK[])` range by range over the whole mailbox and times it. */
export async function rawFetchRate({
  imapOptions,
  mailbox,
  batchSize = 500,
}: RawFetchOptions): Promise<RawFetchRate> {
  const client = new ImapFlow({ ...imapOptions, logger: false });
  await client.connect();
  try {
    const lock = await client.getMailboxLock(mailbox, { readOnly: true });
    try {
      const selected = client.mailbox;
      if (selected === false) throw new Error(`mailbox ${mailbox} is not selected`);
      let messages = 0;
      let bytes = 0;
      const started = performance.now();
      // UID ranges rather than sequence numbers, as intake does: ranges stay valid if mail arrives meanwhile.
      for (let first = 1; first < selected.uidNext; first += batchSize) {
        const last = Math.min(first + batchSize - 1, selected.uidNext - 1);
        for await (const message of client.fetch(
          `${first}:${last}`,
          { uid: true, source: true },
          { uid: true },
        )) {
          if (message.source === undefined)
            throw new Error(`UID ${message.uid} came back without its source`);
          messages += 1;
          bytes += message.source.length;
        }
      }
      return { messages, bytes, seconds: (performance.now() - started) / 1000 };
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}
