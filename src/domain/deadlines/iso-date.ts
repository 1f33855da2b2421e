/**
 * Calendar dates as plain `YYYY-MM-DD` strings, and the few operations the deadline rules need.
 * A legal deadline is a day, not an instant, so date arithmetic here never touches a time zone or DST;
 * the zone is applied once, when the receipt instant becomes the local day of receipt.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The instants the fast path of localDateOf takes: a valid time with an explicit offset (or Z). */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;

// Day arithmetic is plain UTC day numbers (every UTC day has 24 hours, so adding days never lands on a
// DST gap); luxon is kept for what needs a time zone. This runs for every ticket opened, and luxon's
// object model cost about 0.4 ms per ticket, more than classifying the email.
const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight of a `YYYY-MM-DD` day (NaN when it is not a real date). */
function utcMs(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day
    ? ms
    : Number.NaN;
}

function format(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): value is IsoDate {
  return ISO_DATE.test(value) && !Number.isNaN(utcMs(value));
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

// Both run for every ticket opened and every ticket shown; luxon's DateTime costs far more than the
// arithmetic. An instant with an explicit offset goes through a cached Intl formatter; the end of a
// local day depends on the day and the zone only, so it is computed once per pair.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayEnds = new Map<string, string>();
const MAX_CACHED_DAY_ENDS = 4096;

function dayFormat(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  return format;
}

/** The local day of an ISO-8601 instant in `zone`; an instant without an offset is read as local time there. */
export function localDateOf(instant: string, zone: string): IsoDate | null {
  const ms = ISO_INSTANT.test(instant) && isIsoDate(instant.slice(0, 10)) ? Date.parse(instant) : Number.NaN;
  if (!Number.isNaN(ms) && isTimeZone(zone)) {
    const parts = Object.fromEntries(
      dayFormat(zone)
        .formatToParts(ms)
        .map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}`;
  }
  const parsed = DateTime.fromISO(instant, { zone });
  return parsed.isValid ? parsed.toFormat('yyyy-MM-dd') : null;
}

/** The instant at which a local day ends in `zone` (the last millisecond), e.g. for "due within 7 days" queries. */
export function endOfLocalDay(date: IsoDate, zone: string): string {
  const key = `${zone} ${date}`;
  let end = dayEnds.get(key);
  if (end === undefined) {
    end = DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO() ?? '';
    if (dayEnds.size >= MAX_CACHED_DAY_ENDS) dayEnds.clear();
    dayEnds.set(key, end);
  }
  return end;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(utcMs(date) + days * DAY_MS);
}

/**
 * The same date `months` later, or that month's last day when the date does not exist there
 * (Regulation 1182/71 Art. 3(2)(c): 31 Jan + 1 month ends on 28 or 29 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = new Date(utcMs(date));
  const target = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), target + 1, 0)).getUTCDate();
  return format(Date.UTC(start.getUTCFullYear(), target, Math.min(start.getUTCDate(), lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return ((new Date(utcMs(date)).getUTCDay() + 6) % 7) + 1;
}

// Fixed English names rather than Intl, whose short forms vary with the ICU build ("Sep" or "Sept").
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[weekdayOf(date) - 1] ?? '';
}

/** "15 Apr", with the year added when it differs from `relativeTo`'s year (or always when none is given). */
export function shortDate(date: IsoDate, relativeTo?: IsoDate): string {
  const day = new Date(utcMs(date));
  const text = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()] ?? ''}`;
  const sameYear = relativeTo !== undefined && relativeTo.slice(0, 4) === date.slice(0, 4);
  return sameYear ? text : `${text} ${day.getUTCFullYear()}`;
}
