/**
 * Compiles lexicons into regular expressions once, when the classifier module loads, so that classifying
 * an email only runs ready-made patterns (the throughput target is thousands of emails a second).
 */
import type { Right } from '../../request-types.js';
import { CueDispatch } from './cue-dispatch.js';
import { LiteralIndex } from './literal-index.js';
import { requiredLiteralSets } from './required-literals.js';
import type { Lexicon } from './types.js';
import { withoutAccents } from './unaccented.js';

export interface CompiledCue {
  readonly right: Right;
  readonly weight: number;
  readonly absorbable: boolean;
  readonly pattern: RegExp;
  /**
   * The lookbehind the written cue opens with, checked at each match of `pattern` (the rest of the cue) by
   * `lookbehindHolds`; null when the cue opens with none.
   */
  readonly lookbehind: RegExp | null;
  /** Ids in the lexicon's `literals` of strings one of which every match contains; null: always run. */
  readonly literals: Int32Array | null;
  /** A second such set, every match containing one of these too; null when none is known. */
  readonly alsoLiterals: Int32Array | null;
}

/**
 * A helper pattern (a negation, a veto, a hedge) with, like a cue, the literals one of which each of its
 * matches contains: where none occurs in an email, the pattern cannot match and is not run.
 */
export interface HelperPattern {
  readonly pattern: RegExp;
  /** Ids in the lexicon's `literals`; null: none is known and the pattern always runs. */
  readonly literals: Int32Array | null;
  /** A second set, one of which each match contains too; null when none is known. */
  readonly alsoLiterals: Int32Array | null;
}

export interface CompiledLexicon {
  readonly language: string;
  readonly wordBoundaries: boolean;
  readonly cues: readonly CompiledCue[];
  /** Which cues to try on the text `literals` scanned last (`cue-dispatch.ts`). */
  readonly dispatch: CueDispatch;
  /** Finds the cues' and helpers' required literals in a text; shared by the lexicons compiled together. */
  readonly literals: LiteralIndex;
  readonly negation: HelperPattern | null;
  /** The negation (before or after) is read beside this lexicon's own cues only (`Lexicon.ownNegation`). */
  readonly ownNegation: boolean;
  readonly negationExceptions: RegExp | null;
  readonly trailingNegation: HelperPattern | null;
  readonly erasureVerbs: HelperPattern | null;
  readonly keepAccount: HelperPattern | null;
  readonly hypothetical: HelperPattern | null;
  readonly conditional: HelperPattern | null;
  readonly earlier: HelperPattern | null;
}

// JavaScript's \b and \w only know ASCII: "\bélimin" would never match after a space. The letters of
// the Latin-script languages we read (Latin-1 and Latin Extended-A/B) are spelled out instead of \p{L},
// which keeps the patterns in V8's fast non-Unicode mode (the throughput target is 5,000 emails/s).
export const LETTER = '[0-9a-z\\u00c0-\\u024f]';
const WORD_CHAR = '[0-9a-z_\\u00c0-\\u024f]';
// A \b after a quantifier, "(" or "|" opens a word; any other \b closes one. One-sided lookarounds are
// much cheaper than the two-sided boundary.
const OPENS_WORD = `(?<!${LETTER})`;
const CLOSES_WORD = `(?!${LETTER})`;
// A clause ends at sentence punctuation, a colon or a paragraph break.
const IN_CLAUSE = '[^.?!;:\\n]';

function source(pattern: string, wordBoundaries: boolean): string {
  // The start boundary is checked in code (`startsWord`): a leading lookbehind would stop V8 from
  // scanning ahead for the pattern's first literal characters.
  const body = pattern.replace(/(^|\|)\\b/g, '$1');
  const bounded = body.replace(/(.?)\\b/g, (_, before: string) => {
    if (!wordBoundaries) return before;
    return (
      before +
      (before === '}' || before === '(' || before === '|' || before === '' ? OPENS_WORD : CLOSES_WORD)
    );
  });
  return bounded.replaceAll('\\w', WORD_CHAR).replaceAll('~', IN_CLAUSE);
}

/** Helper patterns (negations, vetoes) run on few positions, so they keep their start boundary inline. */
function helperSource(pattern: string, wordBoundaries: boolean): string {
  return `${wordBoundaries ? `(?<!${LETTER})` : ''}(?:${source(pattern, wordBoundaries)})`;
}

/** The literals one of which every match of a pattern contains, and a second such set (see `CompiledCue`). */
type LiteralIds = Pick<HelperPattern, 'literals' | 'alsoLiterals'>;

/** Adds the literals every match of `compiled` requires to `literals` and returns their ids. */
export function literalIds(compiled: string, literals: LiteralIndex, maxRequired?: number): LiteralIds {
  const [first, second] = requiredLiteralSets(compiled, maxRequired) ?? [];
  const ids = (set: readonly string[] | undefined): Int32Array | null =>
    set === undefined ? null : Int32Array.from(set, (s) => literals.add(s));
  return { literals: ids(first), alsoLiterals: ids(second) };
}

