/** Rights words that are not the writer's ask (`classify-email.ts`). */
import { type LexiconSet, mentions } from './lexicon/index.js';
import { CONSENT_GIVEN, PITCH } from './lexicon/not-asked.js';
import { RIGHTS_WORDS } from './lexicon/privacy-vocabulary.js';
import type { RightScores } from './score-rights.js';

/**
 * The rights words of an email with no cue and no word about the writer's own data are not an ask: a lure,
 * a seller's pitch about other people's requests, consent given in a job application (`lexicon/not-asked.ts`),
 * or a right named only to refuse it ("I'm not asking you to delete anything", "please don't close my
 * account, I can't log in"): with the refused phrases taken out, no rights word is left. A set-aside cue
 * other than a refusal (a hypothetical, an earlier request) is never explained away.
 */
export function rightsNotAsked(
  text: string,
  read: string,
  rights: RightScores,
  lure: boolean,
  lexicons: LexiconSet,
): boolean {
  if (
    rights.evidence.length > 0 ||
    rights.setAside.some((a) => a.why !== 'negated' && a.why !== 'scam pretext')
  )
    return false;
  if (mentions(lexicons, 'ownData', text)) return false;
  if (lure || PITCH.test(text) || CONSENT_GIVEN.test(text)) return true;
  const refused = [...rights.setAside.map((a) => a.phrase), rights.erasureDoubt ?? ''].filter(
    (p) => p !== '',
  );
  if (refused.length === 0) return false;
  let rest = read;
  for (const phrase of refused) rest = rest.replaceAll(phrase, ' ');
  return !RIGHTS_WORDS.test(rest);
}
