/**
 * Languages eld's database does not have, recognised by their own spelling before eld is asked: eld reads
 * Maltese, Irish and Welsh as English, Italian or Yoruba, Afrikaans as Dutch, Swahili and Zulu as whatever
 * is nearest, Mongolian in Cyrillic as Russian or Bulgarian, so their lexicons would never run on long mail.
 * The same for languages eld knows in another script or spelling only: Hindi, Urdu, Tamil, Bengali, Marathi
 * and Telugu typed in Latin letters, Uzbek in Cyrillic, Pashto (read as Persian), Tajik and Kyrgyz (read as
 * Russian or Kazakh), Norwegian written close to Danish, and Russian, Greek, Vietnamese and Persian typed in
 * Latin letters.
 */

/** A language named by its spelling: as sure as eld's reliable answer (`DetectedLanguage` in `language.ts`). */
export interface SpelledLanguage {
  readonly language: string;
  readonly reliable: true;
}

/** The patterns made by `wordsOf`, read by `matchesIn`; and the check for a letter before a match. */
const WORD_PATTERNS = new WeakSet<RegExp>();
const AFTER_LETTER = /(?<=\p{L})/uy;

// Maltese alone writes "għ", "ħ" and "ġ" (Polish has "ż", never these).
const MALTESE = /għ|ħ|ġ/g;
// Mongolian in Cyrillic writes "ө" and "ү", which Russian, Ukrainian, Bulgarian and Serbian never do; Kazakh,
// Kyrgyz, Tatar and Bashkir write them too, but each with letters Mongolian lacks.
const MONGOLIAN = /[өү]/g;
const NOT_MONGOLIAN = /[әғқңұһіїєўҗ]/;
// Uzbek in Cyrillic script writes "ў", "қ", "ғ" and "ҳ", and none of the letters by which Kazakh ("ә", "ң",
// "ұ", "і"), Tajik ("ӣ", "ӯ", "ҷ"), Belarusian ("і", "ы") or Mongolian ("ө", "ү") would be known.
const UZBEK_CYRILLIC = /[ўқғҳ]/g;
const NOT_UZBEK = /[ыщіїєәңұүөһӣӯҷ]/;
// Tajik shares "қ", "ғ", "ҳ" and may write none of its own "ӣ", "ӯ", "ҷ" in a short text: its words tell it.
const TAJIK_WORD = /(?<!\p{L})(?:лутфан|ташаккур|мехоҳам|маро|шумо|ҳисоби ман)(?!\p{L})/u;
// Kyrgyz writes "ң", "ө" and "ү", and none of Kazakh's "ә", "ғ", "қ", "ұ", "і", "һ" (Mongolian has no "ң").
const KYRGYZ = /[ңөү]/g;
const NOT_KYRGYZ = /[әғқұіһӣӯҷўҳ]/;

