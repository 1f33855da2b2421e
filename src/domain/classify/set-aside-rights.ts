/**
 * The rights the lexicon scored that the writer did not ask for, set aside before any verdict: every cue
 * of a scam, the rectification of the organisation's own billing, and what `not-the-writers-ask.ts` finds.
 */
import { RIGHTS } from '../request-types.js';
import { isScam } from './lexicon/not-asked.js';
import { isCompanyBilling } from './lexicon/support-topic.js';
import { type NotTheWritersAsk, setAsideNotAsked } from './not-the-writers-ask.js';
import { setAsideCues } from './pretext.js';
import type { RightScores } from './score-rights.js';

export interface SetAsideRights {
  /** A scam: rights named only as the pretext for credentials or a fee asked for at a link. */
  readonly scam: boolean;
  /** A correction of the organisation's own details on an invoice. */
  readonly billing: boolean;
  readonly unasked: NotTheWritersAsk;
}

/**
 * Sets aside the cues of `scored` the writer did not ask for; a scam or billing mail in which the writer
 * names their own data (`ownDataWords`) is read as theirs.
 */
export function setAsideRights(scored: RightScores, text: string, ownDataWords: boolean): SetAsideRights {
  const scam = isScam(text) && !ownDataWords;
  const billing = !ownDataWords && (scored.scores.get('rectification') ?? 0) > 0 && isCompanyBilling(text);
  // Rights named without the writer asking: a relayed customer's request, a phishing report, thanks for a
  // finished ticket, a mailing's own unsubscribe footer (`not-the-writers-ask.ts`).
  const unasked = setAsideNotAsked(
    scam
      ? setAsideCues(scored, RIGHTS, 'scam pretext')
      : billing
        ? setAsideCues(scored, ['rectification'], 'company billing')
        : scored,
    text,
    ownDataWords,
  );
  return { scam, billing, unasked };
}
