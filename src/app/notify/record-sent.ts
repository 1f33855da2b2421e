/**
 * Records the outbox's accepted sends as they are accepted, independently of the pass's other emails:
 * sends accepted within `maxDelayMs` of each other (at most `maxGroup`) are written together, one write
 * after the other, so a pass costs a few writes rather than one per email (the SQLite driver blocks the
 * event loop while it writes, which would stall the SMTP connections as often). A write that fails is
 * made again one email at a time, so a database error on one row leaves only that email unrecorded: its
 * lease brings it back, and it goes out again under the same Message-ID.
 */
import type { OutboxSenderStore, OutgoingParts, QueuedEmail } from './ports.js';

export interface SentRecorder {
  /** Queues the accepted send for a write within `maxDelayMs`; never throws. */
  record(email: QueuedEmail, at: Date): void;
  /** Writes what is waiting and resolves when every send recorded so far is written (or left to its lease). */
  drained(): Promise<void>;
}

interface Deps {
  readonly store: OutboxSenderStore;
  readonly parts?: OutgoingParts;
  readonly onError?: (error: unknown) => void;
}

type Sent = { readonly email: QueuedEmail; readonly at: Date };

export function sentRecorder(deps: Deps, maxGroup = 50, maxDelayMs = 100): SentRecorder {
  let waiting: Sent[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writes: Promise<void> = Promise.resolve();
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const group = waiting;
    waiting = [];
    writes = writes.then(() => write(group, deps));
  };
  return {
    record(email, at) {
      waiting.push({ email, at });
      if (waiting.length >= maxGroup) flush();
      else timer ??= setTimeout(flush, maxDelayMs);
    },
    drained() {
      flush();
      return writes;
    },
  };
}

async function write(group: readonly Sent[], deps: Deps): Promise<void> {
  try {
    await deps.store.markSent(group);
  } catch (error) {
    if (group.length === 1) {
      deps.onError?.(error);
      return;
    }
    for (const one of group) await write([one], deps);
    return;
  }
  for (const { email, at } of group)
    await deps.parts?.sent(email, at).catch((error: unknown) => deps.onError?.(error));
}
