/**
 * The language detector over eld's packed database (`eld-packed.ts`), however it was loaded: from the
 * committed packed file in the process (`load-language-detector.ts`), from eld's own modules in tests and
 * scripts (`language.ts`). Spelling and script decide first; eld's steps run on the rest.
 */
import { EldDetector } from './eld-detector.js';
import type { PackedEld } from './eld-packed.js';
import { byScript } from './script-language.js';
import { bySpelling } from './spelling-language.js';

export interface DetectedLanguage {
  /** ISO 639-1 code, or the empty string when the text has no letters to go on. */
  readonly language: string;
  /** False for texts too short or too mixed for the n-gram scores to be trusted. */
  readonly reliable: boolean;
}

export type LanguageDetector = (text: string) => DetectedLanguage;

// eld reads at most ~350 bytes; 100 characters (subject and first sentence) were as accurate on the dev
// corpus (150/150), and a shorter sample changes results (docs/classifier-history.md, Performance).
const SAMPLE_CHARS = 100;

export function languageDetectorOver(packed: PackedEld): LanguageDetector {
  const detector = new EldDetector(packed);
  return (text) => {
    const sample = text.slice(0, SAMPLE_CHARS);
    const spelled = bySpelling(text);
    if (spelled !== null) return spelled;
    // A script only one of eld's languages writes decides alone, and surely: eld is not asked.
    const written = byScript(sample);
    return written === null ? detector.detect(sample) : { language: written, reliable: true };
  };
}
