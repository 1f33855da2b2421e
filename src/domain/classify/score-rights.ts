/**
 * Scores each right from the lexicon cues found in an email's own text: a negated cue ("I do NOT want my
 * account deleted") or one inside a hypothetical ("if one day I leave, could I ...") does not count, and
 * the labelling guide's sibling rules (`sibling-rights.ts`: format wish makes access portability, consent
 * withdrawal absorbs "stop marketing", a restriction waits on an objection already made) are applied last.
 */
import { isInability } from './inability.js';
import { RIGHTS, type Right } from '../request-types.js';
import { type CompiledLexicon, type HelperPattern, mayOccur, startsWord } from './lexicon/index.js';
import { insideAny, refusalSpans } from './refusal-spans.js';
import { applySiblingRules } from './sibling-rights.js';

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
// How far back a negation reaches, inside the same clause: "I do NOT want my account deleted".
const NEGATION_REACH = 45;

// Clause and sentence ends are tested by character code: these walks run over many characters per cue
// match, and a one-character string and a regular expression call for each cost more than the rest of
// the scoring (docs/classifier-history.md, Performance).
const FULL_STOP = 0x2e;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const LINE_FEED = 0x0a;

/** `.`, `?`, `!` or a line break. */
function endsSentence(code: number): boolean {
  return code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK || code === LINE_FEED;
}

/** A space or an ASCII punctuation mark: the end of a word in any script that spaces its words. */
function endsWord(code: number): boolean {
  return (
    code <= 0x2f ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7f)
  );
}

/** A sentence end, `;`, `:` or `,`. */
function endsClause(code: number): boolean {
  return endsSentence(code) || code === 0x3b || code === 0x3a || code === 0x2c;
}

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
    for (const cue of lexicon.cues) {
      // "Не хочу, чтобы мои данные продавали": for a basic list the negation is the opt-out itself.
      const cueNegators = cue.right === 'opt_out_sale' ? negators : ownNegators;
      // A cue none of whose required literals occurs cannot match: its pattern is not run.
      if (!mayOccur(cue, lexicon.literals)) continue;
      cue.pattern.lastIndex = 0;
      // One counted match per cue, the first not set aside: a phrase repeated in a long complaint is not
      // more evidence.
      for (let match = cue.pattern.exec(text); match !== null; match = cue.pattern.exec(text)) {
        if (!startsWord(text, match.index, lexicon.wordBoundaries)) {
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

function isNegated(text: string, start: number, negators: readonly CompiledLexicon[]): boolean {
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
function isNegatedAfter(text: string, end: number, negators: readonly CompiledLexicon[]): boolean {
  for (const lexicon of negators) {
    const trailing = lexicon.trailingNegation;
    if (trailing === null || !mayMatch(lexicon, trailing)) continue;
    trailing.pattern.lastIndex = end;
    if (trailing.pattern.test(text)) return true;
  }
  return false;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  return text.slice(from, sentenceEnd(text, end));
}

/** Where the sentence holding `end` ends: at its `.`, `?`, `!` or line break, or at the end of the text. */
function sentenceEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
  return to;
}

function sentenceBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  return text.slice(from, start);
}

function conditionOf(before: string, lexicons: readonly CompiledLexicon[]): SetAside['why'] | null {
  if (before.length < 4) return null;
  for (const lexicon of lexicons) if (runs(lexicon, lexicon.conditional, before)) return 'conditional';
  return null;
}

function hedgeOf(sentence: string, lexicons: readonly CompiledLexicon[]): SetAside['why'] | null {
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
function findErasureDoubt(
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
