/**
 * Classifies a parsed email for the privacy team: which rights it invokes, its language, how sure we are
 * and the phrases that decided it. A pure function of the email and the injected language detector; the
 * same input always gives the same output.
 */
import { type AutomaticContext, detectAutomaticMail } from '../email/automatic.js';
import type { ParsedEmail } from '../email/parsed-email.js';
import { RIGHTS, type RequestType } from '../request-types.js';
import {
  hasBasicLexicon,
  joinedSteps,
  type LanguageGroup,
  languageGroup,
  vouchedInBasicLanguage,
} from './assemble-confidence.js';
import { cleanBody } from './clean-body.js';
import { combineWithModel, type ModelOpinion } from './combine-model.js';
import { type ConfidenceStep, confidenceSteps } from './confidence.js';
import type { LanguageDetector } from './language.js';
import {
  basicLexiconsFor,
  type CompiledLexicon,
  compileLexicons,
  isSupportedLanguage,
  type LexiconSet,
  mentions,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from './lexicon/index.js';
import { JUST_ASKING, SAYS_NOTHING_ASKED, SELL_OR_SHARE_QUESTION } from './lexicon/asks-nothing.js';
import { SELL_QUESTION, TURN_TO_ASK, UNWILLING, WONDER_IF_SELL } from './lexicon/asks-about-right.js';
import { hasLink, LURE, NO_ASK, PITCH } from './lexicon/not-asked.js';
import { isCompanyBilling, maskSupportActions } from './lexicon/support-topic.js';
import { matchableText } from './matchable-text.js';
import type { NgramModel } from './ngram-model.js';
import { reasonsFor } from './reasons.js';
import { rightsNotAsked } from './rights-not-asked.js';
import { asksAboutPractice } from './practice-question.js';
import { type RightScores, scoreRights } from './score-rights.js';
import { setAsideRights } from './set-aside-rights.js';
import { burmeseAsUnicode } from './zawgyi.js';

export interface Classification {
  readonly types: readonly RequestType[];
  /** ISO 639-1 code of the email's main language. */
  readonly language: string;
  readonly confidence: number;
  /** Short phrases and features that decided the result, shown to staff; never an email address. */
  readonly reasons: readonly string[];
  readonly auto: boolean;
}

export interface Classifier {
  readonly detectLanguage: LanguageDetector;
  readonly lexicons: LexiconSet;
  readonly automatic: AutomaticContext;
  /** The trained n-gram model, or null to run on the lexicon alone (tests of the lexicon itself). */
  readonly model: NgramModel | null;
}

export const noOwnMail: AutomaticContext = { ownAddresses: [], isOwnMessageId: () => false };

/** Builds the classifier's read-only model once; classifying then allocates only per email. */
export function createClassifier(
  detectLanguage: LanguageDetector,
  automatic: AutomaticContext = noOwnMail,
  model: NgramModel | null = null,
): Classifier {
  return { detectLanguage, lexicons: compileLexicons(), automatic, model };
}

// Below this many characters n-gram detection is a guess, so every full lexicon is tried.
const SHORT_TEXT = 160;
/** Full lexicons read beside a basic one for a language close to theirs. */
const NEIGHBOURS: Readonly<Record<string, readonly SupportedLanguage[]>> = {
  no: ['da', 'sv'],
  gl: ['pt', 'es'],
};

/** What a report of triage needs beside the classification: the rules behind its confidence. */
export interface TracedClassification {
  readonly classification: Classification;
  /** The confidence rules in the order they applied (none for automatic mail). */
  readonly steps: readonly ConfidenceStep[];
  /** A full lexicon reads the language, a basic one, or neither. */
  readonly languageGroup: LanguageGroup;
  /** The lexicon's cues and the model's opinion behind the verdict (null for automatic mail or no model). */
  readonly rights: RightScores | null;
  readonly opinion: ModelOpinion | null;
}

export function classifyEmail(classifier: Classifier, email: ParsedEmail): Classification {
  return traceClassification(classifier, email).classification;
}

export function traceClassification(classifier: Classifier, email: ParsedEmail): TracedClassification {
  const matchable = matchableText(email.subject, cleanBody(email.text));
  const detected = classifier.detectLanguage(matchable);
  // Burmese typed in the Zawgyi encoding is read as the Unicode it stands for.
  const text = detected.language === 'my' ? burmeseAsUnicode(matchable) : matchable;
  const verdict = detectAutomaticMail(email, classifier.automatic);
  if (verdict !== null) {
    const language = detected.language || 'en';
    const classification: Classification = {
      types: ['not_a_request'],
      language,
      confidence: 0.97,
      reasons: [`automatic mail: ${verdict.reason}`],
      auto: true,
    };
    return {
      classification,
      steps: [],
      languageGroup: languageGroup(classifier.lexicons, language),
      rights: null,
      opinion: null,
    };
  }

  const short = text.length < SHORT_TEXT || !detected.reliable;
  const { lexicons } = classifier;
  const privacyVocabulary = mentions(lexicons, 'privacy', text);
  // "Delete the old project", "export our invoices": in mail with no personal-data word, an action on the
  // product's own objects is support, and its verb is neither a cue nor a rights word.
  const read = privacyVocabulary ? text : maskSupportActions(text);
  const productAction = read !== text;
  // A scam, billing or rights the writer names without asking set cues aside (`set-aside-rights.ts`).
  const ownDataWords = mentions(lexicons, 'ownData', text);
  const reading = lexiconsFor(lexicons, detected.language, short, text);
  const { scam, billing, unasked } = setAsideRights(scoreRights(read, reading), text, ownDataWords);
  const rights = unasked.rights;
  const language = short
    ? (languageOfEvidence(rights) ?? (detected.language || 'en'))
    : detected.language || 'en';
  const anyRightsWord = mentions(lexicons, 'rightsWords', read);
  // A phishing lure (a link, hours to act, a threat) is an ordinary topic whatever it pretends to be about,
  // and so is a seller's pitch (our product, and a call or a demo asked for), read last and only where no
  // cue counted: a pitch matters only to a verdict of no request, and most mail never pays for it.
  const lure = scam || (hasLink(text) && LURE.test(text));
  const ordinaryTopic =
    productAction ||
    lure ||
    mentions(lexicons, 'ordinaryTopic', text) ||
    (!privacyVocabulary && mentions(lexicons, 'accessTrouble', text)) ||
    (rights.evidence.length === 0 && (PITCH.test(text) || asksAboutPractice(read, reading)));
  // Privacy words on no ordinary topic, or the writer's own data named inside support mail ("meus dados").
  const ownData = privacyVocabulary && (!ordinaryTopic || ownDataWords);
  const refusal = rights.erasureDoubt !== null || rights.setAside.length > 0;
  const notAsked =
    (anyRightsWord || refusal) &&
    ordinaryTopic &&
    !ownData &&
    rightsNotAsked(text, read, rights, lure, lexicons);
  const rightsWords = anyRightsWord && !notAsked;
  const opinion: ModelOpinion | null =
    classifier.model === null
      ? null
      : combineWithModel(classifier.model, read, rights.chosen, {
          erasureDoubted: rights.erasureDoubt !== null,
          ordinaryTopic:
            ordinaryTopic && (!privacyVocabulary || notAsked) && !rightsWords && rights.evidence.length === 0,
          aboutPersonalData: ownData,
          privacyVocabulary,
          pretext: scam,
          hedged: rights.setAside
            .filter((a) => a.why === 'hypothetical' || a.why === 'conditional' || a.why === 'asked about')
            .map((a) => a.right),
          cued: RIGHTS.filter((r) => (rights.scores.get(r) ?? 0) > 0),
          fullLexicon: isSupportedLanguage(language),
          earlier: rights.setAside.filter((a) => a.why === 'earlier request').map((a) => a.right),
          // Read only where the lexicon found no cue: a finished ticket closed, or a question about practice.
          noAsk:
            rights.chosen.length === 0 &&
            (unasked.asksNothing ||
              // A question about selling asks nothing, unless the writer refuses the practice beside it.
              (((JUST_ASKING.test(text) && SELL_OR_SHARE_QUESTION.test(text)) ||
                WONDER_IF_SELL.test(text) ||
                SELL_QUESTION.test(text)) &&
                !UNWILLING.test(text)) ||
              (!ownDataWords &&
                (billing || NO_ASK.test(text) || SAYS_NOTHING_ASKED.test(text) || isCompanyBilling(text)))),
        });
  const chosen = opinion === null ? rights.chosen : RIGHTS.filter((r) => opinion.chosen.includes(r));
  const supportedLanguage = isSupportedLanguage(language);
  const lexiconSteps = confidenceSteps({
    rights,
    // Where only a basic lexicon reads the language, its verdict is trusted when the model vouches for it.
    supportedLanguage: supportedLanguage || vouchedInBasicLanguage(rights, opinion),
    reliableLanguage: languageOfEvidence(rights) !== null || detected.reliable,
    privacyVocabulary,
    ownData,
    vocabularyCovers: supportedLanguage || hasBasicLexicon(classifier.lexicons, language),
    rightsWords,
    ordinaryTopic,
    productAction,
    notAsked,
    modelQuiet: opinion !== null && opinion.chosen.length === 0 && opinion.cap === 1,
    asksSomethingElse: rights.erasureDoubt !== null && TURN_TO_ASK.test(text),
  });
  const steps = opinion === null ? lexiconSteps : joinedSteps(lexiconSteps, rights.chosen, opinion);
  const types: readonly RequestType[] = chosen.length > 0 ? chosen : ['not_a_request'];
  const classification: Classification = {
    types,
    language,
    confidence: steps.at(-1)!.confidence,
    reasons: [...reasonsFor(rights, language, supportedLanguage), ...(opinion?.reasons ?? [])],
    auto: false,
  };
  return {
    classification,
    steps,
    languageGroup: languageGroup(classifier.lexicons, language),
    rights,
    opinion,
  };
}

function lexiconsFor(set: LexiconSet, language: string, short: boolean, text: string): CompiledLexicon[] {
  const extra = [set.universal];
  if (short) {
    const full = SUPPORTED_LANGUAGES.map((l) => set.byLanguage.get(l)!);
    // The basic lists' loose verbs ("fjern", "sil") would only add noise to a short text in a full language.
    return isSupportedLanguage(language) ? [...full, ...extra] : [...full, ...extra, ...set.basic.values()];
  }
  if (isSupportedLanguage(language)) {
    const own = set.byLanguage.get(language)!;
    // A long text in another language rarely carries English request phrases; short ones try every lexicon.
    return [own, ...extra];
  }
  // Norwegian reads close enough to Danish and Swedish for their cues to help triage, Galician to
  // Portuguese and Spanish.
  const neighbours = (NEIGHBOURS[language] ?? []).map((l) => set.byLanguage.get(l)!);
  return [...neighbours, ...basicLexiconsFor(set, language, text), set.byLanguage.get('en')!, ...extra];
}

function languageOfEvidence(rights: RightScores): string | null {
  const votes = new Map<string, number>();
  for (const e of rights.evidence) {
    if (isSupportedLanguage(e.language)) votes.set(e.language, (votes.get(e.language) ?? 0) + e.weight);
  }
  let best: string | null = null;
  for (const [language, weight] of votes)
    if (best === null || weight > (votes.get(best) ?? 0)) best = language;
  return best;
}
