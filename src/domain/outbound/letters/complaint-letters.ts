/**
 * The letter acknowledging a data subject's complaint to the organisation (DPA 2018 s. 164A(3), in force
 * 19 June 2026): the day it was received, what happens next in s. 164A(4), (5)'s terms (enquiries as far
 * as appropriate, news of progress, the outcome without undue delay), and the complaint to the
 * Commissioner (s. 165). Only the UK's law has such a complaint: under any other, and for a letter
 * composed before the day it came into force, there is no such letter.
 */
import { citation, LAW_WORDING } from './law-wording.js';
import { block, type LetterBlock } from './letter.js';
import type { LetterFacts, LetterRequest } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';
import { COMPLAINT_PHRASES } from './complaint-phrases.js';
import type { Phrases } from './phrases.js';

export type ComplaintKind = 'complaint_acknowledgement';

export function isComplaintKind(kind: string): kind is ComplaintKind {
  return kind === 'complaint_acknowledgement';
}

export function complaintSubject(language: LetterLanguage): string {
  return COMPLAINT_PHRASES[language].subject;
}

export function complaintBlocks(
  request: Extract<LetterRequest, { kind: ComplaintKind }>,
  facts: LetterFacts,
  p: Phrases,
  language: LetterLanguage,
): LetterBlock[] | null {
  const law = LAW_WORDING[facts.jurisdiction];
  const reform = law.controllerComplaint;
  if (!reform || !law.authority || facts.composedOn < reform.inForceFrom) return null;
  const c = COMPLAINT_PHRASES[language];
  const cite = (template: string) => citation(template, p);
  return [
    block(c.received(facts.ticketReference, request.receivedDate, cite(`${reform.cite}(3)`))),
    block(c.nextSteps(cite(`${reform.cite}(4), (5)`))),
    block(c.alsoCommissioner(law.authority, cite(reform.commissionerCite))),
  ];
}
