/**
 * Joins the lexicon's verdict with the trained model's. The lexicon explains: a right it finds is kept
 * with its phrases. The model adds a right only when it is confident, and any disagreement (a right the
 * model sees that the lexicon does not, or a lexicon right the model finds very unlikely) lowers the
 * confidence, so a verdict resting on a single cue goes to a person. A model-only request is never turned
 * into a confident `not_a_request`: it becomes that request, in triage.
 */
import { RIGHTS, type Right } from '../request-types.js';
import { rightProbabilities, type NgramModel, topFeatures } from './ngram-model.js';

/**
 * Beside a lexicon verdict, a right the lexicon did not choose is added when the model gives it at least
 * this and the lexicon read a cue for it that did not add up to a choice (`LexiconContext.cued`: a half-weight
 * "correct it", or "stop the marketing" absorbed by a consent withdrawal). Where the lexicon read nothing for
 * the right, the model adds it only from MODEL_ADDS_UNCUED, in a language with a full lexicon.
 * Tenth round, each set scored by a model that never saw it (the ten hand-written sets left out in turn, and
 * validation), rights the model added beside a lexicon verdict at p ≥ 0.8: with a cue, right 14 times in 16;
 * with none, right 17 times in 63. Of those, in a full language at p ≥ 0.97 right 12 in 19, below 0.97 right
 * 4 in 28; in a language read by a basic lexicon or none, right 1 in 16 (the model learned its rights on the
 * full languages' mail). So 39 wrong rights are no longer added and 4 right ones go unadded, each still in the
 * reasons and still lowering the confidence (docs/classifier-history.md, Tenth round).
 */
export const MODEL_ADDS = 0.8;
/** The model adds a right the lexicon read nothing for from this probability, in a full-lexicon language. */
export const MODEL_ADDS_UNCUED = 0.97;
/**
 * The model "sees" a right from this probability: below MODEL_ADDS it only sends the mail to triage.
 * Low on purpose: a request only the model sees stays in triage, and triage with a suggested right is
 * better than `not_a_request`. On validation 0.15 found the most requests before the model's wrong
 * guesses (at 0.1 half the non-requests get one) cost more macro-F1 than they gained (docs/classifier.md).
 */
export const MODEL_SEES = 0.15;
/** With no right found, any right at this probability still keeps the mail below the threshold. */
export const MODEL_STIRS = 0.1;
/**
 * The same where the lexicon found positive evidence of an ordinary topic and no rights, personal-data or
 * own-data word in any language: there the model's guess holds a verdict of no request back only where the
 * model alone would call it a request. On validation, the five hand-written sets and the train split, the
 * weaker guesses held 14 such mails in triage (invoices, press, partnership offers, closing thanks) and not
 * one request; the guesses that did find requests came with privacy words, where MODEL_STIRS still holds.
 */
export const MODEL_STIRS_ON_TOPIC = 0.5;
/**
 * The model alone calls a right from this probability (method B). A right it sees below this, next to a
 * lexicon verdict it does not doubt, costs only DOUBT_PENALTY: on validation and `heldout4/`–`heldout5/`
 * the lexicon's verdict was exactly right in 48 of 50 such cases (34 of 34 and 14 of 16), and in 26 of 27
 * on the train split, so a single cue goes on at 0.65 instead of waiting in triage at 0.55. A right the
 * model would call itself (p ≥ 0.5) keeps the full penalty.
 */
export const MODEL_DECIDES = 0.5;
/**
 * The model confirms a lexicon right from this probability. With every lexicon right confirmed and no other
 * right seen, a verdict read by a basic lexicon (a language without a full one) may leave triage: on
 * validation this let 31 more requests through with no wrong type among them.
 */
export const MODEL_CONFIRMS = 0.15;
/**
 * A lexicon right the model gives less than this counts as a disagreement. On validation, 0.05 sent 12
 * more requests past triage with 2 wrong types; 0.02 would have sent 36 with 9 wrong.
 */
export const MODEL_DOUBTS = 0.05;
/**
 * How much a disagreement (a right the model sees that the lexicon does not, or a lexicon right the model
 * finds very unlikely) lowers the lexicon's confidence. A penalty, not a cap: on validation the lexicon's
 * verdict was right on request-or-not every time the model disagreed and had exactly the right types
 * 0.92–1.00 of the time, because the model is weakest on the unseen phrasing where they disagree. So a
 * verdict resting on two or more cues (0.85+) leaves triage, one resting on a single cue (0.7) does not.
 */
export const DISAGREEMENT_PENALTY = 0.15;
/**
 * The penalty where the model only doubts the one right the lexicon found, in mail that speaks of personal
 * data and of no ordinary topic. On validation the lexicon was right in 22 of 24 such doubts (the two
 * misses were second rights of a two-right verdict, which keep the full penalty): a single cue there goes
 * on at 0.65 instead of waiting in triage at 0.55. Support mail keeps the full penalty.
 */
