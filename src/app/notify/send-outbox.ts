/**
 * The sender loop: delivers queued emails with the mail transport, marks each sent, and on failure
 * retries later with backoff, so that nothing is lost while SMTP is down and nothing is sent twice
 * (an email is claimed before sending, and its Message-ID was fixed when it was queued).
 */
import { type Backoff, retryDelayMs } from '../../domain/outbound/delivery-policy.js';
import { loopSafetyHeaders } from '../../domain/outbound/outgoing-headers.js';
import { type SentRecorder, sentRecorder } from './record-sent.js';
import type { EmailRenderer, Mailer, OutboxSenderStore, OutgoingParts, QueuedEmail } from './ports.js';

export interface SenderDeps {
  readonly store: OutboxSenderStore;
  readonly mailer: Mailer;
  /** Lays out the emails queued with their composed letter only (acknowledgements, queue-email.ts). */
  readonly renderer: EmailRenderer;
  readonly now: () => Date;
  readonly random: () => number;
  readonly backoff: Backoff;
  /** How long a claimed email is reserved for its sender; after a crash it is sent again then. */
  readonly leaseMs: number;
  /** Transient failures are retried until the email has waited this long, then it fails for staff to see. */
  readonly giveUpAfterMs: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly onError?: (error: unknown) => void;
  /** What the outbox does not store: an export's files, an archive's password (issue 15). */
  readonly parts?: OutgoingParts;
}

export interface SendPass {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
  /** True when the batch was full: there may be more due right away. */
  readonly more: boolean;
}

/**
 * One pass over the due emails: claim them together, send with a few SMTP connections in parallel, and
 * record each send as soon as the server accepted it (record-sent.ts), whatever happens to the others:
 * one letter that throws (its template, its parts, a database error on its row) leaves every other
 * letter sent once and recorded. The one that threw is retried with backoff, or, when even that write
 * fails, after its lease. A crash or database error between an accepted send and its write resends that
 * one message (same Message-ID) after the lease, so the recipient's server can recognise it.
 */
export async function sendDueEmails(deps: SenderDeps): Promise<SendPass> {
  const now = deps.now();
  const due = await deps.store.dueEmails(now, deps.batchSize);
  const claimed =
    due.length === 0
      ? new Set<number>()
      : await deps.store.claim(
          due.map((e) => e.id),
          now,
          new Date(now.getTime() + deps.leaseMs),
        );
  const mine = due.filter((e) => claimed.has(e.id));
  const tally = { sent: 0, retried: 0, failed: 0 };
  const recorder = sentRecorder(deps);
  let next = 0;
  const worker = async () => {
    while (next < mine.length) {
      const email = mine[next++]!;
      tally[await settleOne(email, deps, recorder)]++;
    }
  };
  const workers = await Promise.allSettled(Array.from({ length: Math.max(1, deps.concurrency) }, worker));
  for (const w of workers) if (w.status === 'rejected') deps.onError?.(w.reason);
  await recorder.drained();
  return { ...tally, more: due.length === deps.batchSize };
}

/** Delivers one claimed email; whatever it throws stays with it, so the pass goes on with the others. */
async function settleOne(
  email: QueuedEmail,
  deps: SenderDeps,
  recorder: SentRecorder,
): Promise<'sent' | 'retried' | 'failed'> {
  try {
    return await deliverOne(email, deps, recorder);
  } catch (error) {
    deps.onError?.(error);
    const attempts = email.attempts + 1;
    const at = deps.now();
    // Not sent: retried with backoff until it has waited too long, then failed for staff to see; if
    // this write fails too, the lease brings it back.
    const givenUp = at.getTime() - email.queuedAt.getTime() > deps.giveUpAfterMs;
    const reason = reasonOf(error);
    const settled = givenUp
      ? deps.store.markFailed(email, attempts, reason, at)
      : deps.store.markRetry(
          email.id,
          attempts,
          new Date(at.getTime() + retryDelayMs(attempts, deps.backoff, deps.random)),
          reason,
        );
    await settled.catch((again: unknown) => deps.onError?.(again));
    return givenUp ? 'failed' : 'retried';
  }
}

