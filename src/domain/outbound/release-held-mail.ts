/**
 * Staff settle the automatic emails the outbox holds (a sender that failed DMARC, or SPF and DKIM both,
 * or a cap on automatic mail): `release` queues them for the sender loop, `discard` marks them failed with
 * the reason. An approver decides: a release sends mail to an address whose owner was not proven, the
 * very thing the hold exists to prevent (GDPR Art. 5(1)(f), Art. 32: confidentiality of the reply).
 */
import { STAFF_ROLES, type StaffRole } from '../tickets/vocabulary.js';

export const RELEASE_MINIMUM_ROLE: StaffRole = 'approver';

export type HeldMailDecision =
  { readonly kind: 'release' } | { readonly kind: 'discard'; readonly reason: string };

export function mayReleaseHeldMail(role: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(RELEASE_MINIMUM_ROLE);
}

/** The outbox status and reason a held email takes on the decision. */
export function settledStatus(decision: HeldMailDecision): {
  readonly status: 'queued' | 'failed';
  readonly statusReason: string | null;
} {
  return decision.kind === 'release'
    ? { status: 'queued', statusReason: null }
    : { status: 'failed', statusReason: `discarded by staff: ${decision.reason}` };
}
