/**
 * What each law makes a letter say, as language-free facts: the citation behind each sentence, the
 * authority or Attorney General a requester is sent to, and which family of remedy sentences applies.
 * The sentences themselves are in the phrase tables; a law is one row here. Each citation names the
 * provision that requires (or permits) the sentence it goes with.
 */
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { Contact } from './phrases.js';

export type RemedyFamily = 'eu' | 'uk' | 'ccpa' | 'us_state' | 'lgpd' | 'pipeda' | 'quebec';

export interface LawWording {
  readonly family: RemedyFamily;
  /** The time limit to answer (acknowledgement, extension notice). `{gdpr}` stands for the GDPR's local name. */
  readonly timeLimitCite: string;
  /** The provision allowing an extension, with notice; null where the law allows none. */
  readonly extensionCite: string | null;
  /** The provision that makes an answer to an access request carry its information. */
  readonly accessCite: string;
  /** Why data kept after an erasure is kept: a legal obligation, legal claims. */
  readonly keptCite: { readonly legalObligation: string; readonly legalClaims: string };
  /** The duty not to use retained data for anything else. */
  readonly keptOnlyCite: string;
  /** The remedies named in a refusal. */
  readonly refusalCite: string;
  /** Where the requester may complain: the authority, agency or commission; null: the org's own, or generic. */
  readonly authority: Contact | null;
  /** US states (and California, for CCPA complaints): the Attorney General's complaint page. */
  readonly attorneyGeneral: Contact | null;
  /** US states: the provisions on appeal instructions (in a denial) and on the appeal's answer. */
  readonly appeal: { readonly instructionsCite: string; readonly decisionCite: string } | null;
  /** UK GDPR Art. 12A: the clock stops while the controller waits for information it asked for. */
  readonly clarificationStopsClock: string | null;
  /** GDPR Art. 19: recipients told of a rectification, erasure or restriction, named to the requester on request. */
  readonly recipientsCite: string | null;
}

// GDPR Art. 17(3)(b) (legal obligation), 17(3)(e) (legal claims); Art. 12(4) with Arts. 77 and 79 (remedies).
const GDPR_KEPT = { legalObligation: 'Art. 17(3)(b)', legalClaims: 'Art. 17(3)(e)' } as const;

