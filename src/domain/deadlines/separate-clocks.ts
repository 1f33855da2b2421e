/**
 * Which rights of one email run on a clock of their own and so become a ticket of their own (issue 5,
 * item 7). Today one: under the CCPA an opt-out of sale/sharing is honoured within 15 business days and
 * needs no verification (11 CCR §7026(d), (f)), while the rest waits for identity and runs 45 days.
 */
import { isRight, type RequestType, type Right } from '../request-types.js';
import type { JurisdictionId } from './jurisdiction-rule.js';
import { jurisdictionsForRight } from './strictest.js';

/** A right and the law under which it alone has its own clock. */
const SEPARATE_CLOCKS: readonly { readonly right: Right; readonly jurisdiction: JurisdictionId }[] = [
  { right: 'opt_out_sale', jurisdiction: 'us-ca-optout' },
];

/**
 * The request types of each ticket to open for one email, the first being the main one (it keeps the
 * raw message). One group unless the email also asks for other rights and the organisation declares
 * the law that gives a right its own clock.
 */
export function ticketsForRequest(
  types: readonly RequestType[],
  declared: readonly JurisdictionId[],
): [RequestType[], ...RequestType[][]] {
  let rest = [...types];
  const separate: RequestType[][] = [];
  for (const clock of SEPARATE_CLOCKS) {
    const others = rest.filter((t) => t !== clock.right && isRight(t));
    const ownLaw = jurisdictionsForRight(declared, clock.right).includes(clock.jurisdiction);
    if (!rest.includes(clock.right) || others.length === 0 || !ownLaw) continue;
    rest = rest.filter((t) => t !== clock.right);
    separate.push([clock.right]);
  }
  return [rest, ...separate];
}
