/**
 * Cues that the mail names without the writer asking for them (`lexicon/asks-nothing.ts`), set aside before
 * the verdict, and whether the mail then asks for nothing at all, so that the model's lone guess names no
 * right either (`combine-model.ts` `noAsk`). None of these raises a verdict of no request above the safety
 * net (0.5): the mail still goes to a person, but without a right nobody asked for.
 *
 * - A business relays its own customers' or users' requests and asks how to handle them ("one of our end
 *   users has asked us to delete their data: what's your process?"): a question from a controller to its
 *   processor (GDPR Art. 28(3)(e)), not the writer's own request. The customer's own words, quoted, are
 *   theirs too ("mijn gegevens"), so this holds even where the writer's own data seems named.
 * - Someone else's request reported ("my brother told me he asked you for access; I'm not asking for anything
 *   myself"): the other person must ask themselves, the writer only passes it on.
 * - A phishing report ("I got an email asking me to verify my identity for a data export. Is that from
 *   you?"): the rights words are the lure's, reported; any word about the writer's own data keeps them.
 * - Thanks for a finished ticket, under our own reply's subject ("[RD-6012] erasure completed"): the right
 *   in the subject is the finished request's; a cue in the body still counts.
 * - A mailing's own unsubscribe footer ("pour ne plus recevoir nos messages, répondez STOP"): the sender's
 *   instructions to the reader, never an objection of the writer's.
 * - A supplier's compliance questions, a circular, newsletter or pitch written to many, short thanks for a
 *   request carried out, and a question how to do it oneself or what would happen later
 *   (`lexicon/asks-about-right.ts`, `asks-about-right.ts`).
 */
import { RIGHTS } from '../request-types.js';
import {
  ABOUT_RIGHTS_NOT_ASKING,
  ASKS_ABOUT_PROCESS,
  ASKS_TO_ACT,
  DONE_TICKET_SUBJECT,
  JUST_ASKING,
  PHISHING_REPORT,
  RELAYED,
  SENDER_OPT_OUT,
  THANKS,
  TICKET_SUBJECT,
} from './lexicon/asks-nothing.js';
import {
  ACT_FOR_ME,
  DONE_REPORT,
  EVENT_OR_ADVICE_PITCH,
  ONE_PERSONS_CASE,
  PROCESSOR_QUESTION,
  RESULT_RECEIVED,
  STILL_WAITING,
  WANTS_IT_DONE,
  WRITTEN_TO_MANY,
} from './lexicon/asks-about-right.js';
import { ANOTHERS_ASK, ASKS_NOTHING_FOR_ME } from './lexicon/reported-ask.js';
import { hasQuestionMark, questionsAboutRights } from './asks-about-right.js';
import { setAsideCues, setAsidePhrases } from './pretext.js';
import type { RightScores } from './score-rights.js';

export interface NotTheWritersAsk {
  readonly rights: RightScores;
  /** The mail asks for nothing: the model's guess may hold it in triage but names no right. */
  readonly asksNothing: boolean;
}

