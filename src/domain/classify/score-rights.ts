/**
 * Scores each right from the lexicon cues found in an email's own text: a negated cue ("I do NOT want my
 * account deleted") or one inside a hypothetical ("if one day I leave, could I ...") does not count, and
 * the labelling guide's sibling rules (`sibling-rights.ts`: format wish makes access portability, consent
 * withdrawal absorbs "stop marketing", a restriction waits on an objection already made) are applied last.
 */
import { isInability } from './inability.js';
import { RIGHTS, type Right } from '../request-types.js';
import { conditionOf, findErasureDoubt, hedgeOf, isNegated, isNegatedAfter } from './cue-context.js';
import { type CompiledLexicon, lookbehindHolds, mayOccur, startsWord } from './lexicon/index.js';
import { insideAny, refusalSpans } from './refusal-spans.js';
import { applySiblingRules } from './sibling-rights.js';
import { sentenceAround, sentenceBefore, sentenceEnd } from './text-bounds.js';

export interface Evidence {
  readonly right: Right;
  readonly weight: number;
  readonly phrase: string;
  readonly absorbable: boolean;
  readonly language: string;
}

export interface SetAside {
  readonly right: Right;
  readonly phrase: string;
  readonly why:
    | 'negated'
    | 'hypothetical'
    | 'conditional'
    | 'earlier request'
    | 'scam pretext'
    | 'company billing'
    | 'relayed request'
    | 'sender footer'
    | 'phishing report'
    | 'processor question'
    | 'asked about';
}

export interface RightScores {
  readonly scores: ReadonlyMap<Right, number>;
  readonly chosen: readonly Right[];
  readonly evidence: readonly Evidence[];
  readonly setAside: readonly SetAside[];
  /** Why erasure cues were weakened: a negated deleting verb or a wish to keep the account. */
  readonly erasureDoubt: string | null;
  readonly absorbed: readonly string[];
}

/** A right is chosen when its cues add up to this. */
export const CHOICE_THRESHOLD = 1;

export function scoreRights(text: string, lexicons: readonly CompiledLexicon[]): RightScores {
  const evidence: Evidence[] = [];
  const setAside: SetAside[] = [];
  // A basic list's negation words are read beside its own cues only (`Lexicon.ownNegation`).
  const negators = lexicons.filter(
    (l) => (l.negation !== null || l.trailingNegation !== null) && !l.ownNegation,
  );
  let erasureDoubt: string | null = null;
  // Where the writer refuses a deletion ("jangan hapus akun saya", "ne töröljék a fiókomat"), read once, at
  // the first erasure cue: a cue inside the refusal is its object, never the ask.
  let refusals: readonly (readonly [number, number])[] | undefined;

  // Every lexicon's literals are known before the first cue runs: a cue's match asks the helper patterns
  // of all of them (negations, hedges). Lexicons sharing an index have it scanned once.
  for (const lexicon of lexicons) lexicon.literals.scan(text);
  for (const lexicon of lexicons) {
    const ownNegators = lexicon.ownNegation ? [...negators, lexicon] : negators;
    // Only the cues one of whose literals occurs (in their written order): any other cannot match.
    const candidates = lexicon.dispatch.candidates(lexicon.literals);
    for (let c = 0; c < candidates.length; c++) {
      const cue = lexicon.cues[candidates[c]!]!;
      // "Не хочу, чтобы мои данные продавали": for a basic list the negation is the opt-out itself.
      const cueNegators = cue.right === 'opt_out_sale' ? negators : ownNegators;
      // A cue needing a second literal that did not occur cannot match either: its pattern is not run.
      if (!mayOccur(cue, lexicon.literals)) continue;
      cue.pattern.lastIndex = 0;
      // One counted match per cue, the first not set aside: a phrase repeated in a long complaint is not
      // more evidence.
      for (let match = cue.pattern.exec(text); match !== null; match = cue.pattern.exec(text)) {
        if (
          !startsWord(text, match.index, lexicon.wordBoundaries) ||
          !lookbehindHolds(cue, text, match.index)
        ) {
          cue.pattern.lastIndex = match.index + 1;
          continue;
        }
        const phrase = match[0].trim();
        if (cue.right === 'erasure' && refusals === undefined) refusals = refusalSpans(text, lexicons);
        if (
          isNegated(text, match.index, cueNegators) ||
          isNegatedAfter(text, match.index + match[0].length, cueNegators) ||
          (cue.right === 'erasure' && insideAny(match.index, refusals!))
        ) {
          setAside.push({ right: cue.right, phrase, why: 'negated' });
          // An inability ("no puedo borrar mi cuenta") is no refusal: it casts no doubt on a deletion.
          if (cue.right === 'erasure' && !isInability(text, match.index)) erasureDoubt ??= phrase;
          continue;
        }
        const hedge =
          hedgeOf(sentenceAround(text, match.index, match.index + match[0].length), lexicons) ??
          conditionOf(sentenceBefore(text, match.index), lexicons);
        if (hedge !== null) {
          setAside.push({ right: cue.right, phrase, why: hedge });
          // "How do I delete my account? ... Anyway, please delete my account": the hedge holds for its
          // own sentence only, so the cue is looked for again after it (each sentence is read once).
          cue.pattern.lastIndex = sentenceEnd(text, match.index + match[0].length);
          continue;
        }
        evidence.push({
          right: cue.right,
          weight: cue.weight,
          phrase,
          absorbable: cue.absorbable,
          language: lexicon.language,
        });
        break;
      }
    }
  }
  erasureDoubt ??= findErasureDoubt(text, lexicons, negators);

  const scores = new Map<Right, number>(RIGHTS.map((right) => [right, 0]));
  for (const item of evidence) {
    // A contrary statement ("please don't close my account") outweighs a loose deletion phrase, not an
    // explicit one ("right to be forgotten", "Art. 17").
    const weight =
      item.right === 'erasure' && erasureDoubt !== null && item.weight < 2 ? item.weight / 2 : item.weight;
    scores.set(item.right, (scores.get(item.right) ?? 0) + weight);
  }
  const chosen = RIGHTS.filter((right) => (scores.get(right) ?? 0) >= CHOICE_THRESHOLD);
  const siblings = applySiblingRules(text, chosen, evidence);
  setAside.push(...siblings.setAside);
  return { scores, chosen: siblings.chosen, evidence, setAside, erasureDoubt, absorbed: siblings.absorbed };
}
