/**
 * Compiles lexicons into regular expressions once, when the classifier module loads, so that classifying
 * an email only runs ready-made patterns (the throughput target is thousands of emails a second).
 */
import type { Right } from '../../request-types.js';
import { LiteralIndex } from './literal-index.js';
import { requiredLiterals } from './required-literals.js';
import type { Lexicon } from './types.js';

export interface CompiledCue {
  readonly right: Right;
  readonly weight: number;
  readonly absorbable: boolean;
  readonly pattern: RegExp;
  /** Ids in the lexicon's `literals` of strings one of which every match contains; null: always run. */
  readonly literals: Int32Array | null;
}

export interface CompiledLexicon {
  readonly language: string;
  readonly wordBoundaries: boolean;
  readonly cues: readonly CompiledCue[];
  /** Finds the cues' required literals in a text; shared by the lexicons compiled together. */
  readonly literals: LiteralIndex;
  readonly negation: RegExp | null;
  readonly negationExceptions: RegExp | null;
  readonly trailingNegation: RegExp | null;
  readonly erasureVerbs: RegExp | null;
  readonly keepAccount: RegExp | null;
  readonly hypothetical: RegExp | null;
  readonly conditional: RegExp | null;
  readonly earlier: RegExp | null;
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
function optional(pattern: string | undefined, wordBoundaries: boolean, flags = ''): RegExp | null {
  if (pattern === undefined) return null;
  return new RegExp(`${wordBoundaries ? `(?<!${LETTER})` : ''}(?:${source(pattern, wordBoundaries)})`, flags);
}

const LETTER_TEST = new RegExp(LETTER);

/** True when a match at `index` begins a word (or the lexicon's script has no word boundaries). */
export function startsWord(text: string, index: number, wordBoundaries: boolean): boolean {
  return !wordBoundaries || index === 0 || !LETTER_TEST.test(text[index - 1] ?? '');
}

/**
 * Compiles one lexicon. Lexicons read together should share one `literals` index, so that an email is
 * scanned for the required literals of all their cues in one pass.
 */
export function compileLexicon(lexicon: Lexicon, literals = new LiteralIndex()): CompiledLexicon {
  const bounded = lexicon.wordBoundaries !== false;
  const cues: CompiledCue[] = [];
  for (const [right, specs] of Object.entries(lexicon.cues) as [Right, (typeof lexicon.cues)[Right]][]) {
    for (const [weight, pattern, absorbable] of specs ?? []) {
      const compiled = source(pattern, bounded);
      const required = requiredLiterals(compiled);
      cues.push({
        right,
        weight,
        absorbable: absorbable === 'absorbable',
        pattern: new RegExp(compiled, 'g'),
        literals: required === null ? null : Int32Array.from(required, (s) => literals.add(s)),
      });
    }
  }
  return {
    language: lexicon.language,
    wordBoundaries: bounded,
    cues,
    literals,
    // Negation words must end at a word boundary too: "no" must not match "now".
    negation: optional(lexicon.negation && `(?:${lexicon.negation})\\b`, bounded, 'g'),
    // Sticky: an exception must follow the negation word directly.
    negationExceptions: optional(lexicon.negationExceptions, false, 'y'),
    trailingNegation: optional(
      lexicon.trailingNegation && `[^.?!;:,\\n]{0,12}?(?:${lexicon.trailingNegation})`,
      false,
      'y',
    ),
    erasureVerbs: optional(lexicon.erasureVerbs, bounded, 'g'),
    keepAccount: optional(lexicon.keepAccount, bounded, 'g'),
    hypothetical: optional(lexicon.hypothetical, bounded),
    conditional: optional(lexicon.conditional, bounded),
    earlier: optional(lexicon.earlier, bounded),
  };
}
