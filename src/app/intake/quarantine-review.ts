/**
 * Reading, exporting and dismissing quarantined mail (issue 15, item 8). A quarantined message may be
 * a real request whose clock is running (GDPR Art. 12(3) counts from receipt), so staff must be able
 * to read it; what leaves the database in full, and every dismissal, is audited.
 */
import type { AuditDraft } from '../audit/audit-draft.js';
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { maskAddressesIn } from '../../domain/redaction.js';
import { type QuarantinedView, viewQuarantined } from '../../domain/intake/quarantined-view.js';

export interface QuarantinedRecord {
  readonly id: number;
  readonly raw: Uint8Array;
  readonly resolvedAt: Date | null;
  readonly dismissReason: string | null;
}

export interface QuarantineReviewStore {
  entry(id: number): Promise<QuarantinedRecord | null>;
  /** Marks an open entry resolved with `reason`, with its audit event; false when it was not open. */
  dismiss(id: number, reason: string, event: AuditDraft): Promise<boolean>;
  audit(event: AuditDraft): Promise<void>;
}

export interface QuarantineReviewDeps {
  readonly store: QuarantineReviewStore;
  readonly parse: (raw: Uint8Array) => Promise<ParsedEmail>;
  readonly now: () => Date;
}

export type QuarantineReviewError = 'quarantine_not_found' | 'quarantine_not_open';

export type QuarantineResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: QuarantineReviewError };

const event = (
  deps: QuarantineReviewDeps,
  type: AuditDraft['type'],
  actor: string,
  payload: AuditDraft['payload'],
): AuditDraft => ({ type, actor, at: deps.now(), ticketId: null, ticketReference: null, payload });

export async function showQuarantined(
  deps: QuarantineReviewDeps,
  id: number,
  { reveal, actor }: { readonly reveal: boolean; readonly actor: string },
): Promise<QuarantineResult<QuarantinedView & { readonly dismissReason: string | null }>> {
  const entry = await deps.store.entry(id);
  if (!entry) return { ok: false, code: 'quarantine_not_found' };
  const text = await deps.parse(entry.raw).then(
    (email) => email.text,
    // The parser refused it: that is often why it is here; the body is shown as received.
    () => null,
  );
  if (reveal) await deps.store.audit(event(deps, 'quarantine.revealed', actor, { quarantineId: id }));
  return {
    ok: true,
    value: { ...viewQuarantined(entry.raw, text, { reveal }), dismissReason: entry.dismissReason },
  };
}

/** The raw bytes, for a mail client or a parser bug report; recorded before they are handed out. */
export async function exportQuarantined(
  deps: QuarantineReviewDeps,
  id: number,
  actor: string,
): Promise<QuarantineResult<Uint8Array>> {
  const entry = await deps.store.entry(id);
  if (!entry) return { ok: false, code: 'quarantine_not_found' };
  await deps.store.audit(
    event(deps, 'quarantine.exported', actor, { quarantineId: id, bytes: entry.raw.byteLength }),
  );
  return { ok: true, value: entry.raw };
}

/** Takes an open entry out of the quarantine for good (spam, not a request), with the reason audited. */
export async function dismissQuarantined(
  deps: QuarantineReviewDeps,
  id: number,
  reason: string,
  actor: string,
): Promise<QuarantineResult<null>> {
  const entry = await deps.store.entry(id);
  if (!entry) return { ok: false, code: 'quarantine_not_found' };
  if (entry.resolvedAt) return { ok: false, code: 'quarantine_not_open' };
  // The trail outlives purges, so an address typed into the reason is masked there.
  const masked = maskAddressesIn(reason);
  const done = await deps.store.dismiss(
    id,
    masked,
    event(deps, 'quarantine.dismissed', actor, { quarantineId: id, reason: masked }),
  );
  return done ? { ok: true, value: null } : { ok: false, code: 'quarantine_not_open' };
}
