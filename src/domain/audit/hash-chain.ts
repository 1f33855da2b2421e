/**
 * The tamper-evident audit chain: each event's SHA-256 covers the previous event's hash and the event's
 * canonical form, so editing, deleting or reordering any stored event breaks every link after it.
 */
import { hash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json.js';

/** One change, as recorded. `at` is hashed as stored: keep the `Date#toISOString()` form (UTC, ms). */
export interface AuditEvent {
  /** 1, 2, 3, … without gaps across the installation, assigned under the same lock as `prevHash`. */
  readonly seq: number;
  readonly actor: string;
  readonly at: string;
  readonly type: string;
  readonly ticketId: string | null;
  readonly payload: JsonValue;
}

export interface ChainedAuditEvent extends AuditEvent {
  readonly prevHash: string;
  readonly hash: string;
}

/** The position reached in a chain: the last event's `seq` and `hash`. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The `prevHash` of the first event of an installation. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The event's canonical form. Fields are written in sorted order by hand (the envelope is itself
 * canonical JSON), so only the payload pays for key sorting.
 */
export function canonicalEvent(event: AuditEvent): string {
  return (
    `{"actor":${JSON.stringify(event.actor)},"at":${JSON.stringify(event.at)}` +
    `,"payload":${canonicalJson(event.payload)},"seq":${canonicalJson(event.seq)}` +
    `,"ticketId":${event.ticketId === null ? 'null' : JSON.stringify(event.ticketId)}` +
    `,"type":${JSON.stringify(event.type)}}`
  );
}

/** SHA-256 (hex) of the previous hash, a newline and the canonical event. */
export function hashEvent(prevHash: string, event: AuditEvent): string {
  // One-shot `crypto.hash` (Node >= 20.12) avoids a Hash object per event: about twice the throughput.
  return hash('sha256', `${prevHash}\n${canonicalEvent(event)}`, 'hex');
}

/**
 * Chains new events after `head` (null for an empty trail), numbering them. The store must take `head`
 * and insert the result in one transaction under a lock, or two writers would fork the chain.
 */
export function appendToChain(
  head: ChainHead | null,
  events: readonly Omit<AuditEvent, 'seq'>[],
): ChainedAuditEvent[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return events.map((event) => {
    seq += 1;
    const numbered: AuditEvent = { ...event, seq };
    const chained = { ...numbered, prevHash, hash: hashEvent(prevHash, numbered) };
    prevHash = chained.hash;
    return chained;
  });
}
