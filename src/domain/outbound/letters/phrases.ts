/**
 * Every sentence a requester letter can hold, as one typed table per language: a language file that
 * lacks a sentence does not compile. Sentences take their facts (dates, citations, names) as
 * arguments, so a law's citation is never written into a translation.
 */
import type { RejectionReason } from '../../tickets/vocabulary.js';
import type { TaskAction } from '../../fulfilment/data-systems.js';
import type { Right } from '../../request-types.js';

/** A time span as the law or the organisation states it. */
export type PeriodUnit = 'business_days' | 'days' | 'months' | 'years';

/** A named body with a web address (an authority, an Attorney General). */
export interface Contact {
  readonly name: string;
  readonly url: string;
}

/** A lawful extension of a time limit: by how much, and the whole period it makes. */
export interface Extension {
  readonly by: string;
  readonly total: string;
}

export interface Phrases {
  /** Short name of the EU GDPR in this language (DSGVO, RGPD, AVG, RODO, …). */
  readonly gdpr: string;
  /**
   * How this language writes a citation the law's row gives in English, where the statute has an
   * official form of its own in the language (Canada's are bilingual: PIPEDA is the LPRPDE, the CQLR the
   * RLRQ, a section an "article"); absent: as the row writes it.
   */
  readonly localCitation?: (cite: string) => string;
  /**
   * How this language abbreviates "Articles" before several article numbers (the rows write the English
   * "Arts."): German, French, Dutch, Polish, Swedish and Danish write "Art." for one or many, Italian
   * "Artt."; absent: "Arts." as written (Spanish and Portuguese "arts."/"Arts.").
   */
  readonly articles?: string;
  readonly period: (amount: number, unit: PeriodUnit) => string;
  readonly greeting: (name: string | null) => string;
  readonly closing: string;
  readonly signature: (organisation: string) => string;
  readonly policy: (url: string) => string;
  readonly right: { readonly [R in Right]: string };
  readonly ground: { readonly [R in RejectionReason]: string };

  readonly subject: {
    readonly acknowledgement: string;
    readonly verification_request: string;
    readonly verification_success: string;
    readonly clarification_request: string;
    readonly extension_notice: string;
    readonly outcome_fulfilled: string;
    readonly outcome_partial: string;
    readonly outcome_rejected: string;
    readonly appeal_received: string;
    readonly appeal_decision: string;
    readonly staff_message: string;
  };

  // acknowledgement
  readonly received: (reference: string, date: string) => string;
  readonly answerBy: (date: string) => string;
  /** "The law gives us {period} from receipt to answer[, extendable by {by} ({total} in total)] ({cite})." */
  readonly timeLimit: (period: string, extension: Extension | null, cite: string) => string;
  /** After timeLimit, when the law's time limit covers only some of the rights asked for: which ones. */
  readonly timeLimitAppliesTo: (rights: string) => string;
  /** Rights for which the law fixes no number of days (`rest`: after a time limit for the others). */
  readonly noFixedTimeLimit: (rest: boolean, cite: string | null) => string;
  /** 11 CCR §7021(a): the law's deadline to confirm receipt, which this acknowledgement meets. */
  readonly receiptConfirmed: (period: string, cite: string) => string;
  /** 11 CCR §7026(f): an opt-out is honoured as soon as feasibly possible, within the period. */
  readonly optOutTimeLimit: (period: string, cite: string) => string;
  readonly mayVerifyIdentity: string;
  /** UK GDPR Art. 12A: the month begins when the identity information asked for arrives. */
  readonly identityStartsClock: (cite: string) => string;
  readonly noVerificationForOptOut: (cite: string) => string;

  // verification
  readonly confirmIdentity: (reference: string) => string;
  readonly codeValidUntil: (date: string) => string;
  readonly notYou: string;
  readonly identityConfirmed: (reference: string) => string;

  // clarification
  readonly needInformation: (reference: string) => string;
  readonly pleaseReply: string;
  readonly clockStopped: (cite: string) => string;

  // extension
  readonly needMoreTime: (reference: string, cite: string) => string;
  readonly theReason: string;
  readonly newDeadline: (date: string) => string;

