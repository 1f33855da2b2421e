/**
 * How a cue's context sets it aside: a negation before it in its clause ("I do NOT want my account deleted")
 * or after it (German "löschen Sie mein Konto nicht"), a hypothetical or an earlier request in its sentence,
 * a condition before it; and the doubt a negated deleting verb or a kept account casts on erasure anywhere.
 */
import type { CompiledLexicon, HelperPattern } from './lexicon/index.js';
import { mayOccur } from './lexicon/index.js';
import { endsClause, endsWord } from './text-bounds.js';
import { isInability } from './inability.js';

/** Why a cue's sentence or what comes before it sets the cue aside. */
export type Hedge = 'hypothetical' | 'conditional' | 'earlier request';

// How far back a negation reaches, inside the same clause: "I do NOT want my account deleted".
const NEGATION_REACH = 45;

export function isNegated(text: string, start: number, negators: readonly CompiledLexicon[]): boolean {
  let from = Math.max(0, start - NEGATION_REACH);
  // The reach must not cut a word: the tail of "przesłanie" would read as the negation "nie".
  while (from > 0 && from < start && !endsWord(text.charCodeAt(from - 1))) from++;
  for (let i = start - 1; i >= from; i--) {
    if (endsClause(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  const window = text.slice(from, start);
  for (const lexicon of negators) {
    if (lexicon.negation === null || !mayMatch(lexicon, lexicon.negation)) continue;
    const negation = lexicon.negation.pattern;
    negation.lastIndex = 0;
    for (let m = negation.exec(window); m !== null; m = negation.exec(window)) {
      if (closedAsideAfter(window, m.index + m[0].length)) continue;
      const exception = lexicon.negationExceptions;
      if (exception !== null) {
        exception.lastIndex = m.index + m[0].length;
        // "I don't know how to delete my account" is an inability, not a refusal.
        if (exception.test(window)) continue;
      }
      return true;
    }
  }
  return false;
}

/**
 * "Correct my surname (Zulu, not Zula) and delete my old number": a negation inside a parenthesis that
 * closes before the cue belongs to the aside, not to the cue.
 */
function closedAsideAfter(window: string, from: number): boolean {
  const close = window.indexOf(')', from);
  return close >= 0 && window.lastIndexOf('(', close) < from;
}

/** German and Dutch put the negation after the object: "löschen Sie mein Konto nicht". */
export function isNegatedAfter(text: string, end: number, negators: readonly CompiledLexicon[]): boolean {
  for (const lexicon of negators) {
    const trailing = lexicon.trailingNegation;
    if (trailing === null || !mayMatch(lexicon, trailing)) continue;
    trailing.pattern.lastIndex = end;
    if (trailing.pattern.test(text)) return true;
  }
  return false;
}

export function conditionOf(before: string, lexicons: readonly CompiledLexicon[]): Hedge | null {
  if (before.length < 4) return null;
  for (const lexicon of lexicons) if (runs(lexicon, lexicon.conditional, before)) return 'conditional';
  return null;
}

export function hedgeOf(sentence: string, lexicons: readonly CompiledLexicon[]): Hedge | null {
  for (const lexicon of lexicons) {
    if (runs(lexicon, lexicon.hypothetical, sentence)) return 'hypothetical';
    if (runs(lexicon, lexicon.earlier, sentence)) return 'earlier request';
  }
  return null;
}

/**
 * False where none of a helper's literals occurs in the text its lexicon scanned last (the email): it
 * cannot match there, nor in any part of it, so it is not run.
 */
function mayMatch(lexicon: CompiledLexicon, helper: HelperPattern): boolean {
  return mayOccur(helper, lexicon.literals);
}

/** Tests a helper without the global flag on part of the email. */
function runs(lexicon: CompiledLexicon, helper: HelperPattern | null, part: string): boolean {
  return helper !== null && mayMatch(lexicon, helper) && helper.pattern.test(part);
}

/** A negated deleting verb or a wish to keep the account anywhere in the email casts doubt on erasure. */
export function findErasureDoubt(
  text: string,
  lexicons: readonly CompiledLexicon[],
  negators: readonly CompiledLexicon[],
): string | null {
  for (const lexicon of lexicons) {
    const keep = lexicon.keepAccount;
    if (keep !== null && mayMatch(lexicon, keep)) {
      keep.pattern.lastIndex = 0;
      const m = keep.pattern.exec(text);
      if (m) return m[0];
    }
    const verbs = lexicon.erasureVerbs;
    if (verbs === null || !mayMatch(lexicon, verbs)) continue;
    verbs.pattern.lastIndex = 0;
    for (let m = verbs.pattern.exec(text); m !== null; m = verbs.pattern.exec(text)) {
      const negated =
        isNegated(text, m.index, negators) || isNegatedAfter(text, m.index + m[0].length, negators);
      if (negated && !isInability(text, m.index))
        return text.slice(Math.max(0, m.index - 20), m.index + m[0].length).trim();
    }
  }
  return null;
}
