/**
 * The intake use-case: stores a batch of raw messages from one source exactly once, each as a new
 * ticket, a reply on its ticket, automatic mail, a recorded duplicate or a quarantined message,
 * together with the source's checkpoint in ONE transaction. A crash before the commit stores nothing
 * (the source re-delivers from the old checkpoint); a crash after it re-delivers nothing.
 * One bad mail never blocks a mailbox: a step before the transaction that throws on it quarantines it
 * (prepare-message.ts); when the batch fails for any reason but a lost database, its messages are stored
 * one by one and the one that fails is quarantined (store-one-by-one.ts); a step after the commit that
 * throws is reported and intake goes on (runAfterCommit).
 */
import { tallyBacklog } from './backlog-summary.js';
import { BatchFacts } from './batch-facts.js';
import type { IntakeBatch, IntakeDeps } from './intake-deps.js';
import type { IntakeOutcome } from './intake-outcome.js';
import { type Prepared, prefetchQuery, prepareMessage } from './prepare-message.js';
import { StoreConflict, StoreUnavailable } from './ports.js';
import { storeMessage } from './store-message.js';
import { storeOneByOne } from './store-one-by-one.js';

const MAX_CONFLICT_RETRIES = 3;

export async function ingestBatch(batch: IntakeBatch, deps: IntakeDeps): Promise<IntakeOutcome[]> {
  // Parsing is CPU work: do it before the transaction so the write lock is held briefly, one message
  // after the other (one thread gains nothing from overlap), so each one's time budget is its own.
  const prepared: Prepared[] = [];
  for (const message of batch.messages) prepared.push(await prepareMessage(message, batch, deps));
  let outcomes: IntakeOutcome[];
  try {
    outcomes = await storeBatch(prepared, batch, deps);
  } catch (error) {
    // The database is gone: nothing to learn from the messages, the source tries the batch again later.
    if (error instanceof StoreUnavailable) throw error;
    outcomes = await storeOneByOne(prepared, batch, deps, storeBatch);
  }
  await runAfterCommit(outcomes, deps);
  return outcomes;
}

/**
 * The batch is committed: its mail is stored once and the checkpoint has passed it. A step after that
 * (a chat post) that throws on a hostile mail must not fail the pass, which would count against the
 * mailbox and skip the steps after it (an appeal a reply asked for): it is reported with the tickets'
 * references, and the others run. A ticket whose post failed is posted by the chat resync (compose-timers.ts).
 */
async function runAfterCommit(outcomes: readonly IntakeOutcome[], deps: IntakeDeps): Promise<void> {
  for (const { step, run } of deps.afterCommit) {
    try {
      await run(outcomes);
    } catch (error) {
      deps.reportAfterCommitFailure(step, error, ticketReferencesOf(outcomes));
    }
  }
}

const ticketReferencesOf = (outcomes: readonly IntakeOutcome[]) =>
  outcomes.flatMap((o) => ('ticketReference' in o && o.ticketReference ? [o.ticketReference] : []));

/** Stores the prepared messages and the batch's checkpoint in one transaction. */
export async function storeBatch(
  prepared: readonly Prepared[],
  batch: IntakeBatch,
  deps: IntakeDeps,
): Promise<IntakeOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.store.transaction(async (tx) => {
        const facts = new BatchFacts(await tx.prefetch(prefetchQuery(prepared, deps)));
        const outcomes: IntakeOutcome[] = [];
        for (const item of prepared) outcomes.push(await storeMessage(tx, facts, item, batch, deps));
        if (batch.checkpoint) await tx.saveCheckpoint(batch.checkpoint, tallyBacklog(outcomes));
        return outcomes;
      });
    } catch (error) {
      // Another process stored the same Message-ID meanwhile (unique constraint): run again, it is now a duplicate.
      if (!(error instanceof StoreConflict) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}