  // outcomes
  /**
   * An opt-out of sale answered from the privacy policy (the organisation's file says it sells nothing):
   * the request is recorded and the organisation does not sell. Not "or share": the file states only sale.
   */
  readonly noSaleByPolicy: (reference: string) => string;
  readonly completed: (reference: string) => string;
  readonly completedInPart: (reference: string) => string;
  readonly questions: string;
  /** Issue 15: what was done in each data system, one line per system ("Billing records: …"). */
  /** "label: text" in a list line, with the language's own colon (French: "label : text"). */
  readonly labelled: (label: string, text: string) => string;
  /** Joins the actions done in one data system (French: " ; "). */
  readonly actionSeparator: string;
  readonly systemsIntro: string;
  /** Said once when the letter quotes the organisation's records untranslated: "…, in English." */
  readonly untranslatedFacts: (language: string) => string;
  readonly taskAction: { readonly [A in TaskAction]: string };
  /** A system where every task was not applicable: it held nothing of the requester's. */
  readonly nothingHeld: string;
  readonly keptIntro: string;
  readonly keptFor: (period: string) => string;
  /** A period the policy states as a most: "kept for up to 90 days". */
  readonly keptForUpTo: (period: string) => string;
  readonly whileAccountOpen: string;
  /** "Retained while your account is active and for a reasonable period after deletion". */
  readonly whileAccountOpenAndAfter: string;
  readonly asLongAsNeeded: string;
  readonly legalObligation: (cite: string) => string;
  readonly legalClaims: (cite: string) => string;
  readonly keptOnlyForThat: (cite: string) => string;
  /** GDPR Art. 19: recipients were told of a rectification, erasure or restriction; named on request. */
  readonly recipientsTold: (cite: string) => string;
  readonly cannotAct: (reference: string) => string;

  // access information (GDPR Art. 15(1) and the equivalents of other laws)
  readonly accessIntro: (cite: string) => string;
  readonly purposes: string;
  readonly categories: string;
  readonly recipients: string;
  /** GDPR Art. 15(2): the heading of the transfers and their safeguards. */
  readonly transfers: (cite: string) => string;
  readonly retention: string;
  readonly source: string;
  readonly otherRights: string;

  // remedies, one family of sentences per law
  readonly euComplaint: (authority: Contact | null, cite: string) => string;
  readonly ukComplaint: (ico: Contact, cite: string) => string;
  /** DPA 2018 s. 164A: a complaint to us first, at `address`, acknowledged within `period`, then answered. */
  readonly ukControllerComplaint: (address: string, period: string, cite: string) => string;
  readonly ccpaKnowDenied: (cite: string) => string;
  /** 11 CCR §7024(a), (b): an unverified request to know; `listed`: the information practices follow. */
  readonly ccpaKnowUnverified: (cite: string, listed: boolean) => string;
  readonly ccpaDeleteDenied: (cite: string) => string;
  readonly ccpaCorrectDenied: (cite: string) => string;
  /** 11 CCR §7022(e): a record of the request to delete is kept (§7101(a)). */
  readonly ccpaDeletionRecord: (cite: string) => string;
  readonly ccpaComplaint: (agency: Contact, attorneyGeneral: Contact) => string;
  /** `extension`: the law lets the appeal's answer be extended by this much (Colorado), or null. */
  readonly appealHow: (period: string, extension: string | null, cite: string) => string;
  readonly lgpdComplaint: (anpd: Contact, cite: string) => string;
  readonly pipedaComplaint: (commissioner: Contact, cite: string) => string;
  /** PIPEDA s. 8(4): the notice of extension names the right to complain about the extension. */
  readonly pipedaExtensionComplaint: (commissioner: Contact, cite: string) => string;
  readonly quebecComplaint: (commission: Contact, cite: string) => string;
  /** Québec: a refusal s. 43's 30-day review does not cover (no access or rectification asked for). */
  readonly quebecInquiry: (commission: Contact, cite: string) => string;

  // appeals (US states)
  readonly appealReceived: (reference: string) => string;
  readonly appealAnswerBy: (date: string, extension: string | null, cite: string) => string;
  readonly appealDenied: (reference: string) => string;
  readonly appealGranted: (reference: string) => string;
  readonly attorneyGeneral: (contact: Contact, cite: string) => string;
}
