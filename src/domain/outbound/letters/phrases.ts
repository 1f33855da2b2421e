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

export interface Phrases {
  /** Short name of the EU GDPR in this language (DSGVO, RGPD, AVG, RODO, …). */
  readonly gdpr: string;
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
  /** "The law gives us {period} from receipt to answer[, extendable by {extension}] ({cite})." */
  readonly timeLimit: (period: string, extension: string | null, cite: string) => string;
  readonly mayVerifyIdentity: string;
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
  readonly completed: (reference: string) => string;
  readonly completedInPart: (reference: string) => string;
  readonly questions: string;
  /** Issue 15: what was done in each data system, one line per system ("Billing records: …"). */
  readonly systemsIntro: string;
  readonly taskAction: { readonly [A in TaskAction]: string };
  /** A system where every task was not applicable: it held nothing of the requester's. */
  readonly nothingHeld: string;
  readonly keptIntro: string;
  readonly keptFor: (period: string) => string;
  readonly whileAccountOpen: string;
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
  readonly retention: string;
  readonly source: string;
  readonly otherRights: string;

  // remedies, one family of sentences per law
  readonly euComplaint: (authority: Contact | null, cite: string) => string;
  readonly ukComplaint: (ico: Contact, cite: string) => string;
  readonly ccpaKnowDenied: (cite: string) => string;
  readonly ccpaDeleteDenied: (cite: string) => string;
  readonly ccpaCorrectDenied: (cite: string) => string;
  readonly ccpaComplaint: (agency: Contact, attorneyGeneral: Contact) => string;
  readonly appealHow: (period: string, cite: string) => string;
  readonly lgpdComplaint: (anpd: Contact, cite: string) => string;
  readonly pipedaComplaint: (commissioner: Contact, cite: string) => string;
  readonly quebecComplaint: (commission: Contact, cite: string) => string;

  // appeals (US states)
  readonly appealReceived: (reference: string) => string;
  readonly appealAnswerBy: (date: string, cite: string) => string;
  readonly appealDenied: (reference: string) => string;
  readonly appealGranted: (reference: string) => string;
  readonly attorneyGeneral: (contact: Contact, cite: string) => string;
}
