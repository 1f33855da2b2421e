/**
 * `rightsdesk evidence verify FILE`: streams the stored audit chain from its start up to the last event
 * the pack lists, checking the chain's links and every listed hash on the way.
 */
import {
  createEvidenceChecker,
  type EvidenceMismatch,
  parseEvidenceManifest,
} from '../../domain/evidence/check-pack.js';
import type { AuditTrailReader } from '../audit/audit-draft.js';

export type EvidenceVerification =
  | { readonly ok: true; readonly reference: string; readonly events: number }
  | { readonly ok: false; readonly reference: string; readonly mismatch: EvidenceMismatch }
  | { readonly ok: false; readonly code: 'not_an_evidence_pack' };

export async function verifyEvidence(trail: AuditTrailReader, text: string): Promise<EvidenceVerification> {
  const manifest = parseEvidenceManifest(text);
  if (!manifest) return { ok: false, code: 'not_an_evidence_pack' };
  const checker = createEvidenceChecker(manifest);
  for await (const event of trail.events()) if (!checker.push(event)) break;
  const mismatch = checker.result();
  return mismatch
    ? { ok: false, reference: manifest.reference, mismatch }
    : { ok: true, reference: manifest.reference, events: manifest.events.length };
}
