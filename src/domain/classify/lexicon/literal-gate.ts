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

/** For each alternative of a pattern, its sets of required literals; null when one has none. */
function literalNeeds(alternatives: readonly string[]): string[][][] | null {
  const needs: string[][][] = [];
  for (const alternative of alternatives.flatMap(alternativesOf)) {
    const sets = requiredLiteralSets(alternative);
    if (sets === null) return null;
    needs.push(sets);
  }
  return needs;
}

/** True where, for some alternative, each of its sets has a literal in the text `index` scanned last. */
function anyAlternativeFound(needs: readonly (readonly Int32Array[])[], index: LiteralIndex): boolean {
  for (const sets of needs) {
    let all = true;
    for (let s = 0; all && s < sets.length; s++) all = index.hasAny(sets[s]!);
    if (all) return true;
  }
  return false;
}

/** The literal ids of `needs` in `index`, and the first sets' ids all in one, checked first. */
interface AttachedNeeds {
  readonly needs: readonly (readonly Int32Array[])[];
  readonly anyFirst: Int32Array;
}

function attachNeeds(
  needs: readonly (readonly (readonly string[])[])[],
  index: LiteralIndex,
  fold = (s: string) => s,
): AttachedNeeds {
  const ids = needs.map((sets) => sets.map((set) => Int32Array.from(set, (l) => index.add(fold(l)))));
  return { needs: ids, anyFirst: Int32Array.from(new Set(ids.flatMap((sets) => [...sets[0]!]))) };
}

/** `anyAlternativeFound`, most texts answered by one look at the first sets' literals. */
function found(attached: AttachedNeeds, index: LiteralIndex): boolean {
  return index.hasAny(attached.anyFirst) && anyAlternativeFound(attached.needs, index);
}

/**
 * The gate for a pattern that is the alternation of `alternatives` (read with `caseless` for the `i` flag),
 * with its own index: it lets a text through where, for some alternative, each of its sets of required
 * literals has one in the text. Null when an alternative has no known literal (the pattern must then
 * always run).
 */
export function literalGate(alternatives: readonly string[], caseless: boolean): LiteralGate | null {
  const needs = literalNeeds(alternatives);
  if (needs === null) return null;
  const index = new LiteralIndex();
  const fold = caseless ? caselessFold : (s: string) => s;
  const attached = attachNeeds(needs, index, fold);
  return {
    mayMatch(text) {
      index.scan(fold(text));
      return found(attached, index);
    },
  };
}

/**
 * A pattern behind the cues' literal gate (`gated`): where the lexicons' index has scanned the very text
 * it is given (the email's matchable text), it runs only if its literals occur there.
 */
export interface GatedPattern {
  readonly pattern: RegExp;
  /** The literals of each alternative; null when some alternative has none (the pattern always runs). */
  readonly needs: readonly (readonly (readonly string[])[])[] | null;
  /** The same answer as `pattern.test(text)`. */
  test(text: string): boolean;
  /** False where `pattern` cannot match `text`. */
  mayMatch(text: string): boolean;
}

/** Every pattern made by `gated`, for `attachGatedPatterns`. */
const GATED: GatedPatternImpl[] = [];

class GatedPatternImpl implements GatedPattern {
  readonly needs: string[][][] | null;
  /** The literal ids of `needs` in each index they were added to. */
  private readonly attached = new Map<LiteralIndex, AttachedNeeds>();

  constructor(readonly pattern: RegExp) {
    // With the `i` flag a literal would have to be folded, with `v` the reader does not parse the classes.
    this.needs = /[iv]/.test(pattern.flags) ? null : literalNeeds([pattern.source]);
  }

  attach(index: LiteralIndex): void {
    if (this.needs === null || this.attached.has(index)) return;
    this.attached.set(index, attachNeeds(this.needs, index));
  }

  mayMatch(text: string): boolean {
    for (const [index, attached] of this.attached) if (index.scanned(text)) return found(attached, index);
    return true;
  }

  test(text: string): boolean {
    if (this.mayMatch(text)) return this.pattern.test(text);
    // A failed test of a global or sticky pattern starts its next search at the beginning.
    if (this.pattern.global || this.pattern.sticky) this.pattern.lastIndex = 0;
    return false;
  }
}

/**
 * `pattern` (a set-aside, a flag, a topic list read on every email) behind the cues' literal gate: its
 * literals join the lexicons' index when they are compiled (`attachGatedPatterns`), and where that index
 * has scanned the text it is tested on and found none of them, it is not run. On any other text (a
 * sentence, the body alone) it runs as it is.
 */
export function gated(pattern: RegExp): GatedPattern {
  const made = new GatedPatternImpl(pattern);
  GATED.push(made);
  return made;
}

/** Adds the literals of every gated pattern to `index`, which must not have scanned yet. */
export function attachGatedPatterns(index: LiteralIndex): void {
  for (const made of GATED) made.attach(index);
}

/** Every gated pattern made so far (for tests: each should have literals). */
export function gatedPatterns(): readonly GatedPattern[] {
  return GATED;
}
