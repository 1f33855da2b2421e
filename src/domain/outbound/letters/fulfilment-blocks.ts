/**
 * The blocks of a fulfilled or partly fulfilled letter that report the work done: what was done in each
 * data system, and the recipients told of a rectification or erasure.
 */
import type { SystemWork } from '../../fulfilment/tasks.js';
import type { LetterLanguage } from './languages.js';
import { block, type LetterBlock } from './letter.js';
import type { LetterFacts } from './letter-facts.js';
import { citation, LAW_WORDING } from './law-wording.js';
import type { Phrases } from './phrases.js';

/** What was done in each data system, a line each. */
export function systemsDone(
  systems: readonly SystemWork[],
  p: Phrases,
  language: LetterLanguage,
): LetterBlock[] {
  if (systems.length === 0) return [];
  const lines = systems.map((s) =>
    p.labelled(
      s.systemName.charAt(0).toLocaleUpperCase(language) + s.systemName.slice(1),
      s.nothingHeld ? p.nothingHeld : s.done.map((a) => p.taskAction[a]).join(p.actionSeparator),
    ),
  );
  return [block(p.systemsIntro, lines)];
}

/**
 * GDPR Art. 19: the desk closes a rectification or erasure only once every recipient on the ticket was told,
 * so the letter can say so, and offers to name them (which the article gives the requester on request).
 */
export function recipientsTold(facts: LetterFacts, p: Phrases): LetterBlock[] {
  const cite = LAW_WORDING[facts.jurisdiction].recipientsCite;
  if (!cite || !facts.types.some((t) => t === 'rectification' || t === 'erasure')) return [];
  return [block(p.recipientsTold(citation(cite, p)))];
}
