/**
 * A large message read in windows (imapflow's download stream) straight into one buffer of the size
 * the server announced. A plain FETCH of the source gathers the literal in socket-sized pieces and
 * joins them, so a message near INTAKE_MAX_MESSAGE_BYTES was twice in memory at that moment; here it
 * is there once, plus one window (issue 17).
 */
import type { ImapFlow } from 'imapflow';

/** Messages over this are downloaded in windows; smaller ones come with the batch's one FETCH. */
export const LARGE_MESSAGE_BYTES = 1024 * 1024;
/** One window: a few round trips for the largest message, and a bounded piece in memory. */
const WINDOW_BYTES = 1024 * 1024;

/** The message's bytes, or null when it is gone from the mailbox. */
export async function downloadLarge(
  client: ImapFlow,
  uid: number,
  announcedSize: number,
): Promise<Buffer | null> {
  const { content } = await client.download(String(uid), undefined, { uid: true, chunkSize: WINDOW_BYTES });
  if (!content) return null;
  let bytes = Buffer.allocUnsafe(announcedSize);
  let length = 0;
  for await (const piece of content as AsyncIterable<Buffer>) {
    // RFC822.SIZE is the server's count and may be off: a longer message still arrives whole, never cut.
    if (length + piece.length > bytes.length)
      bytes = Buffer.concat([bytes.subarray(0, length)], 2 * (length + piece.length));
    piece.copy(bytes, length);
    length += piece.length;
  }
  return bytes.subarray(0, length);
}
