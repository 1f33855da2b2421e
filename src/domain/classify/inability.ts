/**
 * "I can't delete my account myself", "no puedo borrar mi cuenta desde la app", "ich kann mein Konto nicht
 * selbst löschen": a negated deleting verb after a verb of being able is an inability, not a refusal. It
 * casts no doubt on a deletion asked for beside it ("… Por favor, borren mi cuenta"), where a refusal
 * ("no borren mi cuenta") does (`score-rights.ts`). Matched against lower-cased text.
 */

// The clause before the deleting verb ends in a verb of being able, negated.
const UNABLE = new RegExp(
  `(?:${[
    "\\b(?:can't|can’t|cannot|can not|couldn't|couldn’t|could not|unable to|not able to|don't know how to|don’t know how to)",
    '\\b(?:kann|konnte|könnte|schaffe|schaffte)\\b[^.?!\\n]{0,50}\\bnicht\\b',
    "\\b(?:n'arrive|n’arrive|ne parviens|ne peux|n'ai pas pu|n’ai pas pu|n'ai pas réussi|n’ai pas réussi|ne sais pas)\\b[^.?!\\n]{0,12}",
    '\\bno (?:puedo|consigo|logro|pude|he podido|sé cómo)\\b',
    '\\bnon (?:riesco|posso|so come|sono riuscit[oa]|ho potuto)\\b',
    '\\b(?:kan|kon|lukt)\\b[^.?!\\n]{0,40}\\bniet\\b',
    '(?<![\\w\\u00c0-\\u024f])não (?:consigo|posso|sei como|consegui)\\b',
    '\\bnie (?:mogę|umiem|potrafię|udało mi się|da się)(?![\\w\\u00c0-\\u024f])',
    '\\b(?:kan|kunde|lyckas)\\b[^.?!\\n]{0,30}\\binte\\b|\\b(?:kan|kunne)\\b[^.?!\\n]{0,30}\\bikke\\b',
  ].join('|')})[^.?!\\n]{0,40}$`,
);

// How far back the clause before the verb is read.
const REACH = 90;

/** The deleting verb at `at` in `text` follows a negated verb of being able, in the same sentence. */
export function isInability(text: string, at: number): boolean {
  let from = Math.max(0, at - REACH);
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '.' || c === '?' || c === '!' || c === '\n') {
      from = i + 1;
      break;
    }
  }
  return UNABLE.test(text.slice(from, at));
}
