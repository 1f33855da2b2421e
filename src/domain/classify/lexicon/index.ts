/**
 * The lexicons the classifier ships with, compiled once: full lexicons for the ten supported languages,
 * language-independent cues, and the basic rights vocabulary of 30 more languages (`basic/`).
 */
import { BASIC_LEXICONS, READ_AS } from './basic/index.js';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { LiteralIndex } from './literal-index.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sv } from './sv.js';
import { universal } from './universal.js';

export { type CompiledCue, type CompiledLexicon, type HelperPattern, startsWord } from './compile-lexicon.js';
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
}

/** The basic lexicons to read a text detected as `language` with; all of them when it is not one of ours. */
export function basicLexiconsFor(set: LexiconSet, language: string): CompiledLexicon[] {
  const codes = READ_AS[language] ?? (set.basic.has(language) ? [language] : [...set.basic.keys()]);
  return codes.map((code) => set.basic.get(code)!);
}

export function compileLexicons(): LexiconSet {
  // One index for every lexicon: an email is scanned once for the literals of all the cues it may meet.
  const literals = new LiteralIndex();
  const full = [en, de, fr, es, it, nl, pt, pl, sv, da].map((lexicon) => compileLexicon(lexicon, literals));
  return {
    byLanguage: new Map(full.map((lexicon) => [lexicon.language as SupportedLanguage, lexicon])),
    universal: compileLexicon(universal, literals),
    basic: new Map(BASIC_LEXICONS.map((lexicon) => [lexicon.language, compileLexicon(lexicon, literals)])),
  };
}
