// The shape each language writes its everyday mail in: one row of wordings per right (in the order of RIGHTS)
// and hard negatives in the order of TOPICS (a language may write fewer, from the start).
import { type EverydaySet } from '../../everyday.js';
import { RIGHTS } from '../../types.js';

const TOPICS = [
  'support: sign-in trouble, says plainly that nothing should be deleted or changed',
  'support: how to export or delete a product object (a playlist, project, report), not personal data',
  'question about practice: do you sell data, train AI on uploads, how long kept (no ask about own data)',
  'sales pitch naming GDPR/CCPA and request words (deletion, access, opt-out)',
  'thank-you note after support help, nothing more to do',
  'recruiting: a job application or a recruiter offering candidates',
  'vendor: a customer asks to fill in a security and privacy questionnaire',
  'billing: change the card or plan, keep the account and its data',
] as const;

export function everyday(
  asks: readonly (readonly string[])[],
  negatives: readonly (readonly [subject: string, body: string])[],
): EverydaySet {
  if (negatives.length > TOPICS.length) throw new Error('more everyday negatives than topics');
  return {
    asks: Object.fromEntries(RIGHTS.map((right, i) => [right, asks[i] ?? []])),
    negatives: negatives.map(([subject, body], i) => ({ kind: 'everyday', note: TOPICS[i]!, subject, body })),
  };
}