/** What staff see of an error: its last line (a driver's error ends with its cause, after the call site). */
function reasonOf(error: unknown): string {
  const lines = String(error)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (lines.at(-1) ?? 'unknown error').slice(0, 300);
}

/** Lays out an email queued with its composed letter; the others as they are. */
function laidOut(email: QueuedEmail, renderer: EmailRenderer): QueuedEmail {
  if (!email.letter) return email;
  const rendered = renderer.render(email.letter);
  return { ...email, bodyText: rendered.text, bodyHtml: rendered.html };
}

async function deliverOne(
  queued: QueuedEmail,
  deps: SenderDeps,
  recorder: SentRecorder,
): Promise<'sent' | 'retried' | 'failed'> {
  let email: QueuedEmail;
  try {
    email = laidOut(queued, deps.renderer);
  } catch (error) {
    // A letter that does not fit its template never will: staff see it failed, with the reason.
    await deps.store.markFailed(queued, queued.attempts + 1, String(error), deps.now());
    return 'failed';
  }
  const prepared = deps.parts ? await deps.parts.prepare(email) : ({ kind: 'as_is' } as const);
  if (prepared.kind === 'wait') {
    const at = deps.now();
    await deps.store.markRetry(
      email.id,
      email.attempts,
      new Date(at.getTime() + deps.backoff.baseMs),
      'waiting for the email it follows',
    );
    return 'retried';
  }
  if (prepared.kind === 'fail') {
    await deps.store.markFailed(email, email.attempts + 1, prepared.error, deps.now());
    return 'failed';
  }
  const parts = prepared.kind === 'with' ? prepared : null;
  const result = await deps.mailer
    .send({
      organisationId: email.organisationId,
      messageId: email.messageId,
      from: email.fromAddress,
      to: email.toAddress,
      subject: email.subject,
      inReplyTo: email.inReplyTo,
      references: email.references,
      text: parts?.text ?? email.bodyText,
      html: parts ? parts.html : email.bodyHtml,
      headers: loopSafetyHeaders(email.template),
      ...(parts && parts.attachments.length > 0 ? { attachments: parts.attachments } : {}),
    })
    .catch((error: unknown) => ({ ok: false as const, permanent: false, error: String(error) }));
  if (result.ok) {
    recorder.record(email, deps.now());
    return 'sent';
  }
  const at = deps.now();
  const attempts = email.attempts + 1;
  const waited = at.getTime() - email.queuedAt.getTime();
  if (result.permanent || waited > deps.giveUpAfterMs) {
    await deps.store.markFailed(email, attempts, result.error, at);
    return 'failed';
  }
  const delay = retryDelayMs(attempts, deps.backoff, deps.random);
  await deps.store.markRetry(email.id, attempts, new Date(at.getTime() + delay), result.error);
  return 'retried';
}

export interface RunningSender {
  /** Runs a pass soon (after a change queued an email). */
  wake(): void;
  stop(): Promise<void>;
}

/** Runs passes until stopped: back to back while there is a backlog, else every `pollMs` or on wake(). */
export function startOutboxSender(deps: SenderDeps, pollMs: number): RunningSender {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let wakeUp: (() => void) | null = null;
  const sleep = () =>
    new Promise<void>((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, pollMs);
    });
  const loop = (async () => {
    while (!stopped) {
      let more = false;
      try {
        more = (await sendDueEmails(deps)).more;
      } catch (error) {
        // A database hiccup must not end the loop: the next pass tries again.
        deps.onError?.(error);
      }
      if (!more && !stopped) await sleep();
    }
  })();
  return {
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      wakeUp?.();
      await loop;
    },
  };
}
