/**
 * A question about how the service treats data, in a language read by a basic lexicon: "колко дълго
 * съхранявате логовете?", "kuinka kauan säilytätte lokeja?", "ali prenašate podatke izven EU?". The basic
 * lexicon's `hypothetical` pattern reads these (it sets a cue inside them aside); where the mail has no cue
 * at all, the same question is the positive evidence of an ordinary topic that the full languages' word
 * lists give ("how long do you keep…", `lexicon/privacy-vocabulary.ts`), and the labelling guide reads it as
 * no request unless the writer's own data is asked for, which the safety net's own-data words still catch.
 */
import { type CompiledLexicon, isSupportedLanguage, mayOccur } from './lexicon/index.js';

/** True where a basic lexicon among `lexicons` (just scanned over `text`) reads a practice question. */
export function asksAboutPractice(text: string, lexicons: readonly CompiledLexicon[]): boolean {
  return lexicons.some((lexicon) => {
    const hypothetical = lexicon.hypothetical;
    return (
      lexicon.language !== '*' &&
      !isSupportedLanguage(lexicon.language) &&
      hypothetical !== null &&
      mayOccur(hypothetical, lexicon.literals) &&
      hypothetical.pattern.test(text)
    );
  });
}
