/**
 * What staff should know at triage from the organisation's own policy: a right the policy does not
 * promise (the law still applies: GDPR Arts. 15-22 and the CCPA give rights whatever a policy says),
 * a requester who may be under the organisation's minimum age (GDPR Art. 8; CCPA §1798.120(c)), mail
 * addressed to another organisation's privacy address, and an opt-out sent to an organisation whose
 * policy says it does not sell or share personal data (answered from the policy).
 */
import { isRight, type RequestType, type Right } from '../request-types.js';

export interface PolicyFacts {
  readonly rights: readonly Right[];
  readonly minimumAge: number;
  readonly sellsPersonalData: boolean;
}

export interface RequestFacts {
  readonly types: readonly RequestType[];
  /** The flags intake read from the wording (`concerns_minor`, `on_behalf_of_child`, …). */
  readonly flags: readonly string[];
  /** The addresses the message was sent to. */
  readonly recipients: readonly string[];
  /** The privacy addresses of the organisation that received it, and of every other one served here. */
  readonly ownAddresses: readonly string[];
  readonly otherAddresses: readonly string[];
}

export type PolicyFlag =
  | `right_not_in_policy:${Right}`
  | 'may_be_under_minimum_age'
  | 'addressed_to_other_organisation'
  | 'policy_says_no_sale';

const MINOR_FLAGS = ['concerns_minor', 'on_behalf_of_child'];

export function policyFlags(policy: PolicyFacts, request: RequestFacts): PolicyFlag[] {
  const flags: PolicyFlag[] = [];
  for (const right of request.types.filter(isRight)) {
    // The opt-out is answered below from the sale statement; it is never a right a policy "promises".
    if (right !== 'opt_out_sale' && !policy.rights.includes(right))
      flags.push(`right_not_in_policy:${right}`);
  }
  if (policy.minimumAge > 0 && request.flags.some((f) => MINOR_FLAGS.includes(f)))
    flags.push('may_be_under_minimum_age');
  const to = new Set(request.recipients.map((a) => a.toLowerCase()));
  const own = request.ownAddresses.some((a) => to.has(a.toLowerCase()));
  if (!own && request.otherAddresses.some((a) => to.has(a.toLowerCase())))
    flags.push('addressed_to_other_organisation');
  if (request.types.includes('opt_out_sale') && !policy.sellsPersonalData) flags.push('policy_says_no_sale');
  return flags;
}
