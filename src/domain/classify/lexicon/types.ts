/**
 * The shape of a per-language lexicon: weighted cue patterns for each right, plus the words that negate,
 * hedge or veto them. Data only; `compile-lexicon.ts` turns it into regular expressions once.
 */
import type { Right } from '../../request-types.js';

/**
 * `[weight, pattern, absorbable?]`. Patterns are regular-expression sources matched against lower-cased
 * text; `~` means "any character inside the same clause" and `\b` is a Unicode word boundary.
 * Weight 2: names the right or its article, decisive alone; 1: a clear request phrase; 0.5: a hint that
 * needs company. A right is chosen at a total of 1.
 * `absorbable` marks cues the labelling guide lets a sibling right absorb: "send me my data" is access
 * only without a format wish, "stop marketing" is objection only without a consent withdrawal.
 */
export type CueSpec = readonly [weight: number, pattern: string, absorbable?: 'absorbable'];

export interface Lexicon {
  /** ISO 639-1 code, or `*` for cues that hold in every language (article numbers, law sections). */
  readonly language: string;
  readonly cues: Partial<Record<Right, readonly CueSpec[]>>;
  /** Words that turn a following cue into its opposite ("do NOT delete"). */
  readonly negation?: string;
  /**
   * True where the negation words are read before this lexicon's own cues only: a basic list's "en" (Finnish
   * "not") or "nu" (Romanian) is another language's "a" or "now" in short mail that every list reads.
   */
  readonly ownNegation?: boolean;
  /** Negation that follows its verb ("löschen Sie mein Konto nicht"), matched right after a cue. */
  readonly trailingNegation?: string;
  /** Words after a negation that make it an inability, not a refusal ("I can't find", "don't know how"). */
  readonly negationExceptions?: string;
  /** Stems of deleting verbs: a negated one anywhere ("please don't close my account") weakens erasure. */
  readonly erasureVerbs?: string;
  /** "I want to keep my account": weakens erasure the same way. */
  readonly keepAccount?: string;
  /** Conditionals about the future ("if one day I leave, could I ..."): a policy question, not a request. */
  readonly hypothetical?: string;
  /**
   * A condition open before a cue in its clause ("tell me if the objection will result in the deletion of
   * my account"): the cue names a consequence asked about, not a request. Matched against the text from
   * the sentence start to the cue, so it must end with `$`.
   */
  readonly conditional?: string;
  /** "I already asked for X via the form": X is an earlier request, not this one. */
  readonly earlier?: string;
  /** False for scripts written without spaces (Japanese), where word boundaries do not exist. */
  readonly wordBoundaries?: boolean;
  /**
   * The same lists with every marked letter also read bare, for a language whose lists are not folded
   * (`basic/fold.ts`): read instead of them on mail typed with no marked letter at all, where "ban" can
   * only be "bán" or "bạn" and the writer's keyboard, not the word, dropped the marks.
   */
  readonly typedBare?: Lexicon;
}
