/**
 * The shape of one law's row of letter facts (law-wording.ts, law-wording-us.ts): the citation behind
 * each sentence, the bodies a requester is sent to, and which rights and time limits the law gives.
 */
import type { IsoDate } from '../../deadlines/iso-date.js';
import type { Period } from '../../deadlines/jurisdiction-rule.js';
import type { Right } from '../../request-types.js';
import type { RejectionReason } from '../../tickets/vocabulary.js';
import type { Contact } from './phrases.js';

export type RemedyFamily = 'eu' | 'uk' | 'ccpa' | 'us_state' | 'lgpd' | 'pipeda' | 'quebec';

export interface AppealWording {
  /** The provision requiring appeal instructions in a refusal. */
  readonly instructionsCite: string;
  /** The provision setting the time to answer an appeal. */
  readonly decisionCite: string;
  /** The provision requiring the Attorney General's contact in the appeal's decision. */
  readonly attorneyGeneralCite: string;
  /** Whether the Attorney General is named after a denied appeal only, or after any decision (Colorado). */
  readonly attorneyGeneralAfter: 'denial' | 'any_decision';
}

export interface LawWording {
  readonly family: RemedyFamily;
  /** The time limit to answer (acknowledgement, extension notice). `{gdpr}` stands for the GDPR's local name. */
  readonly timeLimitCite: string;
  /**
   * The rights the law's time limit is written for; null: every right. The others are answered without a
   * fixed number of days, and the letter says so instead of lending them a period the law does not give.
   */
  readonly timeLimitScope: readonly Right[] | null;
  /** What the letter cites when it says the law fixes no number of days (null: no citation). */
  readonly noFixedLimitCite: string | null;
  /** The rule is an opt-out's (act within the period), not an answer's. */
  readonly optOut: boolean;
  /** The provision requiring the receipt to be confirmed within the law's `acknowledge` period. */
  readonly acknowledgeCite: string | null;
  /** The provision allowing an extension, with notice; null where the law allows none. */
  readonly extensionCite: string | null;
  /** The rights the law gives; a letter offers only those the organisation also promises. */
  readonly rights: readonly Right[];
  /** The provision that makes an answer to an access request carry its information. */
  readonly accessCite: string;
  /** The complaint sentence in an access answer; null: the law names none outside a refusal. */
  readonly accessComplaintCite: string | null;
  /** Why data kept after an erasure is kept: a legal obligation, legal claims. */
  readonly keptCite: { readonly legalObligation: string; readonly legalClaims: string };
  /** The duty not to use retained data for anything else. */
  readonly keptOnlyCite: string;
  /** The remedies named in a refusal. */
  readonly refusalCite: string;
  /**
   * The exact provision behind a refusal ground, cited beside the ground in the refusal (Québec s. 34:
   * the refusal names the provision it rests on); `access`: only when the ticket asks for access or a
   * copy. Absent: the law's row cites none of its own.
   */
  readonly groundCites?: {
    readonly [R in RejectionReason]?: { readonly cite: string; readonly access?: boolean };
  };
  /**
   * UK: from `inForceFrom` (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103) a letter
   * composed that day or later names the complaint to the organisation, acknowledged within `acknowledge`,
   * before the authority, and cites `refusalCite` and `accessComplaintCite` instead of the row's own.
   * Absent: the law has no such complaint.
   */
  readonly controllerComplaint?: {
    readonly inForceFrom: IsoDate;
    readonly cite: string;
    readonly acknowledge: Period;
    readonly refusalCite: string;
    readonly accessComplaintCite: string;
    /** The complaint to the authority alone, as the letter acknowledging a complaint names it. */
    readonly commissionerCite: string;
  };
  /** Where the requester may complain: the authority, agency or commission; null: the org's own, or generic. */
  readonly authority: Contact | null;
  /** US states (and California, for CCPA complaints): the Attorney General's complaint page. */
  readonly attorneyGeneral: Contact | null;
  /** US states: how appeals are offered and answered. */
  readonly appeal: AppealWording | null;
  /** UK GDPR Art. 12A(5): the clock stops while the controller waits for what identifies an access request's scope. */
  readonly clarificationStopsClock: string | null;
  /** UK GDPR Art. 12A(2)(b): the time limit begins when the identity information asked for is received. */
  readonly identityStartsClock: string | null;
  /** GDPR Art. 19: recipients told of a rectification, erasure or restriction, named to the requester on request. */
  readonly recipientsCite: string | null;
  /** Québec: a letter in another language offers the French version (Charter of the French language s. 5). */
  readonly frenchOnRequest: boolean;
}
