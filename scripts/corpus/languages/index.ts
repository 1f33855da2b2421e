// Every language pack the corpus is written in.
import { type Pack } from '../types.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { pt } from './pt.js';
import { sv } from './sv.js';

export const PACKS: readonly Pack[] = [en, de, fr, es, it, nl, pl, pt, ptBR, sv, da];
