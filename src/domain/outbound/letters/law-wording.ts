/**
 * What each law makes a letter say, as language-free facts: the citation behind each sentence, the
 * authority a requester is sent to, the rights the law gives and which rights its time limit covers.
 * The sentences themselves are in the phrase tables; a law is one row here (the US laws in
 * law-wording-us.ts). Each citation names the provision that requires (or permits) its sentence.
 */
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { Right } from '../../request-types.js';
import type { LawWording } from './law-wording-shape.js';
import type { Phrases } from './phrases.js';
import { CCPA, CCPA_OPT_OUT } from './law-wording-us.js';
import { US_STATES } from './law-wording-us-states.js';

// GDPR Arts. 15 (access), 16 (rectification), 17 (erasure), 18 (restriction), 20 (portability),
// 21 (objection), 7(3) (withdrawal of consent). The same articles in the UK GDPR.
const GDPR_RIGHTS: readonly Right[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
];

/** EU and UK GDPR rows differ in the name of the law, the authority and Art. 12A. */
function gdpr(
  law: string,
): Omit<LawWording, 'family' | 'authority' | 'clarificationStopsClock' | 'identityStartsClock'> {
  return {
    // Art. 12(3): one month, +2 months (three in all) where necessary, with notice and reasons in the first.
    timeLimitCite: `${law} Art. 12(3)`,
    timeLimitScope: null,
    noFixedLimitCite: null,
    optOut: false,
    acknowledgeCite: null,
    extensionCite: `${law} Art. 12(3)`,
    rights: GDPR_RIGHTS,
    accessCite: `${law} Art. 15(1)`,
    // Art. 15(1)(f): the access answer names the right to complain; Arts. 77, 79: the remedies.
    accessComplaintCite: `${law} Arts. 15(1)(f), 77, 79`,
    // Art. 17(3)(b) (legal obligation), 17(3)(e) (legal claims).
    keptCite: { legalObligation: `${law} Art. 17(3)(b)`, legalClaims: `${law} Art. 17(3)(e)` },
    // Art. 5(1)(b): purpose limitation; data kept under an exemption serves that purpose only.
    keptOnlyCite: `${law} Art. 5(1)(b)`,
    // Art. 12(4): the reasons, and the possibility of a complaint (Art. 77) and a judicial remedy (Art. 79).
    refusalCite: `${law} Arts. 12(4), 77, 79`,
    attorneyGeneral: null,
    appeal: null,
    recipientsCite: `${law} Art. 19`,
    frenchOnRequest: false,
  };
}

const UK = gdpr('UK GDPR');