/**
 * Function words each of which only one of these languages uses, and no language eld knows writes as a
 * word ("dom" and "orm" are left out of Irish: the DOM and an ORM turn up in English bug reports; "nie" out
 * of Afrikaans: it is Polish and German too; "rekening" too: it is Dutch). Two different ones decide
 * (Turkish writes "ek" twice in a sentence).
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  ...words(
    'ga',
    'agus|liom|agam|agaibh|bhur|atá|níl|bhfuil|sibh|chuig|mo chuid|le do thoil|go raibh|sonraí|uaim|dúinn|conas|ba mhaith|fúm|chugam|mícheart|ríomhphoist|mo shonraí|mo chuntas|scrios|seol|táim|ná',
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
  // Hindi typed in Latin letters ("Hinglish"), which eld reads as English: not "mere" (English), "sara" (a
  // name), "hai" (Japanese "yes") nor "mat" (English, Dutch); "mera" alone is Spanish too.
  ...words(
    'hi',
    'mera|meri|mujhe|humara|hamara|karo|kijiye|karein|nahi|nahin|aapke|aapka|aapki|kripya|saara|saari|chahiye|chahta|chahti|hatao|bhejo|kar do|ke liye|bhai|kya kya|bata do|batao|ke paas',
  ),
  // Urdu typed in Latin letters ("Roman Urdu"), which shares "mera", "mujhe", "karo" with Hinglish above:
  // the words Urdu takes from Persian and Arabic where Hindi says "kripya", "jankari", "hatao".
  ...words(
    'ur',
    'meherbani|mehrbani|meharbani|shukriya|shukria|guzarish|guzaarish|darkhwast|darkhast|maloomat|malumaat|malumat|maaloomat|hazf|janab|farmaen|farmayen|farmaiye|baraye|barae|ijazat|razamandi|mutaliq|mutalliq|zaati',
  ),
  // Tamil, Bengali, Marathi and Telugu typed in Latin letters: not "naan" (bread in English), Bengali "ami"
  // (French) nor "ache" (English), Marathi "mala", "kara" (Spanish, Turkish) nor "maza" (Hinglish).
  ...words(
    'ta',
    'enoda|ennoda|ennudaya|ennudai|neenga|ungaloda|ungal|unga|dayavu seithu|dayavuseithu|thayavu seithu|nandri|vendum|venum|vendam|pannunga|pannungal|seiyungal|kudunga|irukku|illai|enakku|anuppunga|neekkunga',
  ),
  ...words(
    'bn',
    'amar|amake|amader|apnar|apnader|doya kore|doyakore|dhonnobad|dhonyobad|korun|korben|tothyo|tottho|mucche|muchhe|muche|pathiye|hobe|jonno|ekhon',
  ),
  ...words(
    'mr',
    'majha|majhi|majhe|maza data|mazi|krupaya|krupya|pahije|tumcha|tumchya|tumchi|tumhi|aahe|ahe|karun|kadhun|kadha|hatva|nako',
  ),
  ...words(
    'te',
    'nenu|naaku|meeru|mee daggara|dayachesi|cheyyandi|cheyandi|kavali|kaavali|dhanyavadalu|telupandi|pampandi|theeseyandi|tolaginchandi|vaddu|ledu|undi|unnayi|naa account|naa data|naa vivaralu',
  ),
  // Norwegian (Bokmål and Nynorsk), which eld reads as Danish when it is close: words Danish ("mig", "dig",
  // "tak", "efter", "blev", "noget", "oplysninger"), Swedish ("tack", "efter") and Icelandic spell otherwise.
  ...words(
    'no',
    'meg|deg|dere|hei|takk|vennligst|opplysninger|opplysningene|personopplysninger|personopplysningene|innsyn|sletting|noe|etter|ble|fortsatt|ennå|gjøre|kjære|tilbake|ikkje|kva|korleis|frå|mykje|dykk|dykkar|opplysningar',
  ),
  // Welsh: not "chi" (Italian "who") nor "yn" alone.
  ...words('cy', 'diolch|hoffwn|gwelwch|gyda|ydych|rwyf|nghyfrif|gwybodaeth|wybodaeth|fy|eich'),
  // Mongolian in Cyrillic, where a sample has too few "ө" and "ү" (below) to decide.
  ...words('mn', 'миний|байна|байгаа|надад|намайг|бөгөөд|болон|уу|үү|юу|битгий|мэдээлэл|мэдээллийг|хүсэлт'),
  ...words(
    'zu',
    'ngicela|ngiyacela|ngiyabonga|yami|wami|lami|sami|kwami|ukuthi|futhi|sawubona|imininingwane|ngifuna|angifuni|akhawunti',
  ),
  // Hausa, Igbo, Somali, Uzbek and Macedonian (eld reads them as Azerbaijani, Romanian, Tagalog, Spanish and
  // Serbian): not Croatian "kada", Indonesian "maka", Bulgarian "сметката"; Romanian "unu" and Tagalog "iyo"
  // are each one word, and decide nothing alone.
  ...words(
    'ha',
    'bayanai|bayanaina|bayanan|asusuna|asusun|nagode|na gode|wannan|zuwa|kuma|saboda|sunana|haƙƙin|hakkin|don allah|ina|zan|yaya',
  ),
  ...words(
    'ig',
    'biko|niile|gbasara|ndewo|daalụ|daalu|achọrọ|achoro|akaụntụ|akauntu|unu|ana m|nke|ndị|iji|gaa',
  ),
  ...words(
    'so',
    'fadlan|waxaan|waxaad|waxay|xogtayda|akoonkayga|macluumaadkayga|mahadsanid|inaad|haddii|sidoo kale|ayaan|ayaa|waan|iyo|aad|ilaa',
  ),
  ...words(
    'uz',
    "илтимос|менинг|менга|ҳақимда|раҳмат|рахмат|ҳурматли|сизнинг|барча|қилинг|қилишингизни|билан|учун|керак|эмас|ёки|шахсий|iltimos|mening|menga|haqimda|rahmat|hurmatli|sizning|barcha|qiling|qilishingizni|bilan|uchun|kerak|emas|yoki|boshqa|shaxsiy|ma'lumotlarim|ma'lumotlarimni|maʻlumotlarim|maʻlumotlarimni",
  ),
  // Tajik and Kyrgyz, where a short text has none of their letters (below).
  ...words('tg', 'лутфан|ташаккур|мехоҳам|маро|шумо|барои|мебошад'),
  ...words('ky', 'сураныч|менин|мага|сиздин|бардык|жана|кылыңыз'),
  // Galician: not "meu", "conta" (Portuguese words too).
  ...words(
    'gl',
    'miña|grazas|unha|vostedes|vostede|persoais|enderezo|dende|moitas grazas|bos días|xa|cando|opóñome',
  ),
  ...words(
    'mk',
    'ве молам|мојата|мојот|моите|сакам|сите|податоци|податоците|благодарам|почитувани|барам|сум|вашата|вашиот|дека',
  ),
  // Maltese where a short text holds fewer than two of its own letters (below): not "kont" (Romanian).
  ...words(
    'mt',
    'tiegħi|tieghi|jekk|jogħġbok|joghgbok|nixtieq|grazzi|bongu|dwari|biex|għandkom|ghandkom|kollha|qed',
  ),
  // Russian, Greek, Vietnamese and Persian typed in Latin letters, which eld reads as French, Italian,
  // Lithuanian or Malay and whose lists then never run: not "moi", "toi", "mou" (French), "du lieu" (French
  // "du lieu de"), "hazf" (Roman Urdu above), "salam" (Azerbaijani, Malay).
  ...words(
    'ru',
    'pozhaluista|pozhaluysta|pozhalujsta|pojaluista|pojaluysta|spasibo|zdravstvuite|zdravstvuyte|dannye|dannyh|dannykh|udalite|akkaunt|akkaunta|prodavaite|prodavayte|khochu|hochu|menya|obo mne|soglasie|soglasiya|obrabotku|dobryi|dobryj|dobriy|svoe|rassylku|lichnye|lichnyh|lichnykh|personalnye|personalnyh|personalnykh|vashei|vashey|moih|moikh',
  ),
  ...words(
    'el',
    'parakalo|parakalw|efharisto|efxaristo|eyxaristw|eyxaristo|logariasmo|logariasmou|stoixeia|stoixeiwn|dedomena|dedomenwn|prosopika|proswpika|diagrapste|diagrapsete|diagrafi|diagrafh|thelo|thelw|kalimera|kalispera|geia sas',
  ),
  ...words(
    'vi',
    'xin chao|vui long|tai khoan|cua toi|thong tin|cam on|khong|toi muon|chung toi|ca nhan|kinh gui|cong ty|yeu cau|de nghi|tran trong|su dung|duoc|nhung|dich vu',
  ),
  ...words(
    'fa',
    'lotfan|mamnoon|mamnun|etelaat|ettelaat|etelaate|ettelaate|hesabam|karbari|konid|mikham|mikhaham|nafroshid|nafrooshid|befroshid|shoma|hastam',
  ),
};
/**
 * Letters or words only one of these languages writes, and how many decide: Macedonian "ѓ", "ќ", "ѕ" (one:
 * "ќе", the future, is in most sentences); Kazakh "ә", "ғ", "қ", "ң", "ұ" (two: a Kyrgyz or Tatar word may
 * have one); Galician words neither Portuguese nor Spanish (nor Catalan) writes (one: eld reads a short
 * Galician text as Portuguese, and a Portuguese text never meets the Galician list).
 */
