/**
 * Decides whether a reply verifies a ticket's requester by one-time code. All of these must hold:
 * it comes from the requester's address, its sender domain passed DKIM or SPF at our receiving server,
 * the code is pending, not expired, has attempts left, and the reply carries it. Each failed reason is
 * kept, so staff see why a reply did not verify; only the requester's own authenticated replies count
 * against the attempt limit.
 */
import { isRequesterAddress } from '../email/requester-address.js';
import type { ReplyFailureReason } from './reasons.js';
import { codeCandidatesIn, codeMatches, MAX_CANDIDATES } from './one-time-code.js';
import type { AuthenticationVerdict } from './authentication-results.js';

export interface PendingCode {
  readonly id: number;
  readonly ticketId: number;
  readonly codeHash: string;
  readonly expiresAt: Date;
  readonly attempts: number;
  readonly maxAttempts: number;
}

export interface VerificationReply {
  readonly fromAddress: string;
  readonly text: string;
  readonly authentication: AuthenticationVerdict;
}

export type ReplyCheck =
  | { readonly kind: 'no_code' }
  | { readonly kind: 'verified'; readonly detail: string }
  | {
      readonly kind: 'rejected';
      readonly reasons: readonly ReplyFailureReason[];
      /**
       * Whether the reply counts against the attempt limit: only one from the requester's own address whose
       * domain passed DKIM or SPF. Anyone can thread a reply by the request's Message-ID or forge the
       * requester's From, and such a reply can never verify; were it counted, a stranger's few guesses
       * would use up the requester's code and leave the request to close as unverified.
       */
      readonly costsAttempt: boolean;
      /** True when this reply used up the last attempt: the code is then dead. */
      readonly exhausted: boolean;
    };

export function checkVerificationReply(input: {
  readonly pending: PendingCode;
  readonly requesterAddress: string;
  readonly reply: VerificationReply;
  readonly secret: string;
  readonly now: Date;
}): ReplyCheck {
  const { pending, reply } = input;
  const candidates = codeCandidatesIn(reply.text);
  // A reply without anything code-shaped is conversation, not an attempt: it costs no attempt.
  if (candidates.length === 0) return { kind: 'no_code' };
  const reasons: ReplyFailureReason[] = [];
  const fromRequester = isRequesterAddress(reply.fromAddress, input.requesterAddress);
  if (!fromRequester) reasons.push('sender_not_requester');
  if (!reply.authentication.passed) reasons.push('sender_not_authenticated');
  if (input.now.getTime() > pending.expiresAt.getTime()) reasons.push('code_expired');
  if (pending.attempts >= pending.maxAttempts) reasons.push('attempts_exhausted');
  if (candidates.length > MAX_CANDIDATES) reasons.push('too_many_candidates');
  else if (!candidates.some((c) => codeMatches(c, pending.ticketId, pending.codeHash, input.secret)))
    reasons.push('wrong_code');
  if (reasons.length === 0) return { kind: 'verified', detail: reply.authentication.detail };
  const costsAttempt = fromRequester && reply.authentication.passed;
  return {
    kind: 'rejected',
    reasons,
    costsAttempt,
    exhausted: costsAttempt && pending.attempts + 1 >= pending.maxAttempts,
  };
}
