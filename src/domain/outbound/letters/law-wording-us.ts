/**
 * What the CCPA/CPRA (and its opt-out rule) makes a letter say; the other state laws are in
 * law-wording-us-states.ts. Each citation names the provision behind its sentence.
 */
import type { Right } from '../../request-types.js';
import type { LawWording } from './law-wording-shape.js';

// Cal. Civ. Code §1798.105(d)(8) (comply with a legal obligation) and §1798.145(a), whose list includes
// "exercise or defend legal claims" (its codified paragraphs are numbered, not lettered);
// 11 CCR §7022(f)(3): retained information is used for the exception's purpose only.
const CCPA_KEPT = {
  legalObligation: 'Cal. Civ. Code §1798.105(d)(8)',
  legalClaims: 'Cal. Civ. Code §1798.145(a)',
};

const CALIFORNIA = {
  // Cal. Civ. Code §1798.199.45: the Agency investigates sworn complaints from consumers.
  agency: {
    name: 'California Privacy Protection Agency',
    url: 'https://cppa.ca.gov/webapplications/complaint',
  },
  // Cal. Civ. Code §1798.199.90: the Attorney General enforces the CCPA and takes consumer complaints.
  attorneyGeneral: {
    name: 'Attorney General of California',
    url: 'https://oag.ca.gov/contact/consumer-complaint-against-business-or-company',
  },
} as const;

// Cal. Civ. Code §1798.100/.110 (know; in a portable format, §1798.130(a)(2)(B)), §1798.105 (delete),
// §1798.106 (correct), §1798.120 (opt out of sale or sharing). The CCPA has no right to restrict or
// object as such (§1798.121 limits the use of sensitive data only) and no general consent withdrawal.
const CCPA_RIGHTS: readonly Right[] = ['access', 'erasure', 'rectification', 'portability', 'opt_out_sale'];

export const CCPA: LawWording = {
  family: 'ccpa',
  // Cal. Civ. Code §1798.130(a)(2)(A) and 11 CCR §7021(b): 45 calendar days from receipt, extendable once
  // by 45 (90 in all) with notice and explanation within the first 45.
  timeLimitCite: 'Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021(b)',
  timeLimitScope: null,
  noFixedLimitCite: null,
  optOut: false,
  // 11 CCR §7021(a): confirm receipt within 10 business days.
  acknowledgeCite: '11 CCR §7021(a)',
  extensionCite: 'Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021(b)',
  rights: CCPA_RIGHTS,
  // Cal. Civ. Code §1798.110(a), (c): categories, sources, purposes, third parties, specific pieces.
  accessCite: 'Cal. Civ. Code §1798.110',
  accessComplaintCite: null,
  keptCite: CCPA_KEPT,
  keptOnlyCite: '11 CCR §7022(f)(3)',
  refusalCite: '11 CCR §§7022(f), 7023(f), 7024(e)',
  authority: CALIFORNIA.agency,
  attorneyGeneral: CALIFORNIA.attorneyGeneral,
  appeal: null,
  clarificationStopsClock: null,
  identityStartsClock: null,
  recipientsCite: null,
  frenchOnRequest: false,
};

// 11 CCR §7026(f): an opt-out is complied with as soon as feasibly possible, at most 15 business days
// from receipt, with no extension; §7026(d): no verification; §7021(a)'s receipt confirmation covers
// requests to know, delete and correct only.
export const CCPA_OPT_OUT: LawWording = {
  ...CCPA,
  timeLimitCite: '11 CCR §7026(f)',
  optOut: true,
  acknowledgeCite: null,
  extensionCite: null,
};
