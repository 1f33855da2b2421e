/**
 * Composes a requester letter from the ticket's facts in the law of its jurisdiction and the chosen
 * language. Pure: the same facts give the same letter. A letter a law has no place for (an extension
 * where the law allows none, an appeal where the law has no appeal) is a typed refusal, not a letter.
 *
 * Automatic letters and those sent before identity is confirmed never quote what the requester wrote,
 * not even the display name: an auto-reply that repeats a stranger's text relays spam and phishing.
 */
import { JURISDICTIONS } from '../../deadlines/jurisdictions.js';
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import { block, type Letter, type LetterBlock } from './letter.js';
import { keptAfterErasure, type LetterFacts, type LetterKind, type LetterRequest } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';
import {
  cite,
  accessInformation,
  ccpaDeletionRecord,
  groundReason,
  keptLine,
  periodText,
  refusalRemedies,
} from './remedies.js';
import { timeLimitBinds, timeLimitBlocks } from './time-limit.js';
import { LAW_WORDING } from './law-wording.js';
import { PHRASES } from './phrase-tables.js';
import { identityWaitBlocks, identityWaitSubject, isIdentityWaitKind } from './identity-wait-letters.js';
import type { Phrases } from './phrases.js';
import { inLetterLanguage, untranslatedNote } from './organisation-texts.js';
import { complaintBlocks, complaintSubject, isComplaintKind } from './complaint-letters.js';
import { recipientsTold, systemsDone } from './fulfilment-blocks.js';

export type LetterResult =
  | { readonly ok: true; readonly letter: Letter }
  | {
      readonly ok: false;
      readonly code: 'not_for_this_law';
      readonly kind: LetterKind;
      readonly jurisdiction: JurisdictionId;
    };

/** Letters that reach someone whose identity is not confirmed yet: no name from the mail in them. */
const ANONYMOUS: readonly LetterKind[] = [
  'acknowledgement',
  'verification_request',
  'verification_success',
  'verification_reminder',
  'closed_unverified',
  'complaint_acknowledgement',
];

// 11 CCR §7026(d): a business shall not require a verifiable consumer request for an opt-out.
const OPT_OUT_NO_VERIFICATION = '11 CCR §7026(d)';

// Charter of the French language s. 5: a Québec consumer may be informed and served in French, so a
// Québec letter in another language offers the French one (in French).
const FRENCH_ON_REQUEST =
  'Vous pouvez obtenir cette lettre en français sur simple demande (Charte de la langue française, art. 5).';

/** Whether the acknowledgement may announce an identity check: never for an opt-out of sale or sharing alone. */
export function mayAskForIdentity(facts: Pick<LetterFacts, 'types'>): boolean {
  return !facts.types.every((t) => t === 'opt_out_sale');
}

export function composeLetter(
  request: LetterRequest,
  facts: LetterFacts,
  language: LetterLanguage,
): LetterResult {
  const p = PHRASES[language];
  const local = inLetterLanguage(facts, 'systems' in request ? request.systems : [], language);
  const localRequest = 'systems' in request ? { ...request, systems: local.systems } : request;
  const composed = letterBlocks(localRequest, local.facts, p, language);
  const note = composed && untranslatedNote(composed, local.untranslated, facts.texts.language, language, p);
  const own = composed && note ? [composed[0]!, note, ...composed.slice(1)] : composed;
  const blocks = withFrenchOffer(own, request, facts, language);
  if (!blocks)
    return { ok: false, code: 'not_for_this_law', kind: request.kind, jurisdiction: facts.jurisdiction };
  // A refusal because identity could not be confirmed reaches an address whose owner never was.
  const unconfirmed = request.kind === 'outcome_rejected' && request.ground === 'identity_not_verified';
  const named = !ANONYMOUS.includes(request.kind) && !unconfirmed && facts.requesterName.trim() !== '';
  return {
    ok: true,
    letter: {
      language,
      subject: isIdentityWaitKind(request.kind)
        ? identityWaitSubject(request.kind, language)
        : isComplaintKind(request.kind)
          ? complaintSubject(language)
          : p.subject[request.kind],
      greeting: p.greeting(named ? facts.requesterName : null),
      blocks,
      closing: p.closing,
      signature: p.signature(facts.organisationName),
      privacyAddress: facts.privacyAddress,
      policyLine: facts.policyUrl ? p.policy(facts.policyUrl) : null,
    },
  };
}

function withFrenchOffer(
  blocks: LetterBlock[] | null,
  request: LetterRequest,
  facts: LetterFacts,
  language: LetterLanguage,
): LetterBlock[] | null {
  const offer = LAW_WORDING[facts.jurisdiction].frenchOnRequest && language !== 'fr';
  // Staff's own message stays exactly as written.
  return blocks && offer && request.kind !== 'staff_message' ? [...blocks, block(FRENCH_ON_REQUEST)] : blocks;
}

