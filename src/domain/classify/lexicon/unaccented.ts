/**
 * Typing without accents: mail written on a keyboard of another language, or in haste, drops them
 * ("je voudrais savoir quelles donnees vous avez sur moi", "que datos mios tienen", "nao quero apagar a
 * conta", "bitte mein Konto loeschen", "prosze usunac moje dane"). The full lexicons are written with their
 * accents; each accented letter of a cue or helper pattern is compiled to accept its unaccented spellings
 * too, by the habits of the language: German and the Nordic languages write ä, ö, ü, å, ø as ae, oe, ue,
 * aa, oe, where their bare vowel would be another word ("andern" is "other", not "ändern", to change).
 */
import type { Lexicon } from './types.js';

/** Spellings of each accented letter without its accent, for most Latin-script languages. */
const BARE: Readonly<Record<string, readonly string[]>> = {
  à: ['a'],
  á: ['a'],
  â: ['a'],
  ã: ['a'],
  ä: ['a'],
  å: ['a'],
  æ: ['ae'],
  ç: ['c'],
  è: ['e'],
  é: ['e'],
  ê: ['e'],
  ë: ['e'],
  ì: ['i'],
  í: ['i'],
  î: ['i'],
  ï: ['i'],
  ñ: ['n'],
  ò: ['o'],
  ó: ['o'],
  ô: ['o'],
  õ: ['o'],
  ö: ['o'],
  ø: ['o'],
  ù: ['u'],
  ú: ['u'],
  û: ['u'],
  ü: ['u'],
  œ: ['oe'],
  ą: ['a'],
  ć: ['c'],
  ę: ['e'],
  ł: ['l'],
  ń: ['n'],
  ś: ['s'],
  ź: ['z'],
  ż: ['z'],
};

const GERMAN: Readonly<Record<string, readonly string[]>> = { ä: ['ae'], ö: ['oe'], ü: ['ue'], ß: ['ss'] };
const NORDIC: Readonly<Record<string, readonly string[]>> = {
  ...BARE,
  å: ['aa', 'a'],
  ø: ['oe', 'o'],
  ä: ['ae', 'a'],
  ö: ['oe', 'o'],
};

/** The languages whose patterns are widened, with their spellings; others are left as written. */
const SPELLINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  de: GERMAN,
  da: NORDIC,
  sv: NORDIC,
  fr: BARE,
  es: BARE,
  it: BARE,
  pt: BARE,
  pl: BARE,
  nl: BARE,
};

/**
 * Whole words whose accent tells them from another common word: Italian "né" (nor) is not the pronoun
 * "ne", Spanish "sí", "él", "tú" are not "si", "el", "tu"; Spanish "mí" (me) is typed "mi" only where no
 * noun follows ("sobre mi cuenta" is "about my account").
 */
const WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  it: { né: 'né' },
  es: { sí: 'sí', él: 'él', tú: 'tú', mí: '(?:mí|mi(?! [a-zñ]))' },
};

const isLetter = (c: string | undefined) => c !== undefined && /[a-z\u00c0-\u024f]/.test(c);

/** The replacement of the word starting at `i`, when it is one of `words` standing alone. */
function wordAt(pattern: string, i: number, words: Readonly<Record<string, string>>) {
  // "\\bmí": the letter before the word is the escape's.
  if (isLetter(pattern[i - 1]) && pattern[i - 2] !== '\\') return undefined;
  for (const [word, replacement] of Object.entries(words))
    if (pattern.startsWith(word, i) && !isLetter(pattern[i + word.length])) return { word, replacement };
  return undefined;
}

/**
 * `pattern` with each accented letter outside a character class replaced by a class of it and its
 * unaccented letter in `language` ("données" becomes "donn[ée]es"), or a group where a spelling has two
 * letters ("ändern" becomes "(?:ä|ae)ndern"); unchanged for a language not listed. Escapes and classes
 * are copied as written.
 */
export function typedWithoutAccents(pattern: string, language: string): string {
  const spellings = SPELLINGS[language];
  if (spellings === undefined) return pattern;
  const words = WORDS[language] ?? {};
  let out = '';
  for (let i = 0, inClass = false; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    const word = inClass ? undefined : wordAt(pattern, i, words);
    if (word !== undefined) {
      out += word.replacement;
      i += word.word.length - 1;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    const bare = inClass ? undefined : spellings[c];
    if (bare === undefined) out += c;
    // One letter for one: a class, which V8 matches in one step; a longer spelling needs a group.
    else if (bare.every((b) => b.length === 1)) out += `[${c}${bare.join('')}]`;
    else out += `(?:${[c, ...bare].join('|')})`;
  }
  return out;
}

/** The lexicon with every pattern also matching its words typed without accents (`unaccented.ts`). */
export function withoutAccents(lexicon: Lexicon): Lexicon {
  const widen = (pattern: string | undefined) =>
    pattern === undefined ? undefined : typedWithoutAccents(pattern, lexicon.language);
  const cues: Lexicon['cues'] = Object.fromEntries(
    Object.entries(lexicon.cues).map(([right, specs]) => [
      right,
      specs.map(([weight, pattern, absorbable]) => [weight, widen(pattern)!, absorbable] as const),
    ]),
  );
  return {
    ...lexicon,
    cues,
    negation: widen(lexicon.negation),
    trailingNegation: widen(lexicon.trailingNegation),
    negationExceptions: widen(lexicon.negationExceptions),
    erasureVerbs: widen(lexicon.erasureVerbs),
    keepAccount: widen(lexicon.keepAccount),
    hypothetical: widen(lexicon.hypothetical),
    conditional: widen(lexicon.conditional),
    earlier: widen(lexicon.earlier),
  };
}
