/**
 * Working days for one country or region: which days are rest days or public holidays, the next working
 * day, and counting business days. Holidays come from the `date-holidays` rule tables (pure computation
 * by date-holidays-parser), loaded one country at a time when a calendar is first built: the package's
 * own module holds every country's (about 3.5 MB of heap), and the parser with its lunar and
 * astronomical calendars another 4.5 MB, neither needed before the first deadline (issue 17).
 */
import { createRequire } from 'node:module';
import { addDays, type IsoDate, weekdayName, weekdayOf } from './iso-date.js';

/**
 * One country's rule tables, as scripts/holiday-data.mjs cut them from date-holidays' own data after
 * `npm ci`, and the parser; package data read like a module import (`#holiday-data/*` in package.json),
 * null for a country the tables do not have.
 */
const load = createRequire(import.meta.url);
/** The part of date-holidays-parser's class used here (its own typings are not reachable from its exports). */
type HolidaysParser = new (
  data: object,
  ...selection:
    [country?: string, region?: string, options?: { types: string[] }] | [string, { types: string[] }]
) => {
  getStates(country: string): Record<string, string> | undefined;
  getHolidays(year: number, language: string): readonly { readonly date: string; readonly name: string }[];
};
let countries: ReadonlySet<string> | null = null;
function countryRules(country: string): { readonly parser: HolidaysParser; readonly data: object } | null {
  if (!countries) {
    try {
      countries = new Set(load('#holiday-data/countries') as string[]);
    } catch (error) {
      // Without them every deadline would quietly lose its holidays: stop instead, and say how to fix it.
      throw new Error('the holiday tables are missing: run `npm ci` (or `node scripts/holiday-data.mjs`)', {
        cause: error,
      });
    }
  }
  if (!countries.has(country)) return null;
  return {
    parser: (load('date-holidays-parser') as { default: HolidaysParser }).default,
    data: load(`#holiday-data/${country}`) as object,
  };
}

/** A country (ISO 3166-1 alpha-2) and optionally a state or region as `date-holidays` names it (`GB`/`ENG`). */
export interface HolidayRegion {
  readonly country: string;
  readonly region?: string;
}

export interface WorkingDayCalendar {
  /** Shown in explanations, e.g. "GB-ENG". */
  readonly name: string;
  /** Null on a working day; otherwise why not ("Saturday", "Good Friday"). */
  nonWorkingReason(date: IsoDate): string | null;
}

export type CalendarError = { readonly code: 'unknown_holiday_region'; readonly region: string };

/** ISO weekdays that are rest days. Most laws: Saturday and Sunday; Canada's Interpretation Acts: Sunday only. */
export type RestDays = readonly number[];
export const SATURDAY_AND_SUNDAY: RestDays = [6, 7];
export const SUNDAY_ONLY: RestDays = [7];

export function regionName(region: HolidayRegion): string {
  return region.region ? `${region.country}-${region.region}` : region.country;
}

/** A calendar with rest days only, for a jurisdiction whose holidays we cannot know (no region given). */
export function restDaysOnly(restDays: RestDays = SATURDAY_AND_SUNDAY): WorkingDayCalendar {
  return {
    name: 'weekends only',
    nonWorkingReason: (date) => (restDays.includes(weekdayOf(date)) ? weekdayName(date) : null),
  };
}

/**
 * Rest days plus the region's public holidays. Only `public` holidays count: `bank`, `optional` and
 * `observance` days (Carnival in Brazil, Christmas Eve in California) are working days for the law,
 * and counting them would make a deadline later than it is.
 */
// Building a date-holidays calendar parses its rule tables (milliseconds each): done once per region,
// since a calendar is immutable and intake computes a deadline for every new ticket.
const calendars = new Map<string, WorkingDayCalendar | CalendarError>();

export function holidayCalendar(
  region: HolidayRegion,
  restDays: RestDays = SATURDAY_AND_SUNDAY,
): WorkingDayCalendar | CalendarError {
  const key = JSON.stringify([region.country, region.region ?? null, restDays]);
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = buildHolidayCalendar(region, restDays);
    calendars.set(key, calendar);
  }
  return calendar;
}

function buildHolidayCalendar(region: HolidayRegion, restDays: RestDays): WorkingDayCalendar | CalendarError {
  const found = countryRules(region.country);
  const unknown = { code: 'unknown_holiday_region', region: regionName(region) } as const;
  if (!found) return unknown;
  const { parser: Holidays, data } = found;
  const states = region.region ? (new Holidays(data).getStates(region.country) ?? {}) : {};
  if (region.region !== undefined && !(region.region in states)) return unknown;
  const rules = region.region
    ? new Holidays(data, region.country, region.region, { types: ['public'] })
    : new Holidays(data, region.country, { types: ['public'] });
  // Memoised per year on this calendar object (not module-wide), so a long-lived calendar stays cheap.
  const byYear = new Map<number, Map<IsoDate, string>>();
  const holidaysOf = (year: number): Map<IsoDate, string> => {
    let days = byYear.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of rules.getHolidays(year, 'en')) {
        // `date` is the local calendar day ("2026-04-03 00:00:00"); `start` depends on the host's zone.
        const day = holiday.date.slice(0, 10);
        if (!days.has(day)) days.set(day, holiday.name);
      }
      byYear.set(year, days);
    }
    return days;
  };
  return {
    name: regionName(region),
    nonWorkingReason(date) {
      if (restDays.includes(weekdayOf(date))) return weekdayName(date);
      return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
    },
  };
}

export function isCalendarError(value: WorkingDayCalendar | CalendarError): value is CalendarError {
  return 'code' in value;
}

export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: string;
}

/** `date` itself when it is a working day, else the first working day after it, with the days skipped. */
export function nextWorkingDay(
  date: IsoDate,
  calendar: WorkingDayCalendar,
): { date: IsoDate; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let day = date;
  for (
    let reason = calendar.nonWorkingReason(day);
    reason !== null;
    reason = calendar.nonWorkingReason(day)
  ) {
    skipped.push({ date: day, reason });
    day = addDays(day, 1);
  }
  return { date: day, skipped };
}

/** The `count`-th working day after `date` (the day of receipt itself is not counted). */
export function addWorkingDays(date: IsoDate, count: number, calendar: WorkingDayCalendar): IsoDate {
  let day = date;
  for (let counted = 0; counted < count;) {
    day = addDays(day, 1);
    if (calendar.nonWorkingReason(day) === null) counted += 1;
  }
  return day;
}
