/**
 * The lexicons the classifier ships with, compiled once: full lexicons for the ten supported languages,
 * language-independent cues, and the basic rights vocabulary of 68 more languages (`basic/`).
 */
import { BASIC_LEXICONS, READ_AS } from './basic/index.js';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { attachGatedPatterns } from './literal-gate.js';
import { LiteralIndex } from './literal-index.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import {
  NON_REQUEST_TOPIC,
  OWN_DATA_VOCABULARY,
  PRIVACY_VOCABULARY,
  RIGHTS_WORDS,
} from './privacy-vocabulary.js';
import { pt } from './pt.js';
import { ACCESS_TROUBLE } from './support-topic.js';
import { sv } from './sv.js';
import { universal } from './universal.js';
import { compileVocabulary, occursIn, type WordList } from './word-list.js';

export {
  type CompiledCue,
  type CompiledLexicon,
  type HelperPattern,
  lookbehindHolds,
  mayOccur,
  startsWord,
} from './compile-lexicon.js';
export { NON_REQUEST_TOPIC, PRIVACY_VOCABULARY, RIGHTS_WORDS } from './privacy-vocabulary.js';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
}

export interface LexiconSet {
  readonly byLanguage: ReadonlyMap<SupportedLanguage, CompiledLexicon>;
  readonly universal: CompiledLexicon;
  /** Rights vocabulary of languages without a full lexicon, by ISO 639-1 code. */
  readonly basic: ReadonlyMap<string, CompiledLexicon>;
  /** The lists of `basic` not folded for marks, folded: read on mail typed without any (`Lexicon.typedBare`). */
  readonly basicTypedBare: ReadonlyMap<string, CompiledLexicon>;
  /** The safety net's word lists, read through the lexicons' literal index. */
  readonly vocabularies: Readonly<Record<Vocabulary, WordList>>;
  readonly literals: LiteralIndex;
}

/**
 * The safety net's word lists: personal-data words (PRIVACY_VOCABULARY), rights verbs (RIGHTS_WORDS),
 * ordinary topics (NON_REQUEST_TOPIC) and sign-in trouble (ACCESS_TROUBLE).
 */
export type Vocabulary = 'privacy' | 'ownData' | 'rightsWords' | 'ordinaryTopic' | 'accessTrouble';

/** The same answer as the word list's own pattern, found without running it where none of its words is. */
export function mentions(set: LexiconSet, vocabulary: Vocabulary, text: string): boolean {
  return occursIn(set.vocabularies[vocabulary], set.literals, text);
}

// A letter with a mark, in any Latin-script language: mail with none was typed on a keyboard without them.
const MARKED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * The basic lexicons to read `text`, detected as `language`, with; all of them when it is not one of ours.
 * A list not folded for marks is read folded where the text has no marked letter.
 */
export function basicLexiconsFor(set: LexiconSet, language: string, text: string): CompiledLexicon[] {
  const codes = READ_AS[language] ?? (set.basic.has(language) ? [language] : [...set.basic.keys()]);
  const bare = set.basicTypedBare.has(language) && !MARKED_LATIN.test(text);
  return codes.map((code) =>
    bare && code === language ? set.basicTypedBare.get(code)! : set.basic.get(code)!,
  );
}

export function compileLexicons(): LexiconSet {
  // One index for the lexicons and word lists every email meets, scanned once for all their literals. The
  // basic lexicons, read only on mail in a language without a full one (or short mail), have two thirds
  // of the literals: in their own index, they do not slow the scan of every other email.
  const literals = new LiteralIndex();
  const basicLiterals = new LiteralIndex();
  const full = [en, de, fr, es, it, nl, pt, pl, sv, da].map((lexicon) => compileLexicon(lexicon, literals));
  // The set-asides and topic lists read on every email are skipped by the same scan (`literal-gate.ts`).
  attachGatedPatterns(literals);
  return {
    byLanguage: new Map(full.map((lexicon) => [lexicon.language as SupportedLanguage, lexicon])),
    universal: compileLexicon(universal, literals),
    basic: new Map(
      BASIC_LEXICONS.map((lexicon) => [lexicon.language, compileLexicon(lexicon, basicLiterals)]),
    ),
    basicTypedBare: new Map(
      BASIC_LEXICONS.flatMap((lexicon) =>
        lexicon.typedBare === undefined
          ? []
          : [[lexicon.language, compileLexicon(lexicon.typedBare, basicLiterals)] as const],
      ),
    ),
    vocabularies: {
      privacy: compileVocabulary(PRIVACY_VOCABULARY, literals),
      ownData: compileVocabulary(OWN_DATA_VOCABULARY, literals),
      rightsWords: compileVocabulary(RIGHTS_WORDS, literals),
      ordinaryTopic: compileVocabulary(NON_REQUEST_TOPIC, literals),
      accessTrouble: compileVocabulary(ACCESS_TROUBLE, literals),
    },
    literals,
  };
}
