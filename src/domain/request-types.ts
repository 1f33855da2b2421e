/**
 * The rights a requester can invoke, in the privacy team's words (GDPR Arts. 15-21 and 7(3), CCPA/CPRA),
 * plus `not_a_request`. One list shared by the classifier, the tickets, the database and the chat adapters.
 */

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
  'opt_out_sale',
] as const;

export type Right = (typeof RIGHTS)[number];

export const REQUEST_TYPES = [...RIGHTS, 'not_a_request'] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

export function isRight(value: string): value is Right {
  return (RIGHTS as readonly string[]).includes(value);
}
