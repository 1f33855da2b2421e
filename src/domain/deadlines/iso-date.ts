/**
 * Calendar dates as plain `YYYY-MM-DD` strings, and the few operations the deadline rules need.
 * A legal deadline is a day, not an instant, so date arithmetic here never touches a time zone or DST;
 * the zone is applied once, when the receipt instant becomes the local day of receipt.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Day arithmetic runs in UTC, where every day has 24 hours, so that adding days never lands on a DST gap.
function utcDay(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

function format(day: DateTime): IsoDate {
  return day.toFormat('yyyy-MM-dd');
}

export function isIsoDate(value: string): value is IsoDate {
  return ISO_DATE.test(value) && utcDay(value).isValid;
}

// luxon checks a zone by building an Intl.DateTimeFormat (slow); the answer for a name never changes.
const knownZones = new Map<string, boolean>();

export function isTimeZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    knownZones.set(zone, valid);
  }
  return valid;
}

/** The local day of an ISO-8601 instant in `zone`; an instant without an offset is read as local time there. */
export function localDateOf(instant: string, zone: string): IsoDate | null {
  const parsed = DateTime.fromISO(instant, { zone });
  return parsed.isValid ? format(parsed) : null;
}

/** The instant at which a local day ends in `zone` (the last millisecond), e.g. for "due within 7 days" queries. */
export function endOfLocalDay(date: IsoDate, zone: string): string {
  return DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO() ?? '';
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(utcDay(date).plus({ days }));
}

/**
 * The same date `months` later, or that month's last day when the date does not exist there
 * (Regulation 1182/71 Art. 3(2)(c): 31 Jan + 1 month ends on 28 or 29 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return format(utcDay(date).plus({ months }));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(utcDay(to).diff(utcDay(from), 'days').days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return utcDay(date).weekday;
}

// Fixed English names rather than Intl, whose short forms vary with the ICU build ("Sep" or "Sept").
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[weekdayOf(date) - 1] ?? '';
}

/** "15 Apr", with the year added when it differs from `relativeTo`'s year (or always when none is given). */
export function shortDate(date: IsoDate, relativeTo?: IsoDate): string {
  const day = utcDay(date);
  const text = `${day.day} ${MONTHS[day.month - 1] ?? ''}`;
  const sameYear = relativeTo !== undefined && relativeTo.slice(0, 4) === date.slice(0, 4);
  return sameYear ? text : `${text} ${day.year}`;
}
