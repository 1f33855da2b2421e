/**
 * Builds a lexicon for a language we read without a full rule set: the name of each right scores 2, one of
 * its verbs in the same clause as a word for personal data or the account scores 1, the verb alone 0.5.
 * Results in these languages stay below the triage threshold unless the trained model agrees
 * (`classify-email.ts`), so the cues only have to find the request and point at its type.
 * Every pattern is folded (`fold.ts`): written with its marks, it also reads the text typed without them.
 */
import type { Right } from '../../../request-types.js';
import type { CueSpec, Lexicon } from '../types.js';
import { foldMarks as foldAll } from './fold.js';

export interface BasicSpec {
  readonly language: string;
  /** False for scripts the compiled word boundary does not know (Greek, Cyrillic, CJK, Devanagari). */
  readonly latin: boolean;
  /**
   * False where the marked letters are letters of their own, on every keyboard the language is typed on, and
   * folding them would read other words (Estonian "müü-" sell / "muu" other).
   */
  readonly foldMarks?: boolean;
  /**
   * Where `foldMarks` is false: verbs read instead on mail typed with no marks at all (`Lexicon.typedBare`),
   * for a verb whose bare spelling is another common word (Vietnamese "bán", sell, and "bạn", you).
   */
  readonly typedBareVerbs?: Partial<Record<Right, string>>;
  /** Words for personal data, information and the account. */
  readonly data: string;
  /** Words for consent and permission: "as far as anything rests on my consent, I withdraw it". */
  readonly consent: string;
  /** The right named, or its fixed legal phrase. */
  readonly names: Readonly<Record<Right, string>>;
  /** Stems of the verbs that ask for the right. */
  readonly verbs: Readonly<Record<Right, string>>;
  /**
   * More cues, added to the generated ones: the law's own citations, and situational phrasings where a
   * request is not a verb and its object ("I'm done with it, wipe everything").
   */
  readonly extra?: Partial<Record<Right, readonly CueSpec[]>>;
  /** "Keep my account" / "do not delete anything": weakens loose erasure cues (`Lexicon.keepAccount`). */
  readonly keepAccount?: string;
  /** A question about the future ("what happens if I leave?"): `Lexicon.hypothetical`. */
  readonly hypothetical?: string;
  /** A condition open before a cue, ending in `$`: `Lexicon.conditional`. */
  readonly conditional?: string;
  /**
   * Words that turn a following cue into its opposite ("не искам да изтривате профила ми", Khmer "កុំ",
   * Mongolian "битгий"): `Lexicon.negation`. Scripts without compiled word boundaries spell their boundaries
   * out (`cyrillicWord`).
   */
  readonly negation?: string;
  /** "Don't" after the verb (Telugu "-వద్దు", Sinhala "එපා"): `Lexicon.trailingNegation`. */
  readonly trailingNegation?: string;
  /** After a negation, what makes it no refusal ("not received", a new clause): `Lexicon.negationExceptions`. */
  readonly negationExceptions?: string;
}

/** Word edges for Cyrillic negations ("не" and not "нет" or "нее"), where the compiled `\b` is Latin only. */
export const cyrillicWord = (word: string) => `(?<![а-яёіїєґ])(?:${word})(?![а-яёіїєґ])`;

export function basicLexicon(spec: BasicSpec): Lexicon {
  const foldMarks = spec.foldMarks === false ? (pattern: string) => pattern : foldAll;
  const fold = (pattern: string | undefined) => (pattern === undefined ? undefined : foldMarks(pattern));
  const data = foldMarks(spec.data);
  const cues: Partial<Record<Right, CueSpec[]>> = {};
  for (const right of Object.keys(spec.names) as Right[]) {
    const verbs = foldMarks(spec.verbs[right]);
    const near = `(?:${verbs})~{0,40}(?:${data})|(?:${data})~{0,40}(?:${verbs})`;
    const extra = (spec.extra?.[right] ?? []).map(([weight, pattern, absorbable]): CueSpec =>
      absorbable === undefined ? [weight, foldMarks(pattern)] : [weight, foldMarks(pattern), absorbable],
    );
    cues[right] = [[2, foldMarks(spec.names[right])], [1, near], [0.5, verbs], ...extra];
  }
  // The consent named earlier in the sentence and withdrawn by a pronoun, or a permission given at sign-up.
  const withdraw = foldMarks(spec.verbs.withdraw_consent);
  const consent = foldMarks(spec.consent);
  cues.withdraw_consent!.push([
    1,
    `(?:${consent})~{0,60}(?:${withdraw})|(?:${withdraw})~{0,30}(?:${consent})`,
  ]);
  return {
    language: spec.language,
    cues,
    wordBoundaries: spec.latin,
    keepAccount: fold(spec.keepAccount),
    hypothetical: fold(spec.hypothetical),
    conditional: fold(spec.conditional),
    negation: fold(spec.negation),
    trailingNegation: fold(spec.trailingNegation),
    ownNegation: spec.negation !== undefined || spec.trailingNegation !== undefined,
    negationExceptions: fold(spec.negationExceptions),
    ...(spec.foldMarks === false
      ? {
          typedBare: basicLexicon({
            ...spec,
            foldMarks: true,
            verbs: { ...spec.verbs, ...spec.typedBareVerbs },
          }),
        }
      : {}),
  };
}
