/**
 * The cap on automatic emails per organisation and hour, beside the per-requester one: a flood of
 * requests from many forged or throw-away addresses must not turn the organisation's domain into a
 * mail cannon (issue 14), whatever each single address receives.
 */

const HOUR_MS = 3_600_000;

export const DEFAULT_ORGANISATION_HOURLY_CAP = 200;

export function organisationCapWindowStart(now: Date): Date {
  return new Date(now.getTime() - HOUR_MS);
}

/** Why an automatic email is held, or null to send it. */
export function organisationCapReason(sentThisHour: number, cap: number): string | null {
  if (sentThisHour < cap) return null;
  return `automatic email cap of the organisation reached: ${sentThisHour} within 1 h (limit ${cap})`;
}
