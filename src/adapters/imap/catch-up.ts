/**
 * One IMAP catch-up pass over a mailbox: fetch by UID after the stored checkpoint, check sizes before
 * downloading bodies, ingest in batches (each committed with its checkpoint), then tidy up on the
 * server. Triggered by connect, by `exists` events and by a timer alike.
 */
import type { ImapFlow } from 'imapflow';
import type { Logger } from '../../adapters/log/logger.js';
import { ingestBatch } from '../../app/intake/ingest-batch.js';
import type { IntakeDeps } from '../../app/intake/intake-deps.js';
import type { IncomingMessage, MailboxRef } from '../../app/intake/ports.js';
import type { ImapConfig } from '../../config/organisation-schema.js';
import type { BacklogTally } from '../../domain/intake/backlog.js';
import { batchBySize, newUids, planCatchUp } from '../../domain/intake/catch-up-plan.js';
import type { MailboxStateStore } from '../db/mailbox-state.js';
import { downloadLarge, LARGE_MESSAGE_BYTES } from './download-large.js';
import { PROGRESS_EVERY, startProgress } from './progress-log.js';
import { collect, withTimeout } from './timeout.js';

export interface CatchUpContext {
  readonly mailbox: MailboxRef;
  readonly imap: Pick<ImapConfig, 'folder' | 'afterIngest' | 'backlog'>;
  readonly state: MailboxStateStore;
  readonly intake: IntakeDeps;
  readonly batchSize: number;
  readonly maxBatchBytes: number;
  /** Over this RFC822.SIZE only the headers are downloaded and stored, with a record. */
  readonly maxMessageBytes: number;
  readonly stepTimeoutMs: number;
  readonly log: Logger;
  /**
   * Told once at the end of a pass that ingested backlog mail its mailbox does not announce one by one
   * (issue 17), to post one summary instead. It must not reject.
   */
  readonly backlogCaughtUp?: (
    mailbox: MailboxRef,
    tally: BacklogTally,
    handling: { readonly acknowledged: boolean },
  ) => Promise<void>;
}

interface MessageMeta {
  readonly uid: number;
  readonly size: number;
  readonly internalDate: Date | null;
}

/** Returns the number of messages handed to intake. */
export async function catchUp(client: ImapFlow, ctx: CatchUpContext): Promise<number> {
  const step = <T>(work: Promise<T>, name: string) => withTimeout(work, ctx.stepTimeoutMs, name);
  const lock = await step(client.getMailboxLock(ctx.imap.folder), 'select mailbox');
  try {
    // A selected mailbox learns of new mail only when a command lets the server report it (RFC 3501 §5.2).
    await step(client.noop(), 'noop');
    const box = client.mailbox;
    if (!box) throw new Error(`mailbox ${ctx.imap.folder} is not open`);
    const uidValidity = box.uidValidity ? box.uidValidity.toString() : null;
    const plan = planCatchUp(await ctx.state.checkpoint(ctx.mailbox.mailboxId), { uidValidity });
    if (plan.rescan)
      ctx.log.warn(
        { mailbox: ctx.mailbox.mailboxId, uidValidity },
        'UIDVALIDITY changed: rescanning the mailbox',
      );

    const fresh = await listNewMessages(client, plan.fromUid, step);
    const backlog = { ...ctx.imap.backlog, addedAt: await ctx.state.addedAt(ctx.mailbox.mailboxId) };
    const progress = await startProgress(
      { mailboxId: ctx.mailbox.mailboxId, state: ctx.state, log: ctx.log },
      fresh.length,
    );
    let handed = 0;
    const batches = batchBySize(fresh, ctx.batchSize, ctx.maxBatchBytes);
    const fetchBatch = (i: number) => {
      const pending = download(client, batches[i]!, plan.uidValidity, ctx, step);
      // Awaited in its turn; until then a failure must not surface as an unhandled rejection.
      pending.catch(() => undefined);
      return pending;
    };
    // The next batch downloads while this one is stored (imapflow queues commands, and none runs inside
    // a fetch iteration): the server's time overlaps ours. At most two batches are held at once.
    let next = batches.length > 0 ? fetchBatch(0) : null;
    for (const [i, batch] of batches.entries()) {
      const messages = await next!;
      next = i + 1 < batches.length ? fetchBatch(i + 1) : null;
      const lastUid = BigInt(batch.at(-1)!.uid);
      await ingestBatch(
        {
          target: ctx.mailbox,
          sourceLabel: ctx.mailbox.mailboxId,
          messages,
          checkpoint: { mailboxId: ctx.mailbox.mailboxId, uidValidity: plan.uidValidity, lastUid },
          rescan: plan.rescan,
          quarantineFailures: true,
          backlog,
        },
        ctx.intake,
      );
      handed += messages.length;
      if ((i + 1) % Math.ceil(PROGRESS_EVERY / ctx.batchSize) === 0) await progress?.report(handed);
      await tidyUp(
        client,
        batch.map((m) => m.uid),
        ctx,
        step,
      );
    }
    await progress?.end(handed);
    await summariseBacklog(ctx);
    return handed;
  } finally {
    lock.release();
  }
}

