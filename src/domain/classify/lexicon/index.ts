/**
 * The lexicons the classifier ships with, compiled once: full lexicons for the ten supported languages,
 * language-independent cues, and the partial word lists that only steer low-confidence triage.
 */
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { partial } from './partial.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sv } from './sv.js';
import { universal } from './universal.js';

export { type CompiledCue, type CompiledLexicon, startsWord } from './compile-lexicon.js';
export { PRIVACY_VOCABULARY } from './universal.js';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
}

export interface LexiconSet {
  readonly byLanguage: ReadonlyMap<SupportedLanguage, CompiledLexicon>;
  readonly universal: CompiledLexicon;
  readonly partial: CompiledLexicon;
}

export function compileLexicons(): LexiconSet {
  const full = [en, de, fr, es, it, nl, pt, pl, sv, da].map(compileLexicon);
  return {
    byLanguage: new Map(full.map((lexicon) => [lexicon.language as SupportedLanguage, lexicon])),
    universal: compileLexicon(universal),
    partial: compileLexicon(partial),
  };
}
