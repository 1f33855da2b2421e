/**
 * Recognises an out-of-office notice or a ticket system's acknowledgement by its body, for responders that
 * mark nothing in their headers and keep a plain subject ("Re: your request"). Decided by structure: the
 * notice must be the whole of what the sender wrote (apart from a greeting, a signature and our quoted
 * letter), short, with every sentence made of a notice's words and none of a request's. "I'm away until
 * Monday, but please delete my account" or a signature saying "out of office Fridays" under a request is
 * a person's mail.
 */
import { cleanBody } from '../classify/clean-body.js';
import { literalGate } from '../classify/lexicon/literal-gate.js';
import { codeCandidatesIn } from '../verification/one-time-code.js';
import { ABSENCE, ACKNOWLEDGEMENT, NOTICE_WORDS, REQUEST_WORDS } from './auto-reply-body-phrases.js';

export type AutoReplyBodyRule = 'absence' | 'acknowledgement';

/** Longer than this, what the sender wrote is more than a notice. */
const MAX_OWN_TEXT = 700;
const MAX_SENTENCES = 8;
/** A notice quoting our letter is a few kilobytes; longer mail is not read twice for one (hostile bodies). */
const MAX_TEXT = 100_000;

// A stem matches where a word starts; in scripts written without spaces, anywhere.
const NO_SPACES =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}]';
const words = (list: readonly string[]) =>
  new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?=${NO_SPACES}))(?:${list.join('|')})`, 'iu');

const ABSENCE_NOTICE = words(ABSENCE);
const ACKNOWLEDGEMENT_NOTICE = words(ACKNOWLEDGEMENT);
// The two patterns above try every position of a text, case-insensitive in Unicode: most mail holds none of
// their literals and is let go after one scan of its case-folded text.
const NOTICE_GATE = literalGate([...ABSENCE, ...ACKNOWLEDGEMENT], true);
const NOTICE_WORD = words([...ABSENCE, ...ACKNOWLEDGEMENT, ...NOTICE_WORDS]);
const REQUEST_WORD = words([
  ...REQUEST_WORDS,
  // A plea that is no pointer to someone else ("please contact my colleague") asks for something.
  "please (?!contact|call|reach|write|e-?mail|note|re-?send|use|get in touch|direct|keep|include|quote|allow|be patient|visit|see|refer|send (?:your|urgent)|do not|don't|expect|bear)",
]);

// Lines where a signature starts: the closing formula, in the languages of the notices above.
const CLOSING = new RegExp(
  `^(?:${[
    '(?:best|kind|warm|many)? ?(?:regards|wishes)',
    'thanks?(?: you)?',
    'cheers|sincerely|yours (?:sincerely|faithfully|truly)',
    'mit freundlichen grüßen|(?:viele|beste|liebe) grüße|gruß|mfg',
    'cordialement|bien à vous|bien cordialement|salutations',
    'saludos|atentamente|un saludo|cordiali saluti|distinti saluti|saluti',
    '(?:met )?vriendelijke groet(?:en)?|groeten|atenciosamente|cumprimentos|abraços?',
    '(?:med )?vänliga hälsningar|(?:med )?venlig hilsen|(?:med )?vennlig hilsen|hilsen|mvh',
    'ystävällisin terveisin|terveisin|pozdrawiam|z poważaniem|s pozdravem|s pozdravom|üdvözlettel',
    'cu stimă|cu respect|lijep pozdrav|s poštovanjem|lep pozdrav|lugupidamisega',
    'с уважением|з повагою|поздрави|με εκτίμηση|saygılarımla|בברכה|مع التحية|此致|敬上|よろしくお願いします|감사합니다',
  ].join('|')})[\\s,.!]*`,
  'iu',
);
// What may follow a closing on its line: a name, capitalised (matched with case, unlike the closing).
const NAME = /^(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?$/u;
const GREETING =
  /^(?:hello|hi|dear|good (?:morning|afternoon|day)|hallo|guten tag|sehr geehrte|liebe|bonjour|madame|monsieur|hola|estimad[oa]s?|buongiorno|gentile|ciao|beste|geachte|olá|prezad[oa]s?|hej|dzień dobry|szanown|hei|hyvä|dobrý den|tere|jó napot|bună ziua|здравствуйте|добрий день|добър ден|γεια σας|merhaba|שלום|مرحبا|您好|こんにちは|안녕하세요)(?!\p{L})[^.!?\n]{0,40}$/iu;
// A line of a signature or of a pointer to a colleague: an address, a phone number, a web site.
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()./-]{6,}\d|\bwww\.|https?:\/\//u;

// Sentences end at a terminal mark (not the one of a German date, "12. Januar"), a line or a contrast
// ("…, but please…"): a request hidden after a notice is a sentence of its own.
const SENTENCE_END =
  /(?<!\d)[.!。！]+(?=\s|$)|[;\n]|,\s*(?=(?:but|however|aber|jedoch|mais|pero|sin embargo|ma|però|maar|mas|porém|men|ale|mutta|но|однако|але|ama|ancak|אבל|لكن|但是?)\s)/u;

/** Which notice the body is, or null when a person wrote it. */
export function autoReplyBodyRule(text: string): AutoReplyBodyRule | null {
  if (text.length > MAX_TEXT) return null;
  const normalised = text.normalize('NFC');
  // Most mail says neither absence nor acknowledgement anywhere: it is let go before it is cleaned, the
  // costly step (whitespace flattened, as cleaning may join a phrase broken over two lines).
  const flat = normalised.replace(/\s+/gu, ' ');
  if (NOTICE_GATE !== null && !NOTICE_GATE.mayMatch(flat)) return null;
  if (!ABSENCE_NOTICE.test(flat) && !ACKNOWLEDGEMENT_NOTICE.test(flat)) return null;
  const own = cleanBody(normalised);
  if (own.length === 0 || own.length > MAX_OWN_TEXT) return null;
  // A question is a person's, and so is any word of a request anywhere in what they wrote.
  if (/[?？]/u.test(own.replace(/https?:\/\/\S+/gu, '')) || REQUEST_WORD.test(own)) return null;
  // So is a verification code: a requester away from the office may still answer our letter with it.
  if (codeCandidatesIn(own).length > 0) return null;
  const sentences = noticeLines(own)
    .join('\n')
    .split(SENTENCE_END)
    .map((s) => (s ?? '').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length === 0 || sentences.length > MAX_SENTENCES) return null;
  if (!sentences.every((s) => NOTICE_WORD.test(s) || CONTACT.test(s))) return null;
  if (sentences.some((s) => ABSENCE_NOTICE.test(s))) return 'absence';
  if (sentences.some((s) => ACKNOWLEDGEMENT_NOTICE.test(s))) return 'acknowledgement';
  return null;
}

/** The lines of `own` between its greeting and its signature. */
function noticeLines(own: string): string[] {
  const lines = own
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const closing = lines.findIndex((line, index) => index > 0 && isClosing(line));
  const body = closing > 0 ? lines.slice(0, closing) : lines;
  // Without a closing, a signature is the run of short lines at the end: a name, a title, an address.
  while (body.length > 1 && isSignatureLine(body[body.length - 1]!)) body.pop();
  if (body.length > 1 && GREETING.test(body[0]!)) body.shift();
  return body;
}

function isClosing(line: string): boolean {
  const closing = CLOSING.exec(line);
  return closing !== null && NAME.test(line.slice(closing[0].length));
}

function isSignatureLine(line: string): boolean {
  if (/[.!。！]$/u.test(line) || line.split(/\s+/u).length > 6) return false;
  return CONTACT.test(line) || line.split(/\s+/u).every((word) => !/^\p{Ll}/u.test(word));
}
