/**
 * The lawful grounds on which each law lets a controller refuse a request, in the law's own words where
 * it has them, and whether it lets an opt-out of sale or sharing be refused for want of identity
 * verification. One value per law, set on its row in `jurisdictions.ts`; the lifecycle refuses a
 * `reject` on a ground the ticket's law lacks, and the desk's reject forms offer only the grounds it has.
 */
import type { RejectionReason } from '../tickets/vocabulary.js';

export interface RejectionRule {
  /** The grounds this law provides, in the desk's order. */
  readonly grounds: readonly RejectionReason[];
  /** Why a ground is missing, with its article; null when every ground applies. */
  readonly missing: string | null;
  /** Why an opt-out of sale/sharing may not be refused as unverified, with its article; null: no such rule. */
  readonly optOutUnverified: string | null;
  /**
   * A ground as this law words it, with its article, for the reject forms (at most 75 characters, Slack's
   * limit for an option's description). Absent: the law has no words of its own for it (the administrative
   * grounds never do).
   */
  readonly wording: GroundWording;
}

export type GroundWording = Readonly<Partial<Record<RejectionReason, string>>>;

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

const every = (wording: GroundWording, optOutUnverified: string | null = null): RejectionRule => ({
  grounds: ALL,
  missing: null,
  optOutUnverified,
  wording,
});
const withoutAbuse = (missing: string, wording: GroundWording): RejectionRule => ({
  grounds: CORE,
  missing,
  optOutUnverified: null,
  wording,
});
/** The words of a law that declines requests "manifestly unfounded, excessive, or repetitive". */
const unfoundedOrRepetitive = (cite: string, excessive = 'excessive, or repetitive'): GroundWording => ({
  manifestly_unfounded: `${cite}: "manifestly unfounded"`,
  excessive: `${cite}: "${excessive}"`,
});
const cannotAuthenticate = (cite: string) => `${cite}: the request cannot be authenticated`;

// GDPR and UK GDPR Art. 12(5)(b): refusal of manifestly unfounded or excessive requests; Art. 12(2) and
// 12(6): refusal where the data subject cannot be identified. Art. 23 lets Union or Member State law
// restrict the rights; Arts. 15(4) and 17(3) carry exceptions of their own. The UK's restrictions are in
// the Data Protection Act 2018, Schedules 2 to 4.
const gdprWording = (law: string, exemptions: string): GroundWording => ({
  identity_not_verified: `${law} Art. 12(2): not in a position to identify the data subject`,
  manifestly_unfounded: `${law} Art. 12(5)(b): "manifestly unfounded"`,
  excessive: `${law} Art. 12(5)(b): "excessive", e.g. repetitive`,
  legal_exemption: exemptions,
});
export const GDPR_REJECTION = every(
  gdprWording('GDPR', 'GDPR Arts. 15(4), 17(3), or a restriction by law under Art. 23'),
);
export const UK_GDPR_REJECTION = every(
  gdprWording('UK GDPR', 'an exemption of DPA 2018 Schs. 2-4, or UK GDPR Arts. 15(4), 17(3)'),
);

// Civ. Code §1798.145(h)(3): "manifestly unfounded or excessive, in particular because of their
// repetitive character". 11 CCR §7026(d): a business shall not require a verifiable consumer request for
// an opt-out; §7026(e): it may deny one only on a good-faith, reasonable, documented belief of fraud.
const CCPA_OPT_OUT =
  'a business shall not require a consumer to verify an opt-out of sale or sharing (11 CCR §7026(d)); it may deny one only on a good-faith, reasonable and documented belief that the request is fraudulent (§7026(e))';
// Civ. Code §1798.145 holds the Act's exemptions, §1798.105(d) the exceptions to deletion.
const CCPA_WORDING: GroundWording = {
  identity_not_verified: 'not a verifiable consumer request (11 CCR §§7060-7062)',
  manifestly_unfounded: 'Civ. Code §1798.145(h)(3): "manifestly unfounded"',
  excessive: 'Civ. Code §1798.145(h)(3): "excessive", e.g. repetitive',
  legal_exemption: 'an exemption of Civ. Code §1798.145; deletion: §1798.105(d)',
};
export const CCPA_REJECTION = every(CCPA_WORDING, CCPA_OPT_OUT);
// The opt-out clock is for opt-outs alone, so the identity ground never applies on it.
export const CCPA_OPT_OUT_REJECTION: RejectionRule = {
  grounds: ALL.filter((g) => g !== 'identity_not_verified'),
  missing: `no identity ground: ${CCPA_OPT_OUT}`,
  optOutUnverified: CCPA_OPT_OUT,
  wording: CCPA_WORDING,
};