/** False where the literals show that a pattern cannot match the text `index` scanned last. */
export function mayOccur(required: LiteralIds, index: LiteralIndex): boolean {
  const { literals, alsoLiterals } = required;
  return (
    literals === null || (index.hasAny(literals) && (alsoLiterals === null || index.hasAny(alsoLiterals)))
  );
}

function helper(
  pattern: string | undefined,
  wordBoundaries: boolean,
  literals: LiteralIndex,
  flags = '',
): HelperPattern | null {
  if (pattern === undefined) return null;
  const compiled = helperSource(pattern, wordBoundaries);
  return { pattern: new RegExp(compiled, flags), ...literalIds(compiled, literals) };
}

/**
 * A cue opening with a lookbehind over the whole of it ("(?<=my name ...)please correct it") split into
 * the lookbehind and the rest: V8 tries a pattern that opens with a lookbehind at every position of the
 * text, and scans ahead for the first literal characters of one that does not. A match of the rest at a
 * position where the lookbehind holds is the cue's match there. Null where the cue is not of that form
 * (a lookbehind before the first of several alternatives, a back-reference).
 */
function splitLookbehind(compiled: string): { lookbehind: string; rest: string } | null {
  if (!compiled.startsWith('(?<=') && !compiled.startsWith('(?<!')) return null;
  if (/\\[1-9k]/.test(compiled)) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0, inClass = false; i < compiled.length; i++) {
    const c = compiled[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && end < 0) end = i + 1;
    else if (c === '|' && depth === 0) return null;
  }
  const rest = compiled.slice(end);
  return end < 0 || rest === '' ? null : { lookbehind: compiled.slice(0, end), rest };
}

/** True where the cue's lookbehind (if any) holds at `index`, the start of a match of its pattern. */
export function lookbehindHolds(cue: CompiledCue, text: string, index: number): boolean {
  if (cue.lookbehind === null) return true;
  cue.lookbehind.lastIndex = index;
  return cue.lookbehind.test(text);
}

/** True for the code units `LETTER` matches: a digit, a-z, or Latin-1 to Latin Extended-B. */
function isLetter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** True when a match at `index` begins a word (or the lexicon's script has no word boundaries). */
export function startsWord(text: string, index: number, wordBoundaries: boolean): boolean {
  return !wordBoundaries || index === 0 || !isLetter(text.charCodeAt(index - 1));
}

/**
 * Compiles one lexicon. Lexicons read together should share one `literals` index, so that an email is
 * scanned for the required literals of all their cues in one pass.
 */
export function compileLexicon(written: Lexicon, literals = new LiteralIndex()): CompiledLexicon {
  const lexicon = withoutAccents(written);
  const bounded = lexicon.wordBoundaries !== false;
  const cues: CompiledCue[] = [];
  for (const [right, specs] of Object.entries(lexicon.cues) as [Right, (typeof lexicon.cues)[Right]][]) {
    for (const [weight, pattern, absorbable] of specs ?? []) {
      const compiled = source(pattern, bounded);
      const split = splitLookbehind(compiled);
      cues.push({
        right,
        weight,
        absorbable: absorbable === 'absorbable',
        pattern: new RegExp(split?.rest ?? compiled, 'g'),
        // Sticky: the lookbehind is tested at one position, the match's start.
        lookbehind: split === null ? null : new RegExp(split.lookbehind, 'y'),
        ...literalIds(compiled, literals),
      });
    }
  }
  return {
    language: lexicon.language,
    wordBoundaries: bounded,
    cues,
    dispatch: new CueDispatch(cues),
    literals,
    // Negation words must end at a word boundary too: "no" must not match "now".
    negation: helper(lexicon.negation && `(?:${lexicon.negation})\\b`, bounded, literals, 'g'),
    ownNegation: lexicon.ownNegation === true,
    // Sticky: an exception must follow the negation word directly.
    negationExceptions:
      lexicon.negationExceptions === undefined
        ? null
        : new RegExp(helperSource(lexicon.negationExceptions, false), 'y'),
    trailingNegation: helper(
      lexicon.trailingNegation && `[^.?!;:,\\n]{0,12}?(?:${lexicon.trailingNegation})`,
      false,
      literals,
      'y',
    ),
    erasureVerbs: helper(lexicon.erasureVerbs, bounded, literals, 'g'),
    keepAccount: helper(lexicon.keepAccount, bounded, literals, 'g'),
    hypothetical: helper(lexicon.hypothetical, bounded, literals),
    conditional: helper(lexicon.conditional, bounded, literals),
    earlier: helper(lexicon.earlier, bounded, literals),
  };
}
