/**
 * Whether a ticket may be refused on a ground: the ground must be one its law provides (GDPR Art. 12(5)
 * has "manifestly unfounded or excessive", PIPEDA, LGPD and Québec do not), and an opt-out of sale or
 * sharing is never refused for want of identity verification (11 CCR §7026(d) and the state laws).
 */
import type { JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import { jurisdictionRule } from '../deadlines/jurisdictions.js';
import type { RejectionReason } from './vocabulary.js';

export type GroundRefusal =
  | {
      readonly code: 'ground_not_provided';
      readonly jurisdiction: JurisdictionId;
      readonly ground: RejectionReason;
      readonly grounds: readonly RejectionReason[];
      /** Why the law lacks the ground, with its article. */
      readonly rule: string | null;
    }
  | {
      readonly code: 'opt_out_identity_ground';
      readonly jurisdiction: JurisdictionId;
      readonly rule: string;
      /** The grounds this opt-out may be refused on. */
      readonly grounds: readonly RejectionReason[];
    };

/** A ground a ticket may be refused on, with its law's words for it (null where the law has none). */
export interface GroundChoice {
  readonly ground: RejectionReason;
  readonly wording: string | null;
}

// Where a law says nothing of its own, the desk still takes an opt-out unverified (identity-check.ts), so
// refusing it as unverified would state a ground that was never tested.
const UNVERIFIED_BY_DESIGN =
  'Rightsdesk takes an opt-out of sale or sharing without an identity check, so it cannot fail one';

/** The grounds a ticket under `jurisdiction` may be refused on; without the identity ground for an opt-out. */
export function groundsFor(jurisdiction: JurisdictionId, optOut: boolean): readonly RejectionReason[] {
  const { grounds } = jurisdictionRule(jurisdiction).rejection;
  return optOut ? grounds.filter((g) => g !== 'identity_not_verified') : grounds;
}

/** The grounds of `groundsFor`, each with the law's wording and article, for a reject form. */
export function groundChoices(jurisdiction: JurisdictionId, optOut: boolean): GroundChoice[] {
  const { wording } = jurisdictionRule(jurisdiction).rejection;
  return groundsFor(jurisdiction, optOut).map((ground) => ({ ground, wording: wording[ground] ?? null }));
}

/**
 * Why `ground` may not refuse this ticket, or null when it may. `optOut`: the ticket asks only for
 * opt-outs, which need no identity check (the lifecycle's `verificationRequired: false`).
 */
export function groundRefusal(
  jurisdiction: JurisdictionId,
  ground: RejectionReason,
  optOut: boolean,
): GroundRefusal | null {
  const rule = jurisdictionRule(jurisdiction).rejection;
  if (optOut && ground === 'identity_not_verified')
    return {
      code: 'opt_out_identity_ground',
      jurisdiction,
      rule: rule.optOutUnverified ?? UNVERIFIED_BY_DESIGN,
      grounds: groundsFor(jurisdiction, optOut),
    };
  if (!rule.grounds.includes(ground))
    return {
      code: 'ground_not_provided',
      jurisdiction,
      ground,
      grounds: groundsFor(jurisdiction, optOut),
      rule: rule.missing,
    };
  return null;
}