/**
 * The backlog every pass since the last summary ingested (counted with each batch's commit, so a pass a
 * crash cut short is told by the one that finishes it), in one summary, then no longer pending.
 */
async function summariseBacklog(ctx: CatchUpContext): Promise<void> {
  const { mailboxId } = ctx.mailbox;
  const tally = await ctx.state.unsummarisedBacklog(mailboxId);
  if (tally.messages === 0) return;
  ctx.log.info({ mailbox: mailboxId, ...tally, ...ctx.imap.backlog }, 'caught up backlog mail');
  if (!ctx.imap.backlog.announce)
    await ctx.backlogCaughtUp?.(ctx.mailbox, tally, { acknowledged: ctx.imap.backlog.acknowledge });
  await ctx.state.backlogSummarised(mailboxId, tally);
}

/**
 * UID, size and INTERNALDATE of each message from `fromUid` on. imapflow's objects are dropped here, so a
 * first start listing 50,000 messages holds only these three values of each for the rest of the pass.
 */
async function listNewMessages(
  client: ImapFlow,
  fromUid: bigint,
  step: <T>(work: Promise<T>, name: string) => Promise<T>,
): Promise<MessageMeta[]> {
  const listed = await step(
    collect(client.fetch(`${fromUid}:*`, { uid: true, size: true, internalDate: true }, { uid: true })),
    'list new messages',
  );
  return newUids(listed.map(toMeta), fromUid);
}

function toMeta(m: {
  uid: number;
  size?: number | undefined;
  internalDate?: Date | string | undefined;
}): MessageMeta {
  const date = m.internalDate === undefined ? null : new Date(m.internalDate);
  return { uid: m.uid, size: m.size ?? 0, internalDate: date && !Number.isNaN(date.getTime()) ? date : null };
}

async function download(
  client: ImapFlow,
  batch: readonly MessageMeta[],
  uidValidity: string | null,
  ctx: CatchUpContext,
  step: <T>(work: Promise<T>, name: string) => Promise<T>,
): Promise<IncomingMessage[]> {
  const small = batch.filter((m) => m.size <= LARGE_MESSAGE_BYTES).map((m) => m.uid);
  const streamed = batch.filter((m) => m.size > LARGE_MESSAGE_BYTES && m.size <= ctx.maxMessageBytes);
  const large = batch.filter((m) => m.size > ctx.maxMessageBytes).map((m) => m.uid);
  const bytes = new Map<number, Buffer>();
  for (const m of streamed) {
    const raw = await step(downloadLarge(client, m.uid, m.size), 'download a large message');
    if (raw) bytes.set(m.uid, raw);
  }
  if (small.length > 0) {
    for (const m of await step(
      collect(client.fetch(small.join(','), { uid: true, source: true }, { uid: true })),
      'download messages',
    )) {
      if (m.source) bytes.set(m.uid, m.source);
    }
  }
  if (large.length > 0) {
    ctx.log.warn(
      { mailbox: ctx.mailbox.mailboxId, uids: large },
      'messages over the size limit: storing headers only',
    );
    for (const m of await step(
      collect(client.fetch(large.join(','), { uid: true, headers: true }, { uid: true })),
      'download headers',
    )) {
      if (m.headers) bytes.set(m.uid, m.headers);
    }
  }
  // A message expunged since it was listed is simply absent: there is nothing left to ingest.
  return batch.flatMap((m) => {
    const raw = bytes.get(m.uid);
    if (!raw) return [];
    const tooLarge = m.size > ctx.maxMessageBytes;
    return [
      {
        uidValidity,
        uid: BigInt(m.uid),
        sourceName: null,
        raw,
        size: m.size,
        tooLarge,
        receivedAt: m.internalDate,
      },
    ];
  });
}

/** Flag or move what was stored. Only hygiene: a failure here loses nothing, the checkpoint already moved. */
async function tidyUp(
  client: ImapFlow,
  uids: readonly number[],
  ctx: CatchUpContext,
  step: <T>(work: Promise<T>, name: string) => Promise<T>,
): Promise<void> {
  const range = uids.join(',');
  try {
    if ('moveTo' in ctx.imap.afterIngest)
      await step(client.messageMove(range, ctx.imap.afterIngest.moveTo, { uid: true }), 'move');
    else await step(client.messageFlagsAdd(range, [ctx.imap.afterIngest.flag], { uid: true }), 'flag');
  } catch (error) {
    ctx.log.warn(
      { mailbox: ctx.mailbox.mailboxId, err: error },
      'tidy-up after intake failed (nothing lost)',
    );
  }
}
