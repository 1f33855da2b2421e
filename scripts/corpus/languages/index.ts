// Every language pack the corpus is written in.
import { type Pack } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export const PACKS: readonly Pack[] = [en, de, fr, es];
