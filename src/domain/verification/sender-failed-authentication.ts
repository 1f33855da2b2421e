/**
 * Whether our own receiving server says the sender's domain did not send this mail: DMARC failed, or
 * both SPF and DKIM failed. Then an automatic acknowledgement from the organisation's domain would go
 * to a forged address, a relay for spam and phishing (issue 14), so it is held for staff instead.
 * Only `Authentication-Results` stamped with the configured authserv-id count (RFC 8601 §5), each method
 * as the topmost of them reports it.
 */
import { trustedResults } from './authentication-results.js';

const SPF_FAILED = new Set(['fail', 'softfail']);
const DKIM_FAILED = new Set(['fail', 'none', 'permerror']);

/** Why the sender failed authentication, or null when it did not (or nothing trusted says so). */
export function senderAuthenticationFailure(
  headerValues: readonly string[],
  trustedAuthservId: string | null,
): string | null {
  if (!trustedAuthservId) return null;
  const results = trustedResults(headerValues, trustedAuthservId);
  const outcome = (method: string) => results.find((r) => r.method === method)?.result ?? null;
  if (outcome('dmarc') === 'fail') return 'the sender failed DMARC';
  const spf = outcome('spf');
  const dkim = outcome('dkim');
  if (results.some((r) => r.method === 'dkim' && r.result === 'pass')) return null;
  if (spf && dkim && SPF_FAILED.has(spf) && DKIM_FAILED.has(dkim))
    return `the sender failed SPF (${spf}) and DKIM (${dkim})`;
  return null;
}
