/**
 * When a message reached us, for mail that comes without a server timestamp (the folder source):
 * the date of the newest Received header (added by our own receiving server), else the Date header.
 * Legal deadlines run from receipt, so the sender's own Date is only the last resort.
 */
import type { ParsedEmail } from '../email/parsed-email.js';

export function receiptTimeOf(email: Pick<ParsedEmail, 'headers' | 'date'>): Date | null {
  const received = email.headers.find((h) => h.key === 'received');
  // RFC 5321 §4.4: the date-time follows the last semicolon of a Received field.
  const stamp = received?.value.split(';').at(-1)?.trim();
  return plausibleInstant(stamp) ?? plausibleInstant(email.date ?? undefined);
}

/**
 * A date-time text as an instant, or null when it does not parse or its year is not four digits: a year
 * such as 202 or 10000 parses in JavaScript but breaks the `YYYY-MM-DD` day arithmetic of the deadlines.
 */
export function plausibleInstant(text: string | undefined): Date | null {
  const ms = text ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1000 && year <= 9999 ? new Date(ms) : null;
}

/** A Date header is there but is no plausible instant (a flipped digit in the year, say). */
export function hasUnusableDate(email: Pick<ParsedEmail, 'headers' | 'date'>): boolean {
  return email.date === null && email.headers.some((h) => h.key === 'date');
}

const DAY_MS = 86_400_000;

/**
 * When mail with no server timestamp was received, given `known`, the time its source had it (a file's
 * modification time) or now: the stated time (receiptTimeOf), but never after `known`, since no mail is
 * received after it is held. A Date of 2099, from a broken clock or a sender, had put the deadline
 * 73 years away. More than a day ahead the header is unusable (flagged); a clock a little fast is not.
 */
export function receiptOf(
  email: Pick<ParsedEmail, 'headers' | 'date'>,
  known: Date,
): { readonly at: Date; readonly dateUnusable: boolean } {
  const stated = receiptTimeOf(email);
  if (stated === null || stated.getTime() > known.getTime())
    return {
      at: known,
      dateUnusable:
        hasUnusableDate(email) || (stated !== null && stated.getTime() - known.getTime() > DAY_MS),
    };
  return { at: stated, dateUnusable: hasUnusableDate(email) };
}
