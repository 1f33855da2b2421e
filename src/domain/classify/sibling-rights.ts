/**
 * The labelling guide's sibling rules, applied once the cues are counted: a right whose every cue a sibling
 * right explains is not chosen beside it, and is shown to staff as absorbed.
 */
import type { Right } from '../request-types.js';
import { applyPairRules } from './pair-rights.js';
import { pendingObjection } from './pending-objection.js';

/** What the rules read of a counted cue (`score-rights.ts` Evidence). */
interface Cue {
  readonly right: Right;
  readonly phrase: string;
  readonly absorbable: boolean;
}

export interface SiblingReading {
  readonly chosen: readonly Right[];
  readonly absorbed: readonly string[];
  /** A right the writer reports as asked earlier. */
  readonly setAside: readonly { right: Right; phrase: string; why: 'earlier request' }[];
}

export function applySiblingRules(
  text: string,
  counted: readonly Right[],
  evidence: readonly Cue[],
): SiblingReading {
  let chosen = counted;
  const absorbed: string[] = [];
  const setAside: { right: Right; phrase: string; why: 'earlier request' }[] = [];
  // LABELS.md: "send me my data" with a format or transfer wish is portability, not access.
  if (chosen.includes('portability') && onlyAbsorbable(evidence, 'access')) {
    chosen = chosen.filter((right) => right !== 'access');
    absorbed.push('copy wanted in a machine-readable format: portability, not access');
  }
  // LABELS.md: "stop marketing" is objection only where the sender does not speak of withdrawing consent.
  // The sets' writers label both where the mail names marketing or advertising beside the withdrawal ("I
  // withdraw my newsletter consent, and stop the promotional emails"): only a stop of what was consented to
  // ("revoco il consenso … non inviarle più alcuna comunicazione") is part of the withdrawal.
  if (chosen.includes('withdraw_consent') && onlyAbsorbable(evidence, 'objection') && !MARKETING.test(text)) {
    chosen = chosen.filter((right) => right !== 'objection');
    absorbed.push('stop-marketing wish is part of the consent withdrawal');
  }
  // GDPR Art. 18(1)(d): a restriction while an objection already made is verified.
  const objectionCues = evidence.filter((e) => e.right === 'objection').map((e) => e.phrase);
  const pending = pendingObjection(text, chosen, objectionCues);
  if (pending !== null) {
    setAside.push({ right: 'objection', phrase: pending.phrase, why: 'earlier request' });
    if (pending.absorbs) {
      chosen = chosen.filter((right) => right !== 'objection');
      absorbed.push('objection already made: the restriction waits on it');
    }
  }
  // What an objection or a cessation is said about: the sale, or no set time (`pair-rights.ts`).
  const pairs = applyPairRules(text, chosen, evidence);
  return { chosen: pairs.chosen, absorbed: [...absorbed, ...pairs.absorbed], setAside };
}

// Marketing and advertising named, in the full languages and the larger basic ones; the text is lower-cased.
const MARKETING =
  /marketing|markedsføring|marknadsföring|markkinointi|promo|advert|\bads\b|reklam(?!ac|ác)|reclame|\bwerb|publicit|pubblicit|publicidad|propaganda|広告|宣伝|营销|推广|广告|廣告|광고|마케팅|إعلان|تسويق/;

function onlyAbsorbable(evidence: readonly Cue[], right: Right): boolean {
  const own = evidence.filter((e) => e.right === right);
  return own.length > 0 && own.every((e) => e.absorbable);
}
