/**
 * The shape every US state law beside the CCPA gives its letter facts (law-wording-us-states.ts): the
 * state's citations, rights, appeal and Attorney General fill it; the rest is common to them all.
 */
import type { Right } from '../../request-types.js';
import type { Contact } from './phrases.js';
import type { AppealWording, LawWording } from './law-wording-shape.js';

// Most state laws give the same rights: Va. Code §59.1-577(A)(1)-(5), C.R.S. §6-1-1306(1)(a)-(e), Conn. Gen.
// Stat. §42-518(a)(1)-(5), Tex. Bus. & Com. Code §541.051(b)(1)-(5), Mont. Code Ann. §30-14-2808(1)(a)-(e),
// Del. Code tit. 6, §12D-104(a), Neb. Rev. Stat. §87-1107(2)(a)-(e): confirm and access, correct, delete, a
// portable copy, opt out of targeted advertising, sale and profiling (Utah's, correction included since 1
// July 2026, are in its row). A state that gives fewer (Iowa) lists its own.
const STATE_RIGHTS: readonly Right[] = ['access', 'rectification', 'erasure', 'portability', 'opt_out_sale'];

/** US state laws: the shape is shared, the citations and the Attorney General are the state's. */
export function usState(input: {
  timeLimit: string;
  access: string;
  /** The subsection naming the exemptions (a legal obligation, legal claims). */
  exemptions: string;
  /** The section as a whole: data kept under it serves that purpose only. */
  exemptionsSection: string;
  /** The provision a refusal rests on: the appeal instructions, or the reasons where there is no appeal. */
  refusal: string;
  appeal: AppealWording | null;
  /** Named after a denied appeal; null where the law has no appeal. */
  attorneyGeneral: Contact | null;
  /** The rights the statute gives, where fewer than the common five. */
  rights?: readonly Right[];
}): LawWording {
  return {
    family: 'us_state',
    timeLimitCite: input.timeLimit,
    timeLimitScope: null,
    noFixedLimitCite: null,
    optOut: false,
    acknowledgeCite: null,
    extensionCite: input.timeLimit,
    rights: input.rights ?? STATE_RIGHTS,
    accessCite: input.access,
    accessComplaintCite: null,
    keptCite: { legalObligation: input.exemptions, legalClaims: input.exemptions },
    keptOnlyCite: input.exemptionsSection,
    refusalCite: input.refusal,
    authority: null,
    attorneyGeneral: input.attorneyGeneral,
    appeal: input.appeal,
    clarificationStopsClock: null,
    identityStartsClock: null,
    recipientsCite: null,
    frenchOnRequest: false,
  };
}
