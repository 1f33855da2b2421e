/**
 * A gate before a costly pattern that runs on every email: the literals every match of the pattern contains
 * (`required-literals.ts`), found in one scan of the text. Where none occurs, the pattern cannot match and
 * is not run. For patterns with the `i` flag, text and literals are compared case-folded (`caselessFold`),
 * so that the gate never turns away a text the pattern would match.
 */
import { LiteralIndex } from './literal-index.js';
import { requiredLiteralSets } from './required-literals.js';
import { alternativesOf } from './word-list.js';

// The lower-case letters that case-insensitive matching equates with another lower-case letter: "ſ" with
// "s", final "ς" with "σ", "µ" (micro) with "μ", the Greek symbol forms, early Cyrillic letter forms.
// Lower-casing keeps every other case class together (a test checks this over every code point).
const FOLDED_APART =
  /\u0345|[\u00b5\u017f\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/g;

/**
 * The text lower-cased, with the letters above read as the letter they match: two strings that a
 * case-insensitive pattern reads alike are folded alike.
 */
export function caselessFold(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(FOLDED_APART, (c) => c.toUpperCase().toLowerCase());
}

export interface LiteralGate {
  /** False where the gated pattern cannot match `text`; true where it may. */
  mayMatch(text: string): boolean;
}

/**
 * The gate for a pattern that is the alternation of `alternatives` (read with `caseless` for the `i` flag):
 * it lets a text through where, for some alternative, each of its sets of required literals has one in the
 * text. Null when an alternative has no known literal (the pattern must then always run).
 */
export function literalGate(alternatives: readonly string[], caseless: boolean): LiteralGate | null {
  const index = new LiteralIndex();
  const fold = caseless ? caselessFold : (s: string) => s;
  const needs: Int32Array[][] = [];
  for (const alternative of alternatives.flatMap(alternativesOf)) {
    const sets = requiredLiteralSets(alternative);
    if (sets === null) return null;
    needs.push(sets.map((set) => Int32Array.from(set, (literal) => index.add(fold(literal)))));
  }
  return {
    mayMatch(text) {
      index.scan(fold(text));
      return needs.some((sets) => sets.every((set) => index.hasAny(set)));
    },
  };
}
