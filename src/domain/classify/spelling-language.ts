/**
 * Languages eld's database does not have, recognised by their own spelling before eld is asked: eld reads
 * Maltese, Irish and Welsh as English, Italian or Yoruba, Afrikaans as Dutch, Swahili and Zulu as whatever
 * is nearest, Mongolian in Cyrillic as Russian or Bulgarian, so their lexicons would never run on long mail.
 */

/** A language named by its spelling: as sure as eld's reliable answer (`DetectedLanguage` in `language.ts`). */
export interface SpelledLanguage {
  readonly language: string;
  readonly reliable: true;
}

// Maltese alone writes "għ", "ħ" and "ġ" (Polish has "ż", never these).
const MALTESE = /għ|ħ|ġ/g;
// Mongolian in Cyrillic writes "ө" and "ү", which Russian, Ukrainian, Bulgarian and Serbian never do; Kazakh,
// Kyrgyz, Tatar and Bashkir write them too, but each with letters Mongolian lacks.
const MONGOLIAN = /[өү]/g;
const NOT_MONGOLIAN = /[әғқңұһіїєўҗ]/;

/**
 * Function words each of which only one of these languages uses, and no language eld knows writes as a
 * word ("dom" and "orm" are left out of Irish: the DOM and an ORM turn up in English bug reports; "nie" out
 * of Afrikaans: it is Polish and German too; "rekening" too: it is Dutch). Two different ones decide
 * (Turkish writes "ek" twice in a sentence).
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  ...words(
    'ga',
    'agus|liom|agam|agaibh|bhur|atá|níl|bhfuil|sibh|chuig|mo chuid|le do thoil|go raibh|sonraí|uaim|dúinn|conas|ba mhaith',
  ),
  // Afrikaans verbs and nouns of a request too: a short one may hold a single function word.
  ...words(
    'af',
    'ek|julle|asseblief|hierdie|vir|dankie|hulle|jy|moenie|inligting|baie|skrap|verwyder|afskrif|beswaar|opdateer|advertensies|bemarking|wagwoord',
  ),
  ...words(
    'sw',
    'tafadhali|yangu|wangu|zangu|changu|kuhusu|naomba|ninaomba|asante|kwamba|yenu|wenu|habari|akaunti|taarifa|binafsi',
  ),
  // Welsh: not "chi" (Italian "who") nor "yn" alone.
  ...words('cy', 'diolch|hoffwn|gwelwch|gyda|ydych|rwyf|nghyfrif|gwybodaeth|wybodaeth|fy|eich'),
  // Mongolian in Cyrillic, where a sample has too few "ө" and "ү" (below) to decide.
  ...words('mn', 'миний|байна|байгаа|надад|намайг|бөгөөд|болон|уу|үү|юу|битгий|мэдээлэл|мэдээллийг|хүсэлт'),
  ...words(
    'zu',
    'ngicela|ngiyacela|ngiyabonga|yami|wami|lami|sami|kwami|ukuthi|futhi|sawubona|imininingwane|ngifuna|angifuni|akhawunti',
  ),
};
const FUNCTION_WORD = new RegExp(`(?<!\\p{L})(?:${Object.keys(FUNCTION_WORDS).join('|')})(?!\\p{L})`, 'gu');
const SPELLING_SAMPLE = 300;
const WORDS_THAT_DECIDE = 2;

function words(language: string, list: string): Record<string, string> {
  return Object.fromEntries(list.split('|').map((word) => [word, language]));
}

/** The languages recognised here, each answered with the same object. */
const KNOWN: ReadonlyMap<string, SpelledLanguage> = new Map(
  ['mt', 'mn', ...new Set(Object.values(FUNCTION_WORDS))].map((language) => [
    language,
    { language, reliable: true },
  ]),
);

/** The language of a text eld does not know, by its spelling; null for eld to decide. */
export function bySpelling(text: string): SpelledLanguage | null {
  const sample = text.slice(0, SPELLING_SAMPLE);
  if ((sample.match(MALTESE)?.length ?? 0) >= 2) return KNOWN.get('mt')!;
  if ((sample.match(MONGOLIAN)?.length ?? 0) >= 2 && !NOT_MONGOLIAN.test(sample)) return KNOWN.get('mn')!;
  const hits = sample.match(FUNCTION_WORD);
  if (hits === null || hits.length < WORDS_THAT_DECIDE) return null;
  const seen = new Map<string, Set<string>>();
  for (const hit of hits) {
    const language = FUNCTION_WORDS[hit]!;
    const distinct = seen.get(language) ?? new Set<string>();
    distinct.add(hit);
    if (distinct.size >= WORDS_THAT_DECIDE) return KNOWN.get(language)!;
    seen.set(language, distinct);
  }
  return null;
}
