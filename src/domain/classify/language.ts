/**
 * Language detection with eld's extra-small n-gram database: the only detector measured right on
 * three-word phrases in our languages, at 29 MB of heap instead of the 70 MB of its medium database.
 * eld's steps run over its database packed into typed arrays (`eld-detector.ts`): the same answers, without
 * the garbage of eld's per-text objects. The detector is a port (`LanguageDetector`) so the classifier
 * stays a pure function of its inputs.
 */
import { eldTables } from './eld-database.js';
import { EldDetector } from './eld-detector.js';
import { type PackedEld, packEld } from './eld-packed.js';
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
// corpus (150/150), and a shorter sample changes results (docs/classifier.md, Performance).
const SAMPLE_CHARS = 100;

let packed: PackedEld | undefined;

/** eld's database packed once for every detector (read-only; each detector has its own buffers). */
function packedEld(): PackedEld {
  packed ??= packEld(eldTables);
  return packed;
}

export function createLanguageDetector(): LanguageDetector {
  const detector = new EldDetector(packedEld());
  return (text) => {
    const sample = text.slice(0, SAMPLE_CHARS);
    const spelled = bySpelling(text);
    if (spelled !== null) return spelled;
    // A script only one of eld's languages writes decides alone, and surely: eld is not asked.
    const written = byScript(sample);
    return written === null ? detector.detect(sample) : { language: written, reliable: true };
  };
}
