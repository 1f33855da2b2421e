/**
 * A scam names a right only as its pretext ("your access request has been registered: enter your password
 * at the link", "pay the processing fee"): its cues are set aside, shown to staff, and counted for nothing.
 */
import { RIGHTS } from '../request-types.js';
import type { RightScores } from './score-rights.js';

export function asPretext(rights: RightScores): RightScores {
  return {
    scores: new Map(RIGHTS.map((right) => [right, 0])),
    chosen: [],
    evidence: [],
    setAside: [
      ...rights.evidence.map((e) => ({ right: e.right, phrase: e.phrase, why: 'scam pretext' as const })),
      ...rights.setAside,
    ],
    erasureDoubt: rights.erasureDoubt,
    absorbed: [],
  };
}