function letterBlocks(
  request: LetterRequest,
  facts: LetterFacts,
  p: Phrases,
  language: LetterLanguage,
): LetterBlock[] | null {
  const law = LAW_WORDING[facts.jurisdiction];
  const ref = facts.ticketReference;
  const details = (text: string | null) => (text ? [block(text)] : []);
  switch (request.kind) {
    case 'acknowledgement': {
      // GDPR Art. 12(3), CCPA §7021(a): confirm receipt and say when to expect the answer.
      const blocks = [block(p.received(ref, request.receivedDate))];
      if (request.dueDate) blocks.push(block(p.answerBy(request.dueDate)));
      blocks.push(...timeLimitBlocks(facts, p, language));
      if (mayAskForIdentity(facts)) {
        blocks.push(block(p.mayVerifyIdentity));
        if (law.identityStartsClock) blocks.push(block(p.identityStartsClock(law.identityStartsClock)));
      } else if (law.family === 'ccpa')
        blocks.push(block(p.noVerificationForOptOut(OPT_OUT_NO_VERIFICATION)));
      return blocks;
    }
    case 'verification_request':
      // GDPR Art. 12(6), 11 CCR §7060: reasonable steps to confirm the requester is the data subject.
      return [
        block(p.confirmIdentity(ref)),
        { text: request.code, items: [], code: true },
        block(p.codeValidUntil(request.expiresAt)),
        block(p.notYou),
      ];
    case 'verification_success':
      return [block(p.identityConfirmed(ref))];
    case 'clarification_request': {
      const blocks = [block(p.needInformation(ref)), block(request.question), block(p.pleaseReply)];
      if (law.clarificationStopsClock && request.stopsClock)
        blocks.push(block(p.clockStopped(law.clarificationStopsClock)));
      return blocks;
    }
    case 'extension_notice': {
      // No extension of a time limit the ticket's rights do not have (PIPEDA: erasure or consent alone).
      if (!law.extensionCite || !JURISDICTIONS[facts.jurisdiction].extension || !timeLimitBinds(facts))
        return null;
      const blocks = [
        block(p.needMoreTime(ref, cite(law.extensionCite, p))),
        block(p.theReason),
        block(request.reason),
        block(p.newDeadline(request.newDeadline)),
      ];
      // PIPEDA s. 8(4): the notice names the right to complain to the Commissioner about the extension
      // (not the Federal Court: s. 14(1) does not list s. 8(4)).
      if (law.family === 'pipeda')
        blocks.push(block(p.pipedaExtensionComplaint(law.authority!, cite(law.extensionCite, p))));
      return blocks;
    }
    case 'outcome_fulfilled': {
      // Only a law with the opt-out right says what answered it; elsewhere "completed" is the truth.
      const byPolicy = request.answeredByPolicy === true && law.rights.includes('opt_out_sale');
      const blocks = [
        block(byPolicy ? p.noSaleByPolicy(ref) : p.completed(ref)),
        ...details(request.details),
        ...systemsDone(request.systems, p, language),
        ...recipientsTold(facts, p),
        ...ccpaDeletionRecord(facts, p),
      ];
      if (facts.types.includes('access')) blocks.push(...accessInformation(facts, p));
      blocks.push(block(p.questions));
      return blocks;
    }
    case 'outcome_partial': {
      // What survives an erasure is said only to someone who asked for one: an access or objection
      // partly granted erased nothing, and "we have erased your data, except" would be false.
      const kept = facts.types.includes('erasure') ? keptAfterErasure(facts.retention) : [];
      const blocks = [
        block(p.completedInPart(ref)),
        ...details(request.details),
        ...systemsDone(request.systems, p, language),
        ...recipientsTold(facts, p),
      ];
      // The access asked beside the erasure is owed its information all the same (GDPR Art. 15(1)); the
      // complaint sentence is the refusal's, below, once.
      if (facts.types.includes('access')) blocks.push(...accessInformation(facts, p, false));
      if (kept.length > 0) {
        blocks.push(
          block(
            p.keptIntro,
            kept.map((row) => keptLine(row, facts.jurisdiction, p)),
          ),
        );
        // CCPA's own sentence (11 CCR §7022(f)) says this among the remedies below.
        if (law.family !== 'ccpa') blocks.push(block(p.keptOnlyForThat(cite(law.keptOnlyCite, p))));
      }
      return [...blocks, ...refusalRemedies(facts, p)];
    }
    case 'outcome_rejected':
      return [
        block(p.cannotAct(ref)),
        block(groundReason(request.reason, request.ground, facts, p)),
        ...refusalRemedies(facts, p, request.ground === 'identity_not_verified'),
      ];
    case 'appeal_received': {
      const rule = JURISDICTIONS[facts.jurisdiction].appeal;
      if (!law.appeal || !rule) return null;
      // C.R.S. §6-1-1306(3)(b): Colorado lets the appeal's answer be extended by 60 days, with notice.
      const extension = rule.extension ? periodText(rule.extension, p) : null;
      return [
        block(p.appealReceived(ref)),
        block(p.appealAnswerBy(request.appealDueDate, extension, cite(law.appeal.decisionCite, p))),
      ];
    }
    case 'appeal_decision': {
      if (!law.appeal || !law.attorneyGeneral) return null;
      const attorneyGeneral = block(
        p.attorneyGeneral(law.attorneyGeneral, cite(law.appeal.attorneyGeneralCite, p)),
      );
      // Virginia, Connecticut, Texas: the Attorney General after a denial; Colorado: after any decision.
      if (!request.upheld) {
        const granted = [block(p.appealGranted(ref)), block(request.reason)];
        return law.appeal.attorneyGeneralAfter === 'any_decision' ? [...granted, attorneyGeneral] : granted;
      }
      return [block(p.appealDenied(ref)), block(request.reason), attorneyGeneral];
    }
    case 'staff_message':
      // Staff's own words as written; the layout escapes them in HTML. The subject carries the reference.
      return [block(request.text)];
    case 'verification_reminder':
    case 'closed_unverified':
      return identityWaitBlocks(request, facts, p, language);
    case 'complaint_acknowledgement':
      return complaintBlocks(request, facts, p, language);
  }
}

/**
 * What was done in each data system, from its tasks (GDPR Art. 12(1): a clear answer; Art. 15(1)
 * and 17(1): what was searched and copied, what was erased): the system's name as the organisation
 * file gives it, then the actions in the letter's language. The name starts its line, so it starts with
 * a capital: a translation shared with the data it holds ("API logs": "log delle API") is lower case.
 */