// Cal. Civ. Code §1798.105(d)(8) (comply with a legal obligation) and §1798.145(a)(1)(E) (legal claims);
// 11 CCR §7022(f)(3): retained information is used for the exception's purpose only.
const CCPA_KEPT = {
  legalObligation: 'Cal. Civ. Code §1798.105(d)(8)',
  legalClaims: 'Cal. Civ. Code §1798.145(a)(1)(E)',
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

/** US state laws: the shape is shared, the citations and the Attorney General are the state's. */
function usState(input: {
  timeLimit: string;
  access: string;
  exemptions: string;
  instructions: string;
  decision: string;
  attorneyGeneral: Contact;
}): LawWording {
  return {
    family: 'us_state',
    timeLimitCite: input.timeLimit,
    extensionCite: input.timeLimit,
    accessCite: input.access,
    keptCite: { legalObligation: input.exemptions, legalClaims: input.exemptions },
    keptOnlyCite: input.exemptions,
    refusalCite: input.instructions,
    authority: null,
    attorneyGeneral: input.attorneyGeneral,
    appeal: { instructionsCite: input.instructions, decisionCite: input.decision },
    clarificationStopsClock: null,
    recipientsCite: null,
  };
}

const CCPA: LawWording = {
  family: 'ccpa',
  // 11 CCR §7021(b): 45 calendar days, +45 with notice and explanation within the first 45.
  timeLimitCite: '11 CCR §7021(b)',
  extensionCite: '11 CCR §7021(b)',
  // Cal. Civ. Code §1798.110(a), (c): categories, sources, purposes, third parties, specific pieces.
  accessCite: 'Cal. Civ. Code §1798.110',
  keptCite: CCPA_KEPT,
  keptOnlyCite: '11 CCR §7022(f)(3)',
  refusalCite: '11 CCR §§7022(f), 7023(f), 7024(e)',
  authority: CALIFORNIA.agency,
  attorneyGeneral: CALIFORNIA.attorneyGeneral,
  appeal: null,
  clarificationStopsClock: null,
  recipientsCite: null,
};

export const LAW_WORDING: { readonly [J in JurisdictionId]: LawWording } = {
  'eu-gdpr': {
    family: 'eu',
    timeLimitCite: '{gdpr} Art. 12(3)',
    extensionCite: '{gdpr} Art. 12(3)',
    accessCite: '{gdpr} Art. 15(1)',
    keptCite: { legalObligation: '{gdpr} Art. 17(3)(b)', legalClaims: '{gdpr} Art. 17(3)(e)' },
    // Art. 5(1)(b): purpose limitation; data kept under an exemption serves that purpose only.
    keptOnlyCite: '{gdpr} Art. 5(1)(b)',
    refusalCite: '{gdpr} Arts. 12(4), 77, 79',
    authority: null,
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    recipientsCite: '{gdpr} Art. 19',
  },
  'uk-gdpr': {
    family: 'uk',
    timeLimitCite: 'UK GDPR Art. 12(3)',
    extensionCite: 'UK GDPR Art. 12(3)',
    accessCite: 'UK GDPR Art. 15(1)',
    keptCite: {
      legalObligation: `UK GDPR ${GDPR_KEPT.legalObligation}`,
      legalClaims: `UK GDPR ${GDPR_KEPT.legalClaims}`,
    },
    keptOnlyCite: 'UK GDPR Art. 5(1)(b)',
    refusalCite: 'UK GDPR Arts. 12(4), 77, 79',
    // UK GDPR Art. 77 and DPA 2018 s. 165: complaints go to the Information Commissioner.
    authority: {
      name: "Information Commissioner's Office (ICO)",
      url: 'https://ico.org.uk/make-a-complaint/',
    },
    attorneyGeneral: null,
    appeal: null,
    // Art. 12A(3)-(4) (Data (Use and Access) Act 2025 s. 76): the period waiting for information is not counted.
    clarificationStopsClock: 'UK GDPR Art. 12A',
    recipientsCite: 'UK GDPR Art. 19',
  },
  'us-ca': CCPA,
  // An opt-out has no extension (11 CCR §7026(f)) and needs no verification (§7026(d)).
  'us-ca-optout': { ...CCPA, timeLimitCite: '11 CCR §7026(f)', extensionCite: null },
  // Va. Code §59.1-577(B)(2): a refusal gives the reasons and how to appeal; (C): the appeal is answered in
  // 60 days, a denial naming how to contact the Attorney General. §59.1-582: the exemptions (legal duties).
  'us-va': usState({
    timeLimit: 'Va. Code §59.1-577(B)',
    access: 'Va. Code §59.1-577(A)(1)',
    exemptions: 'Va. Code §59.1-582(A)',
    instructions: 'Va. Code §59.1-577(B)(2), (C)',
    decision: 'Va. Code §59.1-577(C)',
    attorneyGeneral: {
      name: 'Office of the Attorney General of Virginia, Consumer Protection Section',
      url: 'https://www.oag.state.va.us/consumercomplaintform',
    },
  }),
  // C.R.S. §6-1-1306(2)(b): reasons and appeal instructions; (3): the appeal and the Attorney General.
  'us-co': usState({
    timeLimit: 'C.R.S. §6-1-1306(2)',
    access: 'C.R.S. §6-1-1306(1)(b)',
    exemptions: 'C.R.S. §6-1-1304(3)',
    instructions: 'C.R.S. §6-1-1306(2)(b), (3)',
    decision: 'C.R.S. §6-1-1306(3)',
    attorneyGeneral: { name: 'Colorado Attorney General', url: 'https://coag.gov/file-complaint/' },
  }),
  // Conn. Gen. Stat. §42-518(c)(2) and (d); §42-524: the exemptions.
  'us-ct': usState({
    timeLimit: 'Conn. Gen. Stat. §42-518(c)',
    access: 'Conn. Gen. Stat. §42-518(a)(1)',
    exemptions: 'Conn. Gen. Stat. §42-524(a)',
    instructions: 'Conn. Gen. Stat. §42-518(c)(2), (d)',
    decision: 'Conn. Gen. Stat. §42-518(d)',
    attorneyGeneral: {
      name: 'Office of the Attorney General of Connecticut',
      url: 'https://portal.ct.gov/ag/consumer-issues/consumer-complaint',
    },
  }),
  // Tex. Bus. & Com. Code §541.052(d), §541.053; §541.201: the exemptions.
  'us-tx': usState({
    timeLimit: 'Tex. Bus. & Com. Code §541.052',
    access: 'Tex. Bus. & Com. Code §541.051(b)(1)',
    exemptions: 'Tex. Bus. & Com. Code §541.201(a)',
    instructions: 'Tex. Bus. & Com. Code §541.052(d), §541.053',
    decision: 'Tex. Bus. & Com. Code §541.053(c)',
    attorneyGeneral: {
      name: 'Office of the Attorney General of Texas',
      url: 'https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint',
    },
  }),
  'br-lgpd': {
    family: 'lgpd',
    // LGPD Art. 19(II): 15 days, no extension.
    timeLimitCite: 'LGPD Art. 19(II)',
    extensionCite: null,
    // Art. 19(II) and Art. 9: origin, criteria, purpose, retention, shared use, rights.
    accessCite: 'LGPD Arts. 9, 19(II)',
    // Art. 16(I): kept to comply with a legal or regulatory obligation; Art. 7(VI): exercise of rights in proceedings.
    keptCite: { legalObligation: 'LGPD Art. 16(I)', legalClaims: 'LGPD Art. 7(VI)' },
    keptOnlyCite: 'LGPD Art. 6(I)',
    // Art. 18 §4(II): the reasons of fact or law; Art. 18 §1: the right to petition the ANPD.
    refusalCite: 'LGPD Art. 18 §§1, 4',
    authority: { name: 'Autoridade Nacional de Proteção de Dados (ANPD)', url: 'https://www.gov.br/anpd' },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    recipientsCite: null,
  },
  'ca-pipeda': {
    family: 'pipeda',
    // PIPEDA s. 8(3); s. 8(4): +30 days with notice, the new limit, reasons and the right to complain.
    timeLimitCite: 'PIPEDA s. 8(3)',
    extensionCite: 'PIPEDA s. 8(4)',
    // PIPEDA Sch. 1, Principle 4.9 (4.9.1, 4.9.3): the information, its use and to whom it was disclosed.
    accessCite: 'PIPEDA Sch. 1, cl. 4.9',
    keptCite: { legalObligation: 'PIPEDA Sch. 1, cl. 4.5.3', legalClaims: 'PIPEDA Sch. 1, cl. 4.5.2' },
    keptOnlyCite: 'PIPEDA Sch. 1, cl. 4.5',
    // s. 8(7): a refusal states the reasons and the recourse; s. 11: complaint to the Commissioner; s. 14: Federal Court.
    refusalCite: 'PIPEDA ss. 8(7), 11, 14',
    authority: {
      name: 'Office of the Privacy Commissioner of Canada',
      url: 'https://www.priv.gc.ca/en/report-a-concern/',
    },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    recipientsCite: null,
  },
  'ca-qc': {
    family: 'quebec',
    // CQLR c. P-39.1 s. 32: 30 days, no extension.
    timeLimitCite: 'CQLR c. P-39.1, s. 32',
    extensionCite: null,
    // s. 27: communication of the information; s. 8: purposes, use, categories of persons with access.
    accessCite: 'CQLR c. P-39.1, ss. 8, 27',
    keptCite: { legalObligation: 'CQLR c. P-39.1, s. 23', legalClaims: 'CQLR c. P-39.1, s. 23' },
    keptOnlyCite: 'CQLR c. P-39.1, s. 12',
    // s. 34: reasons, the provision relied on, the recourse and its time limit; s. 43: 30 days to apply to the CAI.
    refusalCite: 'CQLR c. P-39.1, ss. 34, 43',
    authority: { name: "Commission d'accès à l'information du Québec", url: 'https://www.cai.gouv.qc.ca' },
    attorneyGeneral: null,
    appeal: null,
    clarificationStopsClock: null,
    recipientsCite: null,
  },
};

/** A citation with the GDPR's local name filled in. */
export function citation(template: string, gdprName: string): string {
  return template.replaceAll('{gdpr}', gdprName);
}
