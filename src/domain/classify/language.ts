/**
 * Language detection with eld's extra-small n-gram database: the only detector measured right on
 * three-word phrases in our languages. eld's steps run over its database packed into typed arrays
 * (`eld-detector.ts`, `detect-language.ts`): the same answers, without the garbage of eld's per-text
 * objects. Here the database is read from eld's own modules (29 MB of heap, held for the module's lifetime:
 * tests and scripts); the process reads the same packing from models/eld-extrasmall.bin instead
 * (`load-language-detector.ts`). The detector is a port (`LanguageDetector`) so the classifier stays a pure
 * function of its inputs.
 */
import { type LanguageDetector, languageDetectorOver } from './detect-language.js';
import { eldTables } from './eld-database.js';
import { type PackedEld, packEld } from './eld-packed.js';

export type { DetectedLanguage, LanguageDetector } from './detect-language.js';

let packed: PackedEld | undefined;

/** eld's database packed once for every detector (read-only; each detector has its own buffers). */
function packedEld(): PackedEld {
  packed ??= packEld(eldTables);
  return packed;
}

/** A detector over eld's database read from eld's own modules (tests, scripts); the process loads the packed file. */
export function createLanguageDetector(): LanguageDetector {
  return languageDetectorOver(packedEld());
}
