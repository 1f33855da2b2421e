/**
 * `complaint`: a UK data subject's complaint to the organisation (DPA 2018 s. 164A). `complaint RD-1042
 * acknowledge` sends the letter acknowledging it (s. 164A(3)); `complaint RD-1042 acknowledge offline
 * post` records an acknowledgement made outside Rightsdesk (by post, phone, in person), saying how in a few
 * words and nothing more; `complaint RD-1042 outcome not_upheld <reason>` records its outcome (s. 164A(4)(b)) with a short reason of staff's own, which is typed in a
 * chat and kept on the ticket: an email address or a long number in it (a phone, an account) is refused.
 */
import { z } from 'zod';
import { COMPLAINT_OUTCOMES, type ComplaintOutcome } from '../deadlines/complaint-acknowledgement.js';
import { maskAddressesIn } from '../redaction.js';
import { withoutHiddenCharacters } from '../hidden-characters.js';

export type ComplaintStep =
  | { readonly step: 'acknowledge' }
  /** Acknowledged outside Rightsdesk: `how` is a few words ("post", "phone", "in person"). */
  | { readonly step: 'acknowledge_offline'; readonly how: string }
  | { readonly step: 'outcome'; readonly outcome: ComplaintOutcome; readonly reason: string };

const MAX_REASON = 300;
const MAX_HOW = 40;

const noPersonalData = (text: string) =>
  maskAddressesIn(text) === withoutHiddenCharacters(text) && !/\d{6,}/.test(text.replace(/\s/g, ''));

/** How an offline acknowledgement was made: words only, so no address, number or name of a street. */
const how = z
  .string()
  .trim()
  .min(1, 'say how it was acknowledged: acknowledge offline post | phone | in person')
  .max(MAX_HOW, `say how in a few words (at most ${MAX_HOW} characters)`)
  .refine(
    (text) => noPersonalData(text) && /^[\p{L} ,/&'-]+$/u.test(text),
    'say how in a few words (post, phone, in person): no address, number or other personal data',
  );

const reason = z
  .string()
  .trim()
  .min(1, 'give a short reason (no personal data)')
  .max(MAX_REASON, `keep the reason short (at most ${MAX_REASON} characters)`)
  .refine(noPersonalData, 'keep personal data out of the reason: no email address or long number');

/** The words after the reference, as the grammar hands them over; throws a ZodError with the problem. */
export function parseComplaintStep(
  step: string | undefined,
  outcome: string | undefined,
  rest: string,
): ComplaintStep {
  const chosen = z
    .enum(['acknowledge', 'outcome'], {
      error: 'say acknowledge, acknowledge offline <how>, or outcome <outcome> <reason>',
    })
    .parse(step?.toLowerCase());
  if (chosen === 'acknowledge') {
    if (outcome === undefined) return { step: 'acknowledge' };
    z.literal('offline', { error: 'say acknowledge, or acknowledge offline <how>' }).parse(
      outcome.toLowerCase(),
    );
    return { step: 'acknowledge_offline', how: how.parse(rest).toLowerCase() };
  }
  return {
    step: 'outcome',
    outcome: z
      .enum(COMPLAINT_OUTCOMES, { error: `outcomes are ${COMPLAINT_OUTCOMES.join(', ')}` })
      .parse(outcome?.toLowerCase()),
    reason: reason.parse(rest),
  };
}