const LETTERS: readonly (readonly [RegExp, string, number])[] = [
  [/[ѓќѕ]/g, 'mk', 1],
  // Tajik alone writes "ӣ", "ӯ" and "ҷ" (before Kazakh: it shares "ғ" and "қ").
  [/[ӣӯҷ]/g, 'tg', 1],
  [/[әғқңұ]/g, 'kk', 2],
  // Pashto's own letters, which Persian, Arabic and Urdu (its "ٹ", "ڈ", "ڑ" are other letters) never write;
  // Uyghur shares "ې" alone.
  [/[ټډړښږځڅګڼۍې]/g, 'ps', 2],
  [wordsOf('miña|grazas|unha|vostedes|persoais|enderezo|opóñome|corrixan|corríxano|lexible'), 'gl', 1],
];
const FUNCTION_WORD = wordsOf(Object.keys(FUNCTION_WORDS).join('|'));
const SPELLING_SAMPLE = 300;
const WORDS_THAT_DECIDE = 2;

/**
 * The words of `list` standing alone, as a pattern for `matchesIn`: a word ends where no letter follows;
 * that none goes before is checked at each match (`AFTER_LETTER`), so that V8 scans ahead for the words'
 * first letters instead of trying a lookbehind at every position.
 */
function wordsOf(list: string): RegExp {
  const pattern = new RegExp(`(?:${list})(?!\\p{L})`, 'gu');
  WORD_PATTERNS.add(pattern);
  return pattern;
}

