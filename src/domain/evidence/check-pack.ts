/**
 * Reads an evidence pack's manifest and checks it against the audit chain as stored: every listed event
 * must exist with the listed hash, and the chain must be intact from its start up to the last of them
 * (otherwise a rewritten chain could carry a matching hash). Pure: the caller streams the chain in.
 */
import { z } from 'zod';
import type { ChainedAuditEvent } from '../audit/hash-chain.js';
import { createChainVerifier } from '../audit/verify-chain.js';
import { EVIDENCE_FORMAT } from './evidence-pack.js';

const Manifest = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  reference: z.string(),
  events: z.array(z.object({ seq: z.number().int().positive(), type: z.string(), hash: z.string() })),
});
export type EvidenceManifest = z.infer<typeof Manifest>;

/** The last fenced JSON block of the file: the manifest written by `buildEvidencePack`. */
export function parseEvidenceManifest(text: string): EvidenceManifest | null {
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)];
  const body = blocks.at(-1)?.[1];
  if (body === undefined) return null;
  try {
    const parsed = Manifest.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type EvidenceMismatch =
  /** The stored event's hash differs from the pack's (the event was edited or replaced). */
  | { readonly code: 'hash_differs'; readonly seq: number; readonly type: string }
  /** The stored event no longer hashes to its stored hash (a column was edited in place). */
  | { readonly code: 'event_edited'; readonly seq: number; readonly type: string }
  /** The event is no longer in the database. */
  | { readonly code: 'event_missing'; readonly seq: number; readonly type: string }
  /** The chain itself is broken at or before this event (see `rightsdesk audit verify`). */
  | { readonly code: 'chain_broken'; readonly seq: number; readonly reason: string };

export interface EvidenceChecker {
  /** Feeds the next stored event (in `seq` order); false once nothing more is needed. */
  push(event: ChainedAuditEvent): boolean;
  /** The first mismatch, or null when every listed event matched over an intact chain. */
  result(): EvidenceMismatch | null;
}

export function createEvidenceChecker(manifest: EvidenceManifest): EvidenceChecker {
  const wanted = new Map(manifest.events.map((e) => [e.seq, e]));
  const last = Math.max(0, ...manifest.events.map((e) => e.seq));
  const chain = createChainVerifier();
  let mismatch: EvidenceMismatch | null = null;
  let reached = 0;
  return {
    push(event) {
      if (mismatch || reached >= last) return false;
      reached = event.seq;
      const listed = wanted.get(event.seq);
      // A listed event first: naming the edited event is more useful than the chain break it causes.
      if (listed && listed.hash !== event.hash) {
        mismatch = { code: 'hash_differs', seq: listed.seq, type: listed.type };
        return false;
      }
      const broken = chain.push(event);
      if (broken) {
        mismatch =
          listed && broken.code === 'hash_mismatch'
            ? { code: 'event_edited', seq: listed.seq, type: listed.type }
            : { code: 'chain_broken', seq: broken.seq, reason: broken.code };
        return false;
      }
      return reached < last;
    },
    result() {
      if (mismatch) return mismatch;
      const missing = manifest.events.find((e) => e.seq > reached);
      return missing ? { code: 'event_missing', seq: missing.seq, type: missing.type } : null;
    },
  };
}
