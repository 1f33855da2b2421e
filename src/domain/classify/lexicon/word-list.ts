/**
 * Word lists (personal-data words, rights verbs, ordinary topics) cut into alternatives that run only where
 * one of their required literals occurs, through the literal index shared with the compiled cues.
 */
import { type HelperPattern, literalIds } from './compile-lexicon.js';
import { CueDispatch } from './cue-dispatch.js';
import type { LiteralIndex } from './literal-index.js';

/**
 * A word list (personal-data words, rights verbs, ordinary topics) tested through the literal index shared
 * with the cues. The list is cut into its alternatives ("\\b(?:invoice|refund)\\b" into "\\binvoice\\b" and
 * "\\brefund\\b"), each with the literals one of which its every match contains: after the scan the cues make
 * anyway, only the alternatives one of whose literals occurs are run, each a short pattern, where the whole
 * list was a long alternation the regular expression engine tried at every position of the text. A text
 * matches the list exactly where it matches one of its alternatives, so the answer is the same.
 */
export interface WordList {
  /** Alternatives with required literals, run only where one of them occurs. */
  readonly parts: readonly HelperPattern[];
  /** Which parts to try on the text the index scanned last (`cue-dispatch.ts`, as for the cues). */
  readonly dispatch: CueDispatch;
  /** The alternatives no literal is known for, as one pattern run on every text; null when none. */
  readonly always: RegExp | null;
}

/**
 * Cuts a word list into parts (see `WordList`). Patterns with flags are run whole (their literals would not
 * be exact).
 */
export function compileVocabulary(pattern: RegExp, literals: LiteralIndex): WordList {
  if (pattern.flags !== '') return { parts: [], dispatch: new CueDispatch([]), always: pattern };
  const parts: HelperPattern[] = [];
  const always: string[] = [];
  for (const alternative of alternativesOf(pattern.source)) {
    const ids = literalIds(alternative, literals);
    if (ids.literals === null) {
      always.push(alternative);
      continue;
    }
    parts.push({ pattern: new RegExp(alternative), ...ids });
  }
  return {
    parts,
    dispatch: new CueDispatch(parts),
    always: always.length === 0 ? null : new RegExp(always.join('|')),
  };
}

/** True when `list` matches `text`, the same answer as the list's own pattern. */
export function occursIn(list: WordList, literals: LiteralIndex, text: string): boolean {
  if (list.always !== null && list.always.test(text)) return true;
  if (list.parts.length === 0) return false;
  literals.scan(text);
  // Every part has literals: the candidates are the parts one of whose literals occurs, each once.
  const candidates = list.dispatch.candidates(literals);
  for (let i = 0; i < candidates.length; i++) {
    const { pattern, alsoLiterals } = list.parts[candidates[i]!]!;
    if ((alsoLiterals === null || literals.hasAny(alsoLiterals)) && pattern.test(text)) return true;
  }
  return false;
}

/**
 * The top-level alternatives of a pattern, a group spanning a whole alternative opened up
 * ("\\b(?:a|b)\\b" gives "\\ba\\b" and "\\bb\\b"): a text matches the pattern where it matches one of them.
 */
export function alternativesOf(source: string): string[] {
  return splitTopLevel(source).flatMap((alternative) => {
    const group = /^(\\b)?\(\?:(.*)\)(\\b)?$/s.exec(alternative);
    if (group === null || !closesAtEnd(group[2]!)) return [alternative];
    const [, before = '', inner, after = ''] = group;
    return splitTopLevel(inner!).map((part) => `${before}(?:${part})${after}`);
  });
}

/** True when the text inside "(?:" … ")" is balanced, i.e. the group opened first is the one closed last. */
function closesAtEnd(inner: string): boolean {
  let depth = 0;
  for (let i = 0, inClass = false; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits a pattern at the "|" outside groups and classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0, inClass = false; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
