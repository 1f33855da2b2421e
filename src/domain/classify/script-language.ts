/**
 * Languages named by their script alone: of the languages eld knows, only Greek is written in Greek
 * letters, only Korean in Hangul, only Japanese mixes kana with Han characters, and so on. A sample written
 * in one such script and no other needs no n-gram scores (eld's detection and its reliability ranking are
 * about half of the classifier's time on such mail); eld answers the same, reliably, for every sample the
 * rule names in the dev corpus, the generated corpus and the three held-out sets (docs/classifier-history.md).
 */
/**
 * [first code unit, last code unit, language]: the scripts eld's database gives to one language only, and
 * the scripts of languages it does not know, which it would name after some unrelated language.
 */
const SCRIPTS: readonly (readonly [number, number, string])[] = [
  [0x0370, 0x03ff, 'el'], // Greek and Coptic
  [0x0530, 0x058f, 'hy'], // Armenian
  [0x0590, 0x05ff, 'he'], // Hebrew
  [0x0980, 0x09ff, 'bn'], // Bengali
  [0x0a00, 0x0a7f, 'pa'], // Gurmukhi
  [0x0a80, 0x0aff, 'gu'], // Gujarati
  [0x0b00, 0x0b7f, 'or'], // Oriya
  [0x0b80, 0x0bff, 'ta'], // Tamil
  [0x0c00, 0x0c7f, 'te'], // Telugu
  [0x0c80, 0x0cff, 'kn'], // Kannada
  [0x0d00, 0x0d7f, 'ml'], // Malayalam
  [0x0d80, 0x0dff, 'si'], // Sinhala: not in eld's database
  [0x0e00, 0x0e7f, 'th'], // Thai
  [0x0e80, 0x0eff, 'lo'], // Lao
  [0x1000, 0x109f, 'my'], // Myanmar (Burmese): not in eld's database
  [0x10a0, 0x10ff, 'ka'], // Georgian
  [0x1100, 0x11ff, 'ko'], // Hangul Jamo
  [0x1200, 0x137f, 'am'], // Ethiopic
  [0x1780, 0x17ff, 'km'], // Khmer: not in eld's database
  [0x1800, 0x18af, 'mn'], // Mongolian script (Inner Mongolia; Mongolia writes Cyrillic): not in eld's database
  [0x1f00, 0x1fff, 'el'], // Greek Extended
  [0x3040, 0x30ff, 'ja'], // Hiragana and Katakana
  [0x3130, 0x318f, 'ko'], // Hangul Compatibility Jamo
  [0xac00, 0xd7af, 'ko'], // Hangul Syllables
];
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
/** Fewer letters than this are too few to be sure of anything (a name, an abbreviation). */
const MIN_LETTERS = 8;

/** Code units that are no letter of any script: spaces, digits, punctuation, symbols, combining marks. */
function isNeutral(code: number): boolean {
  if (code < 0x80) return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
  if (code < 0xc0) return code !== 0xaa && code !== 0xb5 && code !== 0xba;
  if (code < 0x300) return code === 0xd7 || code === 0xf7;
  if (code < 0x370) return true; // combining diacritical marks
  return (
    (code >= 0x2000 && code <= 0x2bff) || // punctuation, symbols, arrows, shapes
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff01 && code <= 0xff20) || // full-width punctuation and digits
    (code >= 0xff5b && code <= 0xff65)
  );
}

function scriptOf(code: number): string | null {
  for (const [first, last, language] of SCRIPTS) if (code >= first && code <= last) return language;
  return null;
}

/**
 * Scripts of languages eld does not know: with a few Latin letters beside them (a subject in English,
 * "account", "GDPR") eld would name some unrelated language, so the script still decides while its letters
 * outnumber the Latin ones.
 */
const UNKNOWN_TO_ELD: ReadonlySet<string> = new Set(['si', 'my', 'km', 'mn']);

/** A Latin letter: ASCII or Latin-1 to Latin Extended-B (what `isNeutral` leaves below the combining marks). */
function isLatin(code: number): boolean {
  return code < 0x300;
}

/**
 * The language (ISO 639-1) of a sample written in one script that names it, with at least MIN_LETTERS
 * letters; null where eld must decide (any Cyrillic, Arabic or Devanagari letter, Han characters without
 * kana, two scripts, any Latin letter unless the script is one eld does not know and outnumbers them). Latin
 * mail returns at its first letter after one of eld's scripts, and after reading the sample otherwise.
 */
export function byScript(sample: string): string | null {
  let language: string | null = null;
  let letters = 0;
  let latin = 0;
  let han = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isNeutral(code)) continue;
    if (isLatin(code)) {
      if (language !== null && !UNKNOWN_TO_ELD.has(language)) return null;
      latin++;
      continue;
    }
    if (code >= HAN_FIRST && code <= HAN_LAST) {
      han = true;
      letters++;
      continue;
    }
    const script = scriptOf(code);
    if (script === null || (language !== null && script !== language)) return null;
    language = script;
    letters++;
  }
  // Han characters alone are Chinese or Japanese; with kana, Japanese; with any other script, for eld.
  if (language === null || (han && language !== 'ja') || letters < MIN_LETTERS) return null;
  if (latin > 0 && (!UNKNOWN_TO_ELD.has(language) || latin >= letters)) return null;
  return language;
}
