/**
 * The lawful grounds on which each law lets a controller refuse a request, and whether it lets an
 * opt-out of sale or sharing be refused for want of identity verification. One value per law, set on
 * its row in `jurisdictions.ts`; the lifecycle refuses a `reject` on a ground the ticket's law lacks.
 */
import type { RejectionReason } from '../tickets/vocabulary.js';

export interface RejectionRule {
  /** The grounds this law provides, in the desk's order. */
  readonly grounds: readonly RejectionReason[];
  /** Why a ground is missing, with its article; null when every ground applies. */
  readonly missing: string | null;
  /** Why an opt-out of sale/sharing may not be refused as unverified, with its article; null: no such rule. */
  readonly optOutUnverified: string | null;
}

// `duplicate`, `not_a_request` and `outside_jurisdiction` say there is no (new) request under this law to
// answer; they are no statutory refusal and stand under every law.
const ADMINISTRATIVE: readonly RejectionReason[] = ['duplicate', 'not_a_request', 'outside_jurisdiction'];
const CORE: readonly RejectionReason[] = ['identity_not_verified', 'legal_exemption', ...ADMINISTRATIVE];
const ALL: readonly RejectionReason[] = [
  'identity_not_verified',
  'manifestly_unfounded',
  'excessive',
  'legal_exemption',
  ...ADMINISTRATIVE,
];

const every = (optOutUnverified: string | null = null): RejectionRule => ({
  grounds: ALL,
  missing: null,
  optOutUnverified,
});
const withoutAbuse = (missing: string): RejectionRule => ({ grounds: CORE, missing, optOutUnverified: null });

// GDPR and UK GDPR Art. 12(5)(b): refusal of manifestly unfounded or excessive requests; Art. 12(2) and
// 12(6): refusal where the data subject cannot be identified.
export const GDPR_REJECTION = every();

// Civ. Code §1798.145(h)(3): "manifestly unfounded or excessive, in particular because of their
// repetitive character". 11 CCR §7026(d): a business shall not require a verifiable consumer request for
// an opt-out; §7026(e): it may deny one only on a good-faith, reasonable, documented belief of fraud.
const CCPA_OPT_OUT =
  'a business shall not require a consumer to verify an opt-out of sale or sharing (11 CCR §7026(d)); it may deny one only on a good-faith, reasonable and documented belief that the request is fraudulent (§7026(e))';
export const CCPA_REJECTION = every(CCPA_OPT_OUT);
// The opt-out clock is for opt-outs alone, so the identity ground never applies on it.
export const CCPA_OPT_OUT_REJECTION: RejectionRule = {
  grounds: ALL.filter((g) => g !== 'identity_not_verified'),
  missing: `no identity ground: ${CCPA_OPT_OUT}`,
  optOutUnverified: CCPA_OPT_OUT,
};

// Va. Code §59.1-577(B)(3): requests "manifestly unfounded, excessive, or repetitive" may be declined;
// §59.1-577(B)(5): the exception for requests the controller cannot authenticate covers the rights of
// subsection A 1-4 only, never the opt-out of A 5.
export const VIRGINIA_REJECTION = every(
  'the exception for requests that cannot be authenticated covers access, correction, deletion and portability, not the opt-out (Va. Code §59.1-577(A)(5), (B)(5))',
);
// Conn. Gen. Stat. §42-518: "manifestly unfounded, excessive or repetitive" requests may be declined; a
// controller shall not require authentication of an opt-out request, but may deny one it has a good-faith,
// reasonable and documented belief is fraudulent.
export const CONNECTICUT_REJECTION = every(
  'a controller shall not require authentication of an opt-out request; it may deny one only on a good-faith, reasonable and documented belief that it is fraudulent (Conn. Gen. Stat. §42-518)',
);
// Tex. Bus. & Com. Code §541.052: "manifestly unfounded, excessive, or repetitive" requests may be
// declined; §541.055: the exception for requests that cannot be authenticated covers the rights of
// §541.051(b)(1)-(4), not the opt-out of (b)(5).
export const TEXAS_REJECTION = every(
  'the exception for requests that cannot be authenticated covers access, correction, deletion and portability, not the opt-out (Tex. Bus. & Com. Code §541.055)',
);
// C.R.S. §6-1-1306(1)(a): a controller need not authenticate an opt-out request and may deny one only on a
// good-faith, reasonable and documented belief of fraud. The CPA itself provides no refusal of a request
// as manifestly unfounded or excessive: a second request within 12 months may carry a fee instead.
export const COLORADO_REJECTION: RejectionRule = {
  grounds: CORE,
  missing:
    'the Colorado Privacy Act has no refusal as manifestly unfounded or excessive; a second request within 12 months may carry a reasonable fee (C.R.S. §6-1-1306(1)(e))',
  optOutUnverified:
    'an opt-out request need not be authenticated; it may be denied only on a good-faith, reasonable and documented belief that it is fraudulent (C.R.S. §6-1-1306(1)(a))',
};
// LGPD Art. 18 §4: the controller answers that it is not the controller, or gives the reasons of fact or
// law that prevent acting; Art. 18 §5: requests are free. No refusal as unfounded or excessive.
export const LGPD_REJECTION = withoutAbuse(
  'LGPD has no refusal as manifestly unfounded or excessive; a refusal gives the reasons of fact or law (LGPD Art. 18 §4)',
);
// PIPEDA s. 8(7) and s. 9: a refusal gives its reasons under the Act's exceptions; nothing lets an
// organisation refuse a request as unfounded or excessive.
export const PIPEDA_REJECTION = withoutAbuse(
  'PIPEDA has no refusal as manifestly unfounded or excessive; a refusal rests on an exception of s. 9, with reasons (s. 8(7))',
);
// CQLR c. P-39.1 s. 46: only the Commission d'accès à l'information may authorise an enterprise to
// disregard requests that are obviously improper by their number or repetitious or systematic nature.
export const QUEBEC_REJECTION = withoutAbuse(
  "Québec's Act lets no enterprise refuse a request as unfounded or excessive itself; only the Commission d'accès à l'information may authorise disregarding abusive requests (CQLR c. P-39.1 s. 46)",
);
