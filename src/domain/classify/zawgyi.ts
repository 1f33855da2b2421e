/**
 * Burmese typed in the Zawgyi encoding, which most phones in Myanmar used until 2019 and many still do: the
 * same code points as Unicode's Myanmar block, given to glyphs rather than letters, and typed in visual
 * order ("ေ" before its consonant, "္" for the asat, medials on other code points). The Burmese list and
 * the model read Unicode, so Zawgyi mail is converted before they read it; Rabbit's mapping (`rabbit-node`,
 * the converter the Burmese web used, frozen like the encoding) does the conversion.
 */
import Rabbit from 'rabbit-node';

/**
 * What well-formed Unicode Burmese never holds and Zawgyi text nearly always does: a glyph variant or stacked
 * consonant of U+1060–U+1097 (Unicode's Mon, Shan and Karen letters there are not written in Burmese), the
 * vowel sign "ေ" at the start of a word (Unicode stores it after its consonant), or U+1039 used as the asat,
 * followed by no consonant (in Unicode it only stacks the consonant after it).
 */
const ZAWGYI_SIGN = /[\u1060-\u1097]|(?<![\u1000-\u109f])\u1031|\u1039(?![\u1000-\u1021])/;

export function isZawgyi(text: string): boolean {
  return ZAWGYI_SIGN.test(text);
}

/** Burmese text in Unicode: Zawgyi text converted, anything else as it is. */
export function burmeseAsUnicode(text: string): string {
  return isZawgyi(text) ? Rabbit.zg2uni(text) : text;
}