export const DOUBT_PENALTY = 0.05;
/** Confidence of a request only the model found. */
export const MODEL_ONLY = 0.45;

export interface ModelOpinion {
  readonly chosen: readonly Right[];
  /** The highest confidence the joined verdict may state. */
  readonly cap: number;
  /** Subtracted from the lexicon's confidence where the two disagree. */
  readonly penalty: number;
  readonly reasons: readonly string[];
  /** True when lexicon and model name the same rights, each with p ≥ MODEL_CONFIRMS. */
  readonly agrees: boolean;
  /** The model's probability of each right, for the evaluation's records of how the join decided. */
  readonly probabilities?: Readonly<Partial<Record<Right, number>>>;
}

/** What the lexicon read besides its rights, which tells the model where its guesses are not wanted. */
export interface LexiconContext {
  /** The writer keeps the account or refuses a deletion ("I want to keep my account"). */
  readonly erasureDoubted: boolean;
  /** Positive evidence of an ordinary topic and no word about personal data or rights in any language. */
  readonly ordinaryTopic: boolean;
  /** Words about personal data and no sign of an ordinary topic (support, billing, vendors). */
  readonly aboutPersonalData?: boolean;
  /** Any personal-data or privacy word in any language (`privacy-vocabulary.ts`). */
  readonly privacyVocabulary?: boolean;
  /** A scam whose rights words are its pretext (`lexicon/not-asked.ts`): no guess of the model counts. */
  readonly pretext?: boolean;
  /**
   * The mail closes a finished ticket, asks how customers' data is treated or corrects the organisation's own
   * details on an invoice, with no cue and no word about the writer's own data (`lexicon/not-asked.ts`,
   * `lexicon/support-topic.ts`): the model's guess holds it in triage but names no right.
   */
  readonly noAsk?: boolean;
  /** Rights whose cues the lexicon read inside a hypothetical or a condition ("if I ever wanted you to delete…"). */
  readonly hedged?: readonly Right[];
  /**
   * Rights with a counted cue, chosen or not: a half-weight phrase ("correct it", "csv") or a cue the labelling
   * guide's sibling rules absorbed ("stop the marketing" beside a consent withdrawal).
   */
  readonly cued?: readonly Right[];
  /** The email's language has a full lexicon (`lexicon/<lang>.ts`), not only a basic list or none. */
  readonly fullLexicon?: boolean;
  /** Rights the writer reports as asked earlier ("I already asked you to delete…", an objection already made). */
  readonly earlier?: readonly Right[];
}

const NO_CONTEXT: LexiconContext = { erasureDoubted: false, ordinaryTopic: false };

export function combineWithModel(
  model: NgramModel,
  text: string,
  lexicon: readonly Right[],
  context: LexiconContext = NO_CONTEXT,
): ModelOpinion {
  const p = rightProbabilities(model, text);
  const prob = (r: Right): number => p[RIGHTS.indexOf(r)]!;
  // On an ordinary topic (support, billing, a vendor) a weak guess is noise: only a confident one counts.
  const sees = context.ordinaryTopic ? MODEL_ADDS : MODEL_SEES;
  const seen = RIGHTS.filter((r) => prob(r) >= sees && !unwanted(r, lexicon, context));
  const added = seen.filter((r) => !lexicon.includes(r) && adds(r, prob(r), context));
  const unseen = seen.filter((r) => !lexicon.includes(r));
  const doubted = lexicon.filter((r) => prob(r) < MODEL_DOUBTS);
  const probabilities = Object.fromEntries(RIGHTS.map((r) => [r, prob(r)]));
  const reasons: string[] = [];
  for (const r of unseen) reasons.push(explain(model, text, r, prob(r)));
  for (const r of doubted) reasons.push(`model doubts ${r.replaceAll('_', ' ')} (p=${prob(r).toFixed(2)})`);

  if (lexicon.length === 0) {
    const suggested = seen.filter((r) => !needsLexicon(r, context));
    if (suggested.length === 0) {
      // No request either way; a near miss of the model still keeps the mail in front of a person.
      // A guess the lexicon's reading rules out (erasure where the writer keeps the account) holds nothing back.
      const stirs = context.ordinaryTopic ? MODEL_STIRS_ON_TOPIC : MODEL_STIRS;
      const unsure = RIGHTS.some((r) => prob(r) >= stirs && !unwanted(r, lexicon, context));
      return { chosen: [], cap: unsure ? MODEL_ONLY : 1, penalty: 0, reasons, agrees: false, probabilities };
    }
    // The likeliest rights only: a weak second guess would cost precision without finding more requests.
    const top = Math.max(...suggested.map(prob));
    return {
      chosen: suggested.filter((r) => prob(r) >= top / 2),
      cap: MODEL_ONLY,
      penalty: 0,
      reasons,
      agrees: false,
      probabilities,
    };
  }
  const disagree = unseen.length > 0 || doubted.length > 0;
  const agrees = !disagree && lexicon.every((r) => prob(r) >= MODEL_CONFIRMS);
  const onlyDoubt = unseen.length === 0 && lexicon.length === 1 && context.aboutPersonalData === true;
  const onlyWeakSighting = doubted.length === 0 && unseen.every((r) => prob(r) < MODEL_DECIDES);
  return {
    chosen: [...lexicon, ...added],
    cap: 1,
    penalty: disagree ? (onlyDoubt || onlyWeakSighting ? DOUBT_PENALTY : DISAGREEMENT_PENALTY) : 0,
    reasons,
    agrees,
    probabilities,
  };
}

