/** The reasons a code reply fails: one string-literal union, stored with each attempt and shown to staff. */
export const REPLY_FAILURE_REASONS = [
  'sender_not_requester',
  'sender_not_authenticated',
  'code_expired',
  'attempts_exhausted',
  'too_many_candidates',
  'wrong_code',
] as const;
export type ReplyFailureReason = (typeof REPLY_FAILURE_REASONS)[number];
