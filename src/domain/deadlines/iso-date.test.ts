// The day arithmetic is plain UTC numbers and the local day of an instant goes through Intl: both must
// agree with luxon, which they replaced for speed, across zones, offsets, DST changes and month ends.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDay,
  isIsoDate,
  localDateOf,
  weekdayOf,
} from './iso-date.js';

const zones = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe('iso-date', () => {
  it('finds the local day of an instant as luxon does, in every zone, hour by hour over DST changes', () => {
    const instants: string[] = [];
    for (let ms = Date.UTC(2026, 2, 27); ms < Date.UTC(2026, 3, 1); ms += 3_600_000 + 59_000)
      instants.push(new Date(ms).toISOString(), DateTime.fromMillis(ms).setZone('UTC+05:30').toISO()!);
    for (const zone of zones)
      for (const instant of instants)
        expect(localDateOf(instant, zone), `${instant} in ${zone}`).toBe(
          DateTime.fromISO(instant, { zone }).toFormat('yyyy-MM-dd'),
        );
  });

  it('reads an instant without an offset as local time, and refuses impossible ones', () => {
    expect(localDateOf('2026-03-02T23:30:00', 'Asia/Kolkata')).toBe('2026-03-02');
    expect(localDateOf('2026-03-02T23:30:00Z', 'Asia/Kolkata')).toBe('2026-03-03');
    expect(localDateOf('2026-02-30T10:00:00Z', 'UTC')).toBeNull();
    expect(localDateOf('2026-03-02T25:00:00Z', 'UTC')).toBeNull();
    expect(localDateOf('yesterday', 'UTC')).toBeNull();
  });

  it('adds days and months, counts days and names weekdays as luxon does', () => {
    for (let day = 0; day < 800; day += 7) {
      const date = DateTime.utc(2027, 1, 31).plus({ days: day });
      const iso = date.toFormat('yyyy-MM-dd');
      expect(addDays(iso, 45)).toBe(date.plus({ days: 45 }).toFormat('yyyy-MM-dd'));
      expect(addDays(iso, -10)).toBe(date.minus({ days: 10 }).toFormat('yyyy-MM-dd'));
      for (const months of [1, 2, 3, 12])
        expect(addMonths(iso, months), `${iso} + ${months} months`).toBe(
          date.plus({ months }).toFormat('yyyy-MM-dd'),
        );
      expect(daysBetween('2027-01-01', iso)).toBe(day + 30);
      expect(weekdayOf(iso)).toBe(date.weekday);
    }
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('ends a local day at its last millisecond in the zone, the same answer every time', () => {
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfLocalDay('2026-03-28', 'Europe/Berlin')).toBe('2026-03-28T22:59:59.999Z');
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T21:59:59.999Z');
  });
});