export const LAW_WORDING: { readonly [J in JurisdictionId]: LawWording } = {
  'eu-gdpr': {
    ...gdpr('{gdpr}'),
    family: 'eu',
    authority: null,
    clarificationStopsClock: null,
    // Art. 12(6) lets the controller ask for identity but does not move the start of the month.
    identityStartsClock: null,
  },
  'uk-gdpr': {
    ...UK,
    family: 'uk',
    // Art. 12A (Data (Use and Access) Act 2025 s. 76) now holds the UK's time limit and its extension.
    timeLimitCite: 'UK GDPR Arts. 12(3), 12A',
    extensionCite: 'UK GDPR Arts. 12(3), 12A',
    // UK GDPR Art. 77 and DPA 2018 s. 165 (until 18 June 2026; s. 165 alone since): complaints go to the
    // Information Commissioner.
    authority: {
      name: "Information Commissioner's Office (ICO)",
      url: 'https://ico.org.uk/make-a-complaint/',
    },
    // Art. 12A(5): the days waiting for information the controller reasonably requires to identify the
    // information or processing activities an access request relates to are not counted.
    clarificationStopsClock: 'UK GDPR Art. 12A',
    // Data (Use and Access) Act 2025 s. 103 and Sch. 10, in force 19 June 2026 (SI 2026/82 reg. 3): DPA 2018
    // s. 164A lets the data subject complain to the controller, which acknowledges the complaint within 30
    // days and answers it without undue delay; UK GDPR Art. 77 is omitted and the complaint to the
    // Commissioner is DPA 2018 s. 165's (docs/law-checks.md: what of this was read). Art. 79, the judicial
    // remedy, is cited as before.
    controllerComplaint: {
      inForceFrom: '2026-06-19',
      cite: 'DPA 2018 s. 164A',
      acknowledge: { unit: 'days', amount: 30 },
      refusalCite: 'UK GDPR Arts. 12(4), 79; DPA 2018 s. 165',
      accessComplaintCite: 'UK GDPR Arts. 15(1)(f), 79; DPA 2018 s. 165',
      commissionerCite: 'DPA 2018 s. 165',
    },
    // Art. 12A(2): the month begins at the latest of receipt, the identity information asked for under
    // Art. 12(6), and any fee.
    identityStartsClock: 'UK GDPR Art. 12A',
  },
  'us-ca': CCPA,
  'us-ca-optout': CCPA_OPT_OUT,
  ...US_STATES,
  'br-lgpd': {
    family: 'lgpd',
    // Art. 19(II): the clear and complete statement of access within 15 days of the request, no extension.
    // Only access has a number of days: Art. 18 §§3-5 wants the other rights acted on immediately, or a
    // reply with the reasons, "nos prazos e nos termos previstos em regulamento".
    timeLimitCite: 'LGPD Art. 19(II)',
    timeLimitScope: ['access'],
    noFixedLimitCite: 'LGPD Art. 18 §§4, 5',
    optOut: false,
    acknowledgeCite: null,
    extensionCite: null,
    // Art. 18: II access, III correction, IV anonymisation, blocking or elimination, V portability,
    // VI elimination of data processed with consent, IX revocation of consent; §2: opposition.
    rights: [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'withdraw_consent',
      'objection',
    ],
    // Art. 19(II) and Art. 9: origin, criteria, purpose, retention, shared use, rights.
    accessCite: 'LGPD Arts. 9, 19(II)',
    // Art. 18 §1: the right to petition the ANPD; Art. 22: the rights may be defended in court.
    accessComplaintCite: 'LGPD Arts. 18 §1, 22',
    // Art. 16(I): kept to comply with a legal or regulatory obligation; Art. 7(VI): exercise of rights in proceedings.
    keptCite: { legalObligation: 'LGPD Art. 16(I)', legalClaims: 'LGPD Art. 7(VI)' },
    keptOnlyCite: 'LGPD Art. 6(I)',
    // Art. 18 §4(II): the reasons of fact or law; §1: petition to the ANPD; Art. 22: courts.
    refusalCite: 'LGPD Arts. 18 §§1, 4, 22',
    authority: { name: 'Autoridade Nacional de Proteção de Dados (ANPD)', url: 'https://www.gov.br/anpd' },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    identityStartsClock: null,
    recipientsCite: null,
    frenchOnRequest: false,
  },
  'ca-pipeda': {
    family: 'pipeda',
    // s. 8(3): 30 days for a request under Sch. 1 cl. 4.9 (access, and the amendment of 4.9.5);
    // s. 8(4): +30 days (60 in all) with notice, the new limit, the reasons and the right to complain.
    // PIPEDA gives no other right a number of days (withdrawal of consent, cl. 4.3.8: reasonable notice).
    timeLimitCite: 'PIPEDA s. 8(3), (4)',
    timeLimitScope: ['access', 'rectification'],
    noFixedLimitCite: null,
    optOut: false,
    acknowledgeCite: null,
    extensionCite: 'PIPEDA s. 8(4)',
    // Sch. 1 cl. 4.9 (access), 4.9.5 (amendment), 4.3.8 (withdrawal of consent). No right to erasure,
    // restriction, objection or portability as such.
    rights: ['access', 'rectification', 'withdraw_consent'],
    // PIPEDA Sch. 1, Principle 4.9 (4.9.1, 4.9.3): the information, its use and to whom it was disclosed.
    accessCite: 'PIPEDA Sch. 1, cl. 4.9',
    // s. 11: complaint to the Commissioner; s. 14: the Federal Court after the Commissioner's report.
    accessComplaintCite: 'PIPEDA ss. 11, 14',
    // Sch. 1 cl. 4.5.2: "An organization may be subject to legislative requirements with respect to retention
    // periods". No clause names legal claims: cl. 4.5 keeps data as long as necessary for its purposes.
    keptCite: { legalObligation: 'PIPEDA Sch. 1, cl. 4.5.2', legalClaims: 'PIPEDA Sch. 1, cl. 4.5' },
    keptOnlyCite: 'PIPEDA Sch. 1, cl. 4.5',
    // s. 8(7): a refusal states the reasons and the recourse; s. 11: complaint; s. 14: Federal Court.
    refusalCite: 'PIPEDA ss. 8(7), 11, 14',
    authority: {
      name: 'Office of the Privacy Commissioner of Canada',
      url: 'https://www.priv.gc.ca/en/report-a-concern/',
    },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    identityStartsClock: null,
    recipientsCite: null,
    frenchOnRequest: false,
  },
  'ca-qc': {
    family: 'quebec',
    // CQLR c. P-39.1 s. 32: a request for access or rectification (s. 30; rectification includes the
    // deletion of s. 28 and Civil Code art. 40) is answered within 30 days, no extension.
    timeLimitCite: 'CQLR c. P-39.1, s. 32',
    timeLimitScope: ['access', 'rectification', 'erasure', 'portability'],
    noFixedLimitCite: null,
    optOut: false,
    acknowledgeCite: null,
    extensionCite: null,
    // s. 27 (access, and since 2024 in a structured technological format), s. 28 (rectification and
    // deletion). Withdrawal of consent and the s. 28.1 rights are left out until a lawyer confirms them.
    rights: ['access', 'rectification', 'erasure', 'portability'],
    // s. 27: communication of the information; s. 8: purposes, use, categories of persons with access.
    accessCite: 'CQLR c. P-39.1, ss. 8, 27',
    // s. 43 opens the Commission to a refusal only: a granted access names no complaint.
    accessComplaintCite: null,
    keptCite: { legalObligation: 'CQLR c. P-39.1, s. 23', legalClaims: 'CQLR c. P-39.1, s. 23' },
    keptOnlyCite: 'CQLR c. P-39.1, s. 12',
    // s. 34: reasons, the provision relied on, the recourse and its time limit; s. 43: 30 days to apply to the CAI.
    refusalCite: 'CQLR c. P-39.1, ss. 34, 43',
    groundCites: {
      // s. 30: a request for access or rectification is considered only if made in writing by a person
      // who proves their identity as the person concerned (or their representative, heir, …).
      identity_not_verified: { cite: 'CQLR c. P-39.1, s. 30' },
      // Division IV, § 2 "Restrictions on access", ss. 37 to 41 (e.g. s. 39(2): disclosure likely to
      // affect judicial proceedings): they restrict access only, so a refusal to rectify or delete cites
      // none of them; which one applies is for staff to name in the reason.
      legal_exemption: { cite: 'CQLR c. P-39.1, ss. 37-41', access: true },
    },
    authority: { name: 'Commission d’accès à l’information du Québec', url: 'https://www.cai.gouv.qc.ca' },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    identityStartsClock: null,
    recipientsCite: null,
    // Charter of the French language s. 5: consumers have the right to be informed and served in French.
    frenchOnRequest: true,
  },
};

/** A citation with the GDPR's local name filled in, written as the letter's language writes it. */
export function citation(template: string, p: Pick<Phrases, 'gdpr' | 'localCitation' | 'articles'>): string {
  const named = template.replaceAll('{gdpr}', p.gdpr);
  const cite = p.articles ? named.replaceAll('Arts. ', `${p.articles} `) : named;
  return p.localCitation ? p.localCitation(cite) : cite;
}
