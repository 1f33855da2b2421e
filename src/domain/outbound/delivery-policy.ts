/**
 * When to stop and when to retry: the per-requester cap on automatic emails (because detecting
 * automatic mail by its headers is never complete, a counter is the last line against mail loops) and
 * the backoff between delivery attempts.
 */

export interface AutomaticCap {
  /** At most this many automatic emails to one address… */
  readonly emails: number;
  /** …within this many hours. FreeScout stops at 10 per 3 hours; RFC 3834 §2 suggests one per 7 days for identical answers. */
  readonly hours: number;
}

export const DEFAULT_AUTOMATIC_CAP: AutomaticCap = { emails: 10, hours: 3 };

/** The start of the window in which earlier automatic emails count against the cap. */
export function capWindowStart(cap: AutomaticCap, now: Date): Date {
  return new Date(now.getTime() - cap.hours * 3_600_000);
}

/** Why an automatic email is held, or null to send it. Human-approved emails are never capped. */
export function capReason(
  input: { automatic: boolean; sentRecently: number },
  cap: AutomaticCap,
): string | null {
  if (!input.automatic || input.sentRecently < cap.emails) return null;
  return `automatic email cap reached: ${input.sentRecently} to this address within ${cap.hours} h (limit ${cap.emails})`;
}

export interface Backoff {
  readonly baseMs: number;
  readonly maxMs: number;
}

/**
 * Exponential backoff with full jitter (so that many queued emails do not retry in step), capped so
 * that an SMTP server that is down for an hour gets tried again within minutes of coming back.
 */
export function retryDelayMs(attempts: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attempts - 1, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
