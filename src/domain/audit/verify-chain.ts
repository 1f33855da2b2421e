/**
 * Walks an audit chain and reports its first broken link. Works one event at a time with constant memory,
 * so `rightsdesk audit verify` can stream millions of rows from the database in `seq` order.
 */
import { type ChainedAuditEvent, type ChainHead, GENESIS_HASH, hashEvent } from './hash-chain.js';

export type ChainBreakCode =
  /** A row is missing, inserted or out of order: `seq` is not the previous one plus one. */
  | 'seq_mismatch'
  /** The stored link to the previous event does not match that event's hash (a row was replaced). */
  | 'prev_hash_mismatch'
  /** The event's content no longer hashes to its stored hash (a row was edited). */
  | 'hash_mismatch'
  /** The event cannot be serialised (e.g. a number JSON cannot carry). */
  | 'malformed_event';

export interface ChainBreak {
  readonly code: ChainBreakCode;
  readonly seq: number;
  /** Position in the walk, counting from 0. */
  readonly index: number;
  readonly expected: string;
  readonly actual: string;
}

export type ChainVerification =
  | { readonly ok: true; readonly count: number; readonly head: ChainHead | null }
  | {
      readonly ok: false;
      readonly count: number;
      readonly head: ChainHead | null;
      readonly break: ChainBreak;
    };

export interface ChainVerifier {
  /** Checks the next event; returns the break (and keeps returning it) once the chain is broken. */
  push(event: ChainedAuditEvent): ChainBreak | null;
  result(): ChainVerification;
}

/** `from` resumes after a trusted head (a previous run's result); without it the chain starts at genesis. */
export function createChainVerifier(from: ChainHead | null = null): ChainVerifier {
  let head = from;
  let count = 0;
  let broken: ChainBreak | null = null;
  const brokenAt = (code: ChainBreakCode, event: ChainedAuditEvent, expected: string, actual: string) => {
    broken = { code, seq: event.seq, index: count, expected, actual };
    return broken;
  };
  return {
    push(event) {
      if (broken) return broken;
      const expectedSeq = (head?.seq ?? 0) + 1;
      if (event.seq !== expectedSeq)
        return brokenAt('seq_mismatch', event, String(expectedSeq), String(event.seq));
      const expectedPrev = head?.hash ?? GENESIS_HASH;
      if (event.prevHash !== expectedPrev)
        return brokenAt('prev_hash_mismatch', event, expectedPrev, event.prevHash);
      let hash: string;
      try {
        hash = hashEvent(event.prevHash, event);
      } catch (error) {
        return brokenAt(
          'malformed_event',
          event,
          'a JSON value',
          error instanceof Error ? error.message : String(error),
        );
      }
      if (hash !== event.hash) return brokenAt('hash_mismatch', event, hash, event.hash);
      head = { seq: event.seq, hash };
      count += 1;
      return null;
    },
    result() {
      return broken ? { ok: false, count, head, break: broken } : { ok: true, count, head };
    },
  };
}

export function verifyChain(
  events: Iterable<ChainedAuditEvent>,
  from: ChainHead | null = null,
): ChainVerification {
  const verifier = createChainVerifier(from);
  for (const event of events) if (verifier.push(event)) break;
  return verifier.result();
}

/** For a database cursor: stops reading at the first broken link. */
export async function verifyChainStream(
  events: AsyncIterable<ChainedAuditEvent>,
  from: ChainHead | null = null,
): Promise<ChainVerification> {
  const verifier = createChainVerifier(from);
  for await (const event of events) if (verifier.push(event)) break;
  return verifier.result();
}
