/**
 * Cues whose right the mail names without asking for it, set aside (shown to staff, counted for nothing):
 * a scam's pretext ("your access request has been registered: enter your password at the link", "pay the
 * processing fee"), or a correction of the organisation's own details on an invoice ("our VAT number is
 * wrong, please reissue it"), which is billing, not the writer's personal data.
 */
import { RIGHTS, type Right } from '../request-types.js';
import type { RightScores, SetAside } from './score-rights.js';

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