// Va. Code §59.1-577(B)(3): requests "manifestly unfounded, excessive, or repetitive" may be declined.
// The subdivision of B on requests that cannot be authenticated was not read (docs/letters.md), so the
// ground cites subsection B; and subsection A makes every right, the opt-out of A 5 included, "an
// authenticated consumer request": no statute is cited for taking an opt-out unverified, which the desk
// does anyway (reject-grounds.ts).
export const VIRGINIA_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Va. Code §59.1-577(B)'),
  ...unfoundedOrRepetitive('Va. Code §59.1-577(B)(3)'),
});
// Conn. Gen. Stat. §42-518(c)(3): "manifestly unfounded, excessive or repetitive" requests may be declined;
// (c)(4): a request to exercise the rights of (a)(1) to (4) that cannot be authenticated with commercially
// reasonable efforts need not be complied with, so the opt-out of (a)(5) is outside that exception.
export const CONNECTICUT_REJECTION = every(
  {
    identity_not_verified: cannotAuthenticate('Conn. Gen. Stat. §42-518(c)(4)'),
    ...unfoundedOrRepetitive('Conn. Gen. Stat. §42-518(c)(3)', 'excessive or repetitive'),
  },
  'the exception for requests that cannot be authenticated covers the rights of subdivisions (1) to (4) of §42-518(a), not the opt-out of (a)(5) (Conn. Gen. Stat. §42-518(c)(4))',
);
// Tex. Bus. & Com. Code §541.052(d): "manifestly unfounded, excessive, or repetitive" requests may be
// declined; (e): a request the controller cannot authenticate with commercially reasonable efforts need
// not be complied with. §541.051(b) makes every right, the opt-out of (b)(5) included, "an authenticated
// consumer request", and §541.055 (the methods for submitting requests) exempts no opt-out: no statute is
// cited for taking an opt-out unverified, which the desk does anyway (reject-grounds.ts).
export const TEXAS_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Tex. Bus. & Com. Code §541.052(e)'),
  ...unfoundedOrRepetitive('Tex. Bus. & Com. Code §541.052(d)'),
});
// C.R.S. §6-1-1306(1)(a): a controller need not authenticate an opt-out request and may deny one only on a
// good-faith, reasonable and documented belief of fraud. The CPA itself provides no refusal of a request
// as manifestly unfounded or excessive: a second request within 12 months may carry a fee instead.
// §6-1-1306(1): a request the controller cannot authenticate with commercially reasonable efforts need
// not be complied with.
export const COLORADO_REJECTION: RejectionRule = {
  grounds: CORE,
  wording: { identity_not_verified: cannotAuthenticate('C.R.S. §6-1-1306(1)') },
  missing:
    'the Colorado Privacy Act has no refusal as manifestly unfounded or excessive; a second request within 12 months may carry a reasonable fee (C.R.S. §6-1-1306(1)(e))',
  optOutUnverified:
    'an opt-out request need not be authenticated; it may be denied only on a good-faith, reasonable and documented belief that it is fraudulent (C.R.S. §6-1-1306(1)(a))',
};
// ORS 646A.576(5)(d): a request the controller cannot authenticate with commercially reasonable methods
// waits for the information it asks for; (5)(e): an opt-out needs no authentication and may be denied only
// on a good-faith, reasonable and documented belief of fraud. Rightsdesk offers no refusal as manifestly
// unfounded or excessive under the OCPA: the Act ties its free request to once in 12 months instead.
export const OREGON_REJECTION: RejectionRule = {
  grounds: CORE,
  wording: { identity_not_verified: cannotAuthenticate('ORS 646A.576(5)(d)') },
  missing:
    'no refusal as manifestly unfounded or excessive is offered under the Oregon CPA; the first request in 12 months is free (ORS 646A.576(5))',
  optOutUnverified:
    'an opt-out request needs no authentication; it may be denied only on a good-faith, reasonable and documented belief that it is fraudulent (ORS 646A.576(5)(e))',
};
// Utah Code §13-61-203(4)(b): a request "excessive, repetitive, technically infeasible, or manifestly
// unfounded" may be refused (or charged for); (2)(d): the 45 days do not bind while a request suspected
// of fraud cannot be authenticated.
export const UTAH_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Utah Code §13-61-203(2)(d)'),
  manifestly_unfounded: 'Utah Code §13-61-203(4)(b): "manifestly unfounded"',
  excessive: 'Utah Code §13-61-203(4)(b): "excessive, repetitive"',
});
// Mont. Code Ann. §30-14-2808(4)(c): requests "manifestly unfounded, excessive, technically infeasible, or
// repetitive" may be declined (or charged for); a request the controller cannot authenticate with
// commercially reasonable efforts need not be complied with (§30-14-2808). An opt-out is never refused as
// unauthenticated, by design (reject-grounds.ts), whatever the state's own wording.
export const MONTANA_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Mont. Code Ann. §30-14-2808'),
  manifestly_unfounded: 'Mont. Code Ann. §30-14-2808(4)(c): "manifestly unfounded"',
  excessive: 'Mont. Code Ann. §30-14-2808(4)(c): "excessive" or "repetitive"',
});
// Iowa Code §715D.3(2)(c): requests "manifestly unfounded, excessive, or repetitive" may be declined (or
// charged for); (2)(d): a request the controller cannot authenticate with commercially reasonable efforts
// need not be complied with.
export const IOWA_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Iowa Code §715D.3(2)(d)'),
  ...unfoundedOrRepetitive('Iowa Code §715D.3(2)(c)'),
});
// Del. Code tit. 6, §12D-104(c)(3): requests "manifestly unfounded, excessive, or repetitive" may be
// declined (or charged for); §12D-104(c): a request the controller cannot authenticate with commercially
// reasonable efforts need not be complied with.
export const DELAWARE_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Del. Code tit. 6, §12D-104(c)'),
  ...unfoundedOrRepetitive('Del. Code tit. 6, §12D-104(c)(3)'),
});
// Neb. Rev. Stat. §87-1108(4): a request "manifestly unfounded, excessive, or repetitive" may be declined
// (or charged for); (5): a request the controller cannot authenticate with commercially reasonable
// efforts need not be complied with.
export const NEBRASKA_REJECTION = every({
  identity_not_verified: cannotAuthenticate('Neb. Rev. Stat. §87-1108(5)'),
  ...unfoundedOrRepetitive('Neb. Rev. Stat. §87-1108(4)'),
});
// LGPD Art. 18 §4: the controller answers that it is not the controller, or gives the reasons of fact or
// law that prevent acting; Art. 18 §5: requests are free. No refusal as unfounded or excessive.
export const LGPD_REJECTION = withoutAbuse(
  'LGPD has no refusal as manifestly unfounded or excessive; a refusal gives the reasons of fact or law (LGPD Art. 18 §4)',
  { legal_exemption: 'LGPD Art. 18 §4 II: reasons of fact or law that prevent acting' },
);
// PIPEDA s. 8(7) and s. 9: a refusal gives its reasons under the Act's exceptions; nothing lets an
// organisation refuse a request as unfounded or excessive.
export const PIPEDA_REJECTION = withoutAbuse(
  'PIPEDA has no refusal as manifestly unfounded or excessive; a refusal rests on an exception of s. 9, with reasons (s. 8(7))',
  { legal_exemption: 'PIPEDA s. 9: an exception to access, with reasons (s. 8(7))' },
);
// CQLR c. P-39.1 s. 46: only the Commission d'accès à l'information may authorise an enterprise to
// disregard requests that are obviously improper by their number or repetitious or systematic nature.
// Sections 37 to 41 are the refusals of access the Act itself provides.
export const QUEBEC_REJECTION = withoutAbuse(
  "Québec's Act lets no enterprise refuse a request as unfounded or excessive itself; only the Commission d'accès à l'information may authorise disregarding abusive requests (CQLR c. P-39.1 s. 46)",
  { legal_exemption: 'CQLR c. P-39.1 ss. 37-41: a refusal the Act provides' },
);