/** `text` is the matchable text (subject on the first line); `ownData`: the writer's own data is named. */
export function setAsideNotAsked(rights: RightScores, text: string, ownData: boolean): NotTheWritersAsk {
  // Both are questions: mail without a question mark never pays for them.
  if (text.includes('?')) {
    if (RELAYED.test(text) && ASKS_ABOUT_PROCESS.test(text))
      return { rights: setAsideCues(rights, RIGHTS, 'relayed request'), asksNothing: true };
    if (!ownData && PHISHING_REPORT.test(text))
      return { rights: setAsideCues(rights, RIGHTS, 'phishing report'), asksNothing: true };
  }
  // Someone else's ask passed on by a writer who says they ask nothing themselves (`lexicon/reported-ask.ts`).
  if (ASKS_NOTHING_FOR_ME.test(text) && ANOTHERS_ASK.test(text))
    return { rights: setAsideCues(rights, RIGHTS, 'relayed request'), asksNothing: true };
  if (!ownData && ABOUT_RIGHTS_NOT_ASKING.test(text))
    return { rights: setAsideCues(rights, RIGHTS, 'hypothetical'), asksNothing: true };
  // Read only where a cue counted: without one, `SAYS_NOTHING_ASKED` keeps the model's guess from naming a right.
  if (!ownData && rights.evidence.length > 0) {
    if (PROCESSOR_QUESTION.test(text))
      return { rights: setAsideCues(rights, RIGHTS, 'processor question'), asksNothing: true };
    // Written to many, and no ask of the writer's in it ("bitte keine Einladungen mehr zu Ihren Seminaren");
    // an objection or a withdrawal stays: such mail is where readers unsubscribe.
    const toMany =
      (WRITTEN_TO_MANY.test(text) && !ONE_PERSONS_CASE.test(text)) || EVENT_OR_ADVICE_PITCH.test(text);
    if (toMany && !ACT_FOR_ME.test(text)) {
      const kept = setAsideCues(rights, NOT_UNSUBSCRIBING, 'hypothetical');
      return { rights: kept, asksNothing: kept.evidence.length === 0 };
    }
  }
  if (reportsDone(text))
    return { rights: setAsideCues(rights, RIGHTS, 'earlier request'), asksNothing: true };
  const closed = closedTicket(text);
  if (closed !== null) {
    const { subject, body } = closed;
    const kept = setAsidePhrases(
      rights,
      (phrase) => subject.includes(phrase) && !body.includes(phrase),
      'earlier request',
    );
    return { rights: kept, asksNothing: kept.evidence.length === 0 };
  }
  if (rights.evidence.length > 0 && hasQuestionMark(text)) {
    const about = questionsAboutRights(text);
    const kept = setAsidePhrases(rights, (phrase) => onlyInside(text, phrase, about), 'asked about');
    if (kept !== rights) return { rights: kept, asksNothing: false };
  }
  if (rights.evidence.length > 0 && text.includes('?') && JUST_ASKING.test(text)) {
    const questions = questionSpans(text);
    if (questions.length > 0)
      return {
        rights: setAsidePhrases(
          rights,
          (phrase, right) => right !== 'access' && onlyInside(text, phrase, questions),
          'hypothetical',
        ),
        asksNothing: false,
      };
  }
  if (rights.evidence.length > 0) {
    const footers = footerSpans(text);
    if (footers.length > 0)
      return {
        rights: setAsidePhrases(rights, (phrase) => onlyInside(text, phrase, footers), 'sender footer'),
        asksNothing: false,
      };
  }
  return { rights, asksNothing: false };
}

const NOT_UNSUBSCRIBING = RIGHTS.filter((r) => r !== 'objection' && r !== 'withdraw_consent');

// Thanks that close a ticket are short: a longer mail says more than thanks.
const MAX_THANKS = 300;

/** Our finished ticket's subject and thanks in the body, or null. */
function closedTicket(text: string): { subject: string; body: string } | null {
  // Our reply's subject opens with the ticket reference, after any "Re:".
  if (!text.slice(0, 24).includes('[') || !TICKET_SUBJECT.test(text)) return null;
  const end = text.indexOf('\n');
  const subject = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 1);
  if (!THANKS.test(body)) return null;
  return DONE_TICKET_SUBJECT.test(subject) || resultReceived(body) ? { subject, body } : null;
}

/**
 * Short thanks for a request carried out ("merci, la suppression de mon compte a bien été effectuée"), with
 * no question, nothing still open and no new ask.
 */
function reportsDone(text: string): boolean {
  return (
    text.length < MAX_THANKS &&
    !hasQuestionMark(text) &&
    THANKS.test(text) &&
    DONE_REPORT.test(text) &&
    !STILL_WAITING.test(text) &&
    !ACT_FOR_ME.test(text) &&
    !WANTS_IT_DONE.test(text)
  );
}

/**
 * A short reply that says our answer arrived ("recibido, muchas gracias por la respuesta"), asking nothing
 * more: no question, nothing still awaited.
 */
function resultReceived(body: string): boolean {
  return (
    body.length < MAX_THANKS &&
    !hasQuestionMark(body) &&
    !STILL_WAITING.test(body) &&
    RESULT_RECEIVED.test(body)
  );
}

/**
 * The questions of the text that do not ask the organisation to act ("can I withdraw my consent later?", not
 * "can you delete my account?").
 */
function questionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\n') continue;
    if (c === '?' && !ASKS_TO_ACT.test(text.slice(start, i + 1))) spans.push([start, i + 1]);
    start = i + 1;
  }
  return spans;
}

function footerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!SENDER_OPT_OUT.mayMatch(text)) return spans;
  const footer = SENDER_OPT_OUT.pattern;
  footer.lastIndex = 0;
  for (let m = footer.exec(text); m !== null; m = footer.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Every occurrence of `phrase` in `text` lies inside one of `spans` (in order, not overlapping): one pass
 * over both, so a long text of many questions stays linear.
 */
function onlyInside(text: string, phrase: string, spans: readonly [number, number][]): boolean {
  let found = false;
  let s = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    while (s < spans.length && spans[s]![1] < at + phrase.length) s++;
    if (s === spans.length || spans[s]![0] > at) return false;
    found = true;
  }
  return found;
}
