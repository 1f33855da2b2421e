/**
 * The language detector over eld's database as packed in models/eld-extrasmall.bin (`npm run eld:pack`),
 * read once at start: eld's own database module is never loaded by the process (issue 17: idle memory).
 * A missing or foreign file stops start-up with one clear line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../config/project-root.js';
import { decodeEld } from '../../domain/classify/eld-packed-codec.js';
import { type LanguageDetector, languageDetectorOver } from '../../domain/classify/detect-language.js';

export const ELD_FILE = join(projectRoot, 'models', 'eld-extrasmall.bin');

export function loadLanguageDetector(file: string = ELD_FILE): LanguageDetector {
  const decoded = decodeEld(readFileSync(file));
  if (!decoded.ok)
    throw new Error(`${decoded.code}: the language detector's file is not one this version reads`);
  return languageDetectorOver(decoded.packed);
}
