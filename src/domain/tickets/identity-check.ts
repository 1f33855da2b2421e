/**
 * Whether a request waits for the requester's identity. An opt-out of sale or sharing does not: a
 * business shall not require a consumer to verify it (11 CCR §7026(d)), though it may deny one it
 * believes fraudulent, with reasons. Everything else is disclosed or changed only to the person it is about
 * (GDPR Art. 12(6), 11 CCR §7060).
 */
import { isRight, type RequestType } from '../request-types.js';

const WITHOUT_VERIFICATION: readonly RequestType[] = ['opt_out_sale'];

export function needsIdentityCheck(types: readonly RequestType[]): boolean {
  const rights = types.filter(isRight);
  return rights.length === 0 || rights.some((t) => !WITHOUT_VERIFICATION.includes(t));
}
