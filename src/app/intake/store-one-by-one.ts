/**
 * Per-message isolation: when a batch cannot be stored for a reason that is not a lost database (a
 * value a column refuses, a limit of the driver, a bug met by one odd message), each message is
 * stored in a transaction of its own, and the one that still fails goes to the quarantine with its
 * bytes, the step and the error. The rest are stored, and the checkpoint moves past all of them, so
 * the content of a mailbox can never block it.
 */
import type { IntakeBatch, IntakeDeps } from './intake-deps.js';
import type { IntakeOutcome } from './intake-outcome.js';
import { type Checkpoint, StoreUnavailable } from './ports.js';
import type { Prepared } from './prepare-message.js';

type StoreBatch = (
  prepared: readonly Prepared[],
  batch: IntakeBatch,
  deps: IntakeDeps,
) => Promise<IntakeOutcome[]>;

export async function storeOneByOne(
  prepared: readonly Prepared[],
  batch: IntakeBatch,
  deps: IntakeDeps,
  storeBatch: StoreBatch,
): Promise<IntakeOutcome[]> {
  const outcomes: IntakeOutcome[] = [];
  for (const [i, item] of prepared.entries()) {
    const single: IntakeBatch = {
      ...batch,
      messages: [item.message],
      checkpoint: checkpointAfter(batch.checkpoint, item, i === prepared.length - 1),
    };
    try {
      outcomes.push(...(await storeBatch([item], single, deps)));
    } catch (error) {
      if (error instanceof StoreUnavailable) throw error;
      const failed: Prepared = {
        ok: false,
        message: item.message,
        hash: item.hash,
        error: `store: ${describe(error)}`,
        mailboxId: item.ok ? item.target.mailboxId : item.mailboxId,
      };
      // The quarantine row and the checkpoint, in one transaction like any other message.
      outcomes.push(...(await storeBatch([failed], single, deps)));
    }
  }
  return outcomes;
}

/** The checkpoint after one message (its UID); after the last, the batch's own (it may cover expunged UIDs). */
function checkpointAfter(checkpoint: Checkpoint | null, item: Prepared, last: boolean): Checkpoint | null {
  if (!checkpoint || last) return checkpoint;
  return item.message.uid === null ? null : { ...checkpoint, lastUid: item.message.uid };
}

/** The error's first line, bounded: it is shown to staff in the quarantine list. */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.split('\n').find((line) => line.trim() !== '') ?? text).slice(0, 500);
}
