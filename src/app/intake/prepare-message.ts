/**
 * The part of intake that runs before the transaction: hash and parse each message and find its
 * mailbox (CPU work, so the write lock is held briefly), then gather what the batch will look up.
 */
import { createHash } from 'node:crypto';
import type { Classification } from '../../domain/classify/classify-email.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import {
  messageFingerprint,
  messageIdKey,
  senderMessageId,
  syntheticMessageId,
} from '../../domain/intake/message-ids.js';
import { referencedMessageIds, ticketTokenOf } from '../../domain/intake/threading.js';
import type { IntakeBatch, IntakeDeps } from './intake-deps.js';
import type { IncomingMessage, MailboxRef, PrefetchQuery } from './ports.js';

export type Prepared =
  | {
      readonly ok: true;
      readonly message: IncomingMessage;
      readonly hash: string;
      readonly email: ParsedEmail;
      readonly target: MailboxRef;
      /** Classified here, outside the transaction and inside the message's time budget. */
      readonly classification: Classification;
    }
  | {
      readonly ok: false;
      readonly message: IncomingMessage;
      readonly hash: string;
      readonly error: string;
      readonly mailboxId: string | null;
    };

export async function prepareMessage(
  message: IncomingMessage,
  batch: IntakeBatch,
  deps: IntakeDeps,
): Promise<Prepared> {
  const hash = createHash('sha256').update(message.raw).digest('hex');
  const fixedMailbox = typeof batch.target === 'function' ? null : batch.target.mailboxId;
  const failed = (error: string, mailboxId: string | null = fixedMailbox): Prepared => ({
    ok: false,
    message,
    hash,
    error,
    mailboxId,
  });
  const started = deps.now().getTime();
  const overBudget = (step: string) => {
    const spent = deps.now().getTime() - started;
    return spent > deps.messageBudgetMs
      ? failed(`${step}: took ${spent} ms, over the per-message budget of ${deps.messageBudgetMs} ms`)
      : null;
  };
  // Every step before the transaction is guarded alike: a mail that makes one throw (a defect in the
  // parser, the router or the classifier) is set aside for a person with the step's name. Thrown on, it
  // failed the whole batch, which the source then read again on every pass, and the mailbox stood still.
  // Steps inside the transaction are guarded by store-one-by-one.ts, the one after it by ingest-batch.ts.
  const guarded = async <T>(
    step: string,
    run: () => T | Promise<T>,
    mailboxId: string | null = fixedMailbox,
  ): Promise<{ ok: true; value: T } | { ok: false; failure: Prepared }> => {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      return { ok: false, failure: failed(`${step}: ${describeError(error)}`, mailboxId) };
    }
  };
  const parsed = await guarded('parse', () => deps.parse(message.raw));
  if (!parsed.ok) return parsed.failure;
  const email = parsed.value;
  const slowParse = overBudget('parse');
  if (slowParse) return slowParse;
  if (!email.from) return failed('no sender address (From) to answer');
  const route = batch.target;
  const routed = await guarded('route', () => (typeof route === 'function' ? route(email) : route));
  if (!routed.ok) return routed.failure;
  const target = routed.value;
  if (!target) return failed('no recipient is an address of a configured organisation', null);
  const classified = await guarded('classify', () => deps.classify(email), target.mailboxId);
  if (!classified.ok) return classified.failure;
  // Work that cannot be interrupted is measured after the fact: a message that took too long is set
  // aside for a person rather than taken up again by every later pass.
  return (
    overBudget('classify') ?? {
      ok: true,
      message,
      hash,
      email,
      target,
      classification: classified.value,
    }
  );
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Everything the batch's messages could look up: their own Message-IDs, what they refer to, their tokens. */
export function prefetchQuery(prepared: readonly Prepared[], deps: IntakeDeps): PrefetchQuery {
  const parsed = prepared.filter((p) => p.ok);
  const messageIds = parsed.flatMap((p) => [
    p.email.messageId ?? syntheticMessageId(p.hash),
    // A Message-ID that other mail used first is stored under one of these (batch-facts.ts, placeOf).
    ...(p.email.messageId && p.email.from
      ? [
          senderMessageId(p.email.messageId, p.email.from.address),
          senderMessageId(
            p.email.messageId,
            p.email.from.address,
            messageFingerprint(p.email.subject, p.email.text),
          ),
        ]
      : []),
    ...referencedMessageIds(p.email),
    ...p.email.returnedMessageIds,
  ]);
  const signedReferences = messageIds.flatMap((id) => {
    const check = deps.checkMessageId(id);
    return check.kind === 'ours' ? [check.ticketReference] : [];
  });
  const tokens = parsed.map((p) => ticketTokenOf(p.email.subject)).filter((t): t is string => t !== null);
  return {
    organisationIds: [...new Set(parsed.map((p) => p.target.organisationId))],
    // As the indexed columns hold them: a long Message-ID is looked up by its hash.
    messageIds: [...new Set(messageIds.map(messageIdKey))],
    ticketReferences: [...new Set([...tokens, ...signedReferences])],
    mailboxIds: [...new Set(parsed.map((p) => p.target.mailboxId))],
    contentHashes: parsed.map((p) => p.hash),
    senderAddresses: [...new Set(parsed.flatMap((p) => (p.email.from ? [p.email.from.address] : [])))],
  };
}
