/**
 * Turns subject and cleaned body into the lower-cased text the lexicons read: hard line wraps joined,
 * paragraph and list-item breaks kept as clause ends, addresses and links replaced so that neither a URL's
 * words nor a requester's email address can match a cue or reach a reason shown to staff.
 */

// The lookbehind lets a match start only where a run of local-part characters starts: without it every
// position of a long run is tried again to its end, quadratic in the run (a 300 KB body took 100 s).
// Scripts written without spaces (Han, kana, Hangul, Thai) are no part of an address: in "今後は
// new@example.comに届くよう更新してください" the words glued to either side are the request.
const ADDRESS_LETTER = '[\\p{L}--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}]]';
const EMAIL_ADDRESS = new RegExp(
  `(?<![${ADDRESS_LETTER}\\p{N}._%+\\-])[${ADDRESS_LETTER}\\p{N}._%+\\-]+@[${ADDRESS_LETTER}\\p{N}.\\-]+\\.${ADDRESS_LETTER}{2,}`,
  'gv',
);
const URL =
  /\b(?:https?:\/\/|www\.)[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}。、（）「」]+/gu;
// Typographic apostrophes and quotes read as ASCII ones; sentence and clause marks of other scripts as their
// ASCII counterparts, so that a clause ends in Chinese, Japanese, Arabic, Hindi, Khmer, Burmese, Amharic or
// Armenian where it ends in English (negations, hedges and "~" stop there); the zero-width space some Khmer,
// Burmese and Lao keyboards put between words is dropped; Turkish and Azerbaijani capital "İ" reads as "i"
// (lower-cased, it would be "i" and a combining dot, and "İznimi" would not read as "iznimi"). One pass over
// the text for all of them.
const PLAIN_MARKS: Readonly<Record<string, string>> = {
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '。': '.',
  '．': '.',
  '！': '!',
  '？': '?',
  '；': ';',
  '：': ':',
  '，': ',',
  '、': ',',
  '।': '.',
  '॥': '.',
  '។': '.',
  '៕': '.',
  '။': '.',
  '၊': ',',
  '\u200b': '',
  '؟': '?',
  '؛': ';',
  '،': ',',
  // Ethiopic (Amharic) and Armenian sentence marks.
  '።': '.',
  '፧': '?',
  '፤': ';',
  '፣': ',',
  '։': '.',
  İ: 'i',
};
const MARKS = /[’‘`´«»“”„。．！？；：，、।॥។៕။၊\u200b؟؛،።፧፤፣։İ]/g;
const LIST_ITEM = /^\s*(?:[-*•·]|\d{1,2}[.)]|\([a-z0-9]\))\s+/u;
// Reply and forward prefixes say nothing about the request itself.
const SUBJECT_PREFIX = /^(?:\s*(?:re|aw|fw|fwd|wg|tr|sv|vs|rif|r|odp|ang)\s*:\s*)+/iu;

export function matchableText(subject: string, body: string): string {
  let joined = `${subject.replace(SUBJECT_PREFIX, '')}\n\n${body}`;
  // The checks skip two Unicode-aware scans on the many emails that have no address or link.
  if (joined.includes('@')) joined = joined.replace(EMAIL_ADDRESS, '[address]');
  if (joined.includes('http') || joined.includes('www.')) joined = joined.replace(URL, '[link]');
  const lines = joined
    .replace(MARKS, (mark) => PLAIN_MARKS[mark] ?? mark)
    .toLowerCase()
    .split('\n');
  // Joined once at the end: a string grown line by line is a rope that every later character read (the
  // literal scan, the model's n-grams, the sentence walks) would have to flatten or step through.
  const parts: string[] = [];
  // True while a line is in the text and no paragraph break follows it yet.
  let open = false;
  let previousBlank = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (!previousBlank) {
        parts.push('\n');
        open = false;
      }
      previousBlank = true;
      continue;
    }
    // A list item or a new paragraph starts a new clause; a wrapped line continues the sentence.
    if (previousBlank || LIST_ITEM.test(line)) {
      if (open) parts.push('\n');
    } else parts.push(' ');
    parts.push(line);
    open = true;
    previousBlank = false;
  }
  return parts.join('');
}

/** Removes email addresses from a phrase before it is shown to staff. */
export function withoutAddresses(phrase: string): string {
  // Most phrases have no "@": the check spares them a Unicode-aware scan.
  return phrase.includes('@') ? phrase.replace(EMAIL_ADDRESS, '[address]') : phrase;
}
