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
  const parsed = stamp ? Date.parse(stamp) : Number.NaN;
  if (!Number.isNaN(parsed) && hasFourDigitYear(parsed)) return new Date(parsed);
  const date = email.date ? Date.parse(email.date) : Number.NaN;
  return !Number.isNaN(date) && hasFourDigitYear(date) ? new Date(date) : null;
}

/** Years 1000–9999 only: any other year breaks the `YYYY-MM-DD` day arithmetic of the deadline rules. */
function hasFourDigitYear(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}
