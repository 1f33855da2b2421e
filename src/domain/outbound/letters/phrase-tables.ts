/** The phrase table of every letter language; a missing language does not compile. */
import type { LetterLanguage } from './languages.js';
import type { Phrases } from './phrases.js';
import { da } from './phrases-da.js';
import { de } from './phrases-de.js';
import { en } from './phrases-en.js';
import { es } from './phrases-es.js';
import { fr } from './phrases-fr.js';
import { it } from './phrases-it.js';
import { nl } from './phrases-nl.js';
import { pl } from './phrases-pl.js';
import { pt } from './phrases-pt.js';
import { ptBR } from './phrases-pt-br.js';
import { sv } from './phrases-sv.js';

export const PHRASES: { readonly [L in LetterLanguage]: Phrases } = {
  en,
  de,
  fr,
  es,
  it,
  nl,
  pt,
  'pt-BR': ptBR,
  pl,
  sv,
  da,
};