/** Whether the model's sighting of a right beside a lexicon verdict is added to it (MODEL_ADDS). */
function adds(right: Right, p: number, context: LexiconContext): boolean {
  if (context.cued?.includes(right) === true) return p >= MODEL_ADDS;
  return context.fullLexicon === true && p >= MODEL_ADDS_UNCUED;
}

/**
 * Guesses the lexicon's reading rules out: erasure where the writer keeps the account (a file deleted in a
 * kept account is not Art. 17), and objection on top of an opt-out of targeted advertising, where "profiling
 * for ads" is the opt-out's own subject (CCPA 1798.120, 1798.140(ah)). The labelling guide's sibling rules
 * too: a copy asked for in a format or sent to another provider is portability, and access only where the
 * writer also asks what is held, which the lexicon reads (Art. 20 next to Art. 15); "unsubscribe me" is an
 * objection, and a withdrawal of consent only where the writer speaks of withdrawing it (Art. 7(3)), so
 * the model's guess of either on top of the lexicon's verdict is neither added nor a disagreement (the
 * model reads "newsletter" as consent). On the validation split and the five hand-written sets this raised
 * four right objections out of triage and one wrong one (a pitch's "to stop receiving our messages"), and
 * dropped the one access the model had added to a portability, which was wrong. Tenth round, the mirror of
 * the first: no sale opt-out on top of a lexicon objection unless the lexicon read a sale cue ("opt me out of
 * your advertising emails" is direct marketing; the model reads "opt" and "out"); and, beside a lexicon
 * verdict, no right the writer reports as asked earlier ("I have already objected; until that is decided,
 * restrict…": the model reads the objection without its "already").
 */
function unwanted(right: Right, lexicon: readonly Right[], context: LexiconContext): boolean {
  if (lexicon.includes(right)) return false;
  if (context.pretext === true) return true;
  if (lexicon.length > 0 && context.earlier?.includes(right) === true) return true;
  if (right === 'erasure') return context.erasureDoubted;
  if (right === 'objection') return lexicon.includes('opt_out_sale');
  if (right === 'opt_out_sale')
    return lexicon.includes('objection') && context.cued?.includes(right) !== true;
  if (right === 'access') return lexicon.includes('portability');
  if (right === 'withdraw_consent') return lexicon.length > 0;
  return false;
}

/**
 * Rights the model may not suggest on its own, though its guess still keeps the mail in triage. Withdrawal
 * of consent: the model reads "consent" in cookie banners, consent-management pitches and newsletters'
 * opt-ins, and on validation and the three held-out sets none of its 10 lone suggestions was right; the
 * withdrawal is the writer's own act (GDPR Art. 7(3)), which the lexicon's phrases name. Portability without
 * a word about personal data: "CSV" and "export" are support (1 of 8 lone suggestions right); Art. 20 is
 * about the data concerning the writer. And no right at all in mail that closes a finished ticket or asks how
 * customers' data is treated, or corrects the organisation's own details on an invoice (`noAsk`): on
 * validation and the seven hand-written sets the model's lone guesses there were wrong 9 times in 9 (a
 * closed Italian ticket read as access and rectification, "vocês vendem dados de clientes?" as an opt-out,
 * a company's tax number on an invoice as a rectification). Nor a right whose cue the lexicon read as a
 * hypothetical or a condition: the model reads the same words without their "if" (1 such lone guess on the
 * sets, wrong).
 */
function needsLexicon(right: Right, context: LexiconContext): boolean {
  if (context.noAsk === true || context.hedged?.includes(right) === true) return true;
  if (right === 'withdraw_consent') return true;
  if (right === 'portability') return context.privacyVocabulary !== true;
  return false;
}

function explain(model: NgramModel, text: string, right: Right, p: number): string {
  const features = topFeatures(model, text, right);
  const why = features.length > 0 ? `: ${features.map((f) => `"${f}"`).join(', ')}` : '';
  return `model: likely ${right.replaceAll('_', ' ')} (p=${p.toFixed(2)})${why}`;
}
