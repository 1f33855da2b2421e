// APPENDs mail with the INTERNALDATE a server would have given it when it arrived (RFC 3501 §6.3.11), so a
// test or a bench can fill a mailbox with last year's mail: what a first start on an old mailbox finds.
import { ImapFlow, type ImapFlowOptions } from 'imapflow';

/** APPENDs `messages` to INBOX, each received at `receivedAt`, over one connection; returns the last UID. */
export async function appendReceivedAt(
  options: ImapFlowOptions,
  messages: readonly Buffer[],
  receivedAt: Date,
): Promise<number> {
  const client = new ImapFlow(options);
  await client.connect();
  try {
    let last = 0;
    // Pipelined: imapflow queues the commands, so the server's round trips overlap.
    const appended = await Promise.all(messages.map((raw) => client.append('INBOX', raw, [], receivedAt)));
    for (const result of appended) {
      if (result === false || result.uid === undefined) throw new Error('APPEND returned no UID');
      last = Math.max(last, result.uid);
    }
    return last;
  } finally {
    await client.logout();
  }
}
