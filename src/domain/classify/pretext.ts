/**
 * Cues whose right the mail names without asking for it, set aside (shown to staff, counted for nothing):
 * a scam's pretext ("your access request has been registered: enter your password at the link", "pay the
 * processing fee"), or a correction of the organisation's own details on an invoice ("our VAT number is
 * wrong, please reissue it"), which is billing, not the writer's personal data.
 */
import { RIGHTS, type Right } from '../request-types.js';
import { CHOICE_THRESHOLD, type RightScores, type SetAside } from './score-rights.js';

export function setAsideCues(
  rights: RightScores,
  which: readonly Right[],
  why: SetAside['why'],
): RightScores {
  const moved = rights.evidence.filter((e) => which.includes(e.right));
  if (moved.length === 0) return rights;
  return {
    scores: new Map(RIGHTS.map((r) => [r, which.includes(r) ? 0 : (rights.scores.get(r) ?? 0)])),
    chosen: rights.chosen.filter((r) => !which.includes(r)),
    evidence: rights.evidence.filter((e) => !which.includes(e.right)),
    setAside: [...moved.map((e) => ({ right: e.right, phrase: e.phrase, why })), ...rights.setAside],
    erasureDoubt: rights.erasureDoubt,
    absorbed: which.length === RIGHTS.length ? [] : rights.absorbed,
  };
}

/**
 * The cues whose phrase `outside` rules out set aside, the others kept: "[RD-6012] erasure completed" sets
 * aside the right named in the subject and keeps a cue in the body. A right stays chosen while its kept cues
 * still reach the threshold.
 */
export function setAsidePhrases(
  rights: RightScores,
  outside: (phrase: string, right: Right) => boolean,
  why: SetAside['why'],
): RightScores {
  const moved = rights.evidence.filter((e) => outside(e.phrase, e.right));
  if (moved.length === 0) return rights;
  const scores = new Map(rights.scores);
  for (const e of moved) scores.set(e.right, Math.max(0, (scores.get(e.right) ?? 0) - e.weight));
  return {
    scores,
    chosen: rights.chosen.filter((r) => (scores.get(r) ?? 0) >= CHOICE_THRESHOLD),
    evidence: rights.evidence.filter((e) => !outside(e.phrase, e.right)),
    setAside: [...moved.map((e) => ({ right: e.right, phrase: e.phrase, why })), ...rights.setAside],
    erasureDoubt: rights.erasureDoubt,
    absorbed: rights.absorbed,
  };
}