/**
 * The matches of `pattern` in `text`, as `text.match(pattern)` gives them, those of a pattern made by
 * `wordsOf` only where no letter goes before: the same as the words with a lookbehind for a letter.
 */
function matchesIn(pattern: RegExp, text: string): string[] | null {
  if (!WORD_PATTERNS.has(pattern)) return text.match(pattern);
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    AFTER_LETTER.lastIndex = m.index;
    if (AFTER_LETTER.test(text)) pattern.lastIndex = m.index + 1;
    else found.push(m[0]);
  }
  return found.length > 0 ? found : null;
}

function words(language: string, list: string): Record<string, string> {
  return Object.fromEntries(list.split('|').map((word) => [word, language]));
}

/** The languages recognised here, each answered with the same object. */
const KNOWN: ReadonlyMap<string, SpelledLanguage> = new Map(
  [
    'mt',
    'mn',
    'ky',
    ...LETTERS.map(([, language]) => language),
    ...new Set(Object.values(FUNCTION_WORDS)),
  ].map((language) => [language, { language, reliable: true }]),
);

/** The language of a text eld does not know, by its spelling; null for eld to decide. */
export function bySpelling(text: string): SpelledLanguage | null {
  const sample = text.slice(0, SPELLING_SAMPLE);
  if ((sample.match(MALTESE)?.length ?? 0) >= 2) return KNOWN.get('mt')!;
  if ((sample.match(MONGOLIAN)?.length ?? 0) >= 2 && !NOT_MONGOLIAN.test(sample)) return KNOWN.get('mn')!;
  if ((sample.match(UZBEK_CYRILLIC)?.length ?? 0) >= 2 && !NOT_UZBEK.test(sample))
    return KNOWN.get(!sample.includes('ў') && TAJIK_WORD.test(sample) ? 'tg' : 'uz')!;
  if ((sample.match(KYRGYZ)?.length ?? 0) >= 2 && sample.includes('ң') && !NOT_KYRGYZ.test(sample))
    return KNOWN.get('ky')!;
  for (const [letters, language, decide] of LETTERS)
    if ((matchesIn(letters, sample)?.length ?? 0) >= decide) return KNOWN.get(language)!;
  const hits = matchesIn(FUNCTION_WORD, sample);
  if (hits === null || hits.length < WORDS_THAT_DECIDE) return null;
  const seen = new Map<string, Set<string>>();
  let urdu = false;
  for (const hit of hits) {
    // Hinglish and Roman Urdu are one spoken language: their words count together, and an Urdu one names it.
    urdu ||= FUNCTION_WORDS[hit] === 'ur';
    const language = FUNCTION_WORDS[hit] === 'ur' ? 'hi' : FUNCTION_WORDS[hit]!;
    const distinct = seen.get(language) ?? new Set<string>();
    distinct.add(hit);
    if (distinct.size >= WORDS_THAT_DECIDE) return KNOWN.get(language === 'hi' && urdu ? 'ur' : language)!;
    seen.set(language, distinct);
  }
  return null;
}
