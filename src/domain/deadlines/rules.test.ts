import { describe, expect, it } from 'vitest';
import { checkRepeatRequest } from './free-requests.js';
import { addMonths, daysBetween, endOfLocalDay, isIsoDate, localDateOf, shortDate } from './iso-date.js';
import { JURISDICTION_IDS } from './jurisdiction-rule.js';
import { JURISDICTIONS } from './jurisdictions.js';
import { jurisdictionsForRight, strictestJurisdiction } from './strictest.js';
import {
  addWorkingDays,
  holidayCalendar,
  isCalendarError,
  nextWorkingDay,
  restDaysOnly,
} from './working-days.js';

describe('calendar dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('%s plus %i month(s) is %s (Regulation 1182/71 Art. 3(2)(c))', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('rejects dates that do not exist', () => {
    expect([isIsoDate('2026-02-29'), isIsoDate('2028-02-29'), isIsoDate('2026-1-5')]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('reads the local day of an instant in a zone', () => {
    expect(localDateOf('2026-06-30T23:30:00Z', 'Europe/Paris')).toBe('2026-07-01');
    expect(localDateOf('not a date', 'UTC')).toBeNull();
  });

  it('ends a local day at its last millisecond in UTC terms', () => {
    expect(endOfLocalDay('2026-01-15', 'America/New_York')).toBe('2026-01-16T04:59:59.999Z');
  });

  it('writes short dates with the year only when it differs', () => {
    expect([shortDate('2026-09-05', '2026-01-01'), shortDate('2027-09-05', '2026-01-01')]).toEqual([
      '5 Sep',
      '5 Sep 2027',
    ]);
  });
});

describe('working days', () => {
  const england = holidayCalendar({ country: 'GB', region: 'ENG' });
  if (isCalendarError(england)) throw new Error('GB-ENG must exist');

  it('names the substitute bank holiday after Boxing Day on a Saturday', () => {
    expect(england.nonWorkingReason('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(england.nonWorkingReason('2026-12-29')).toBeNull();
  });

  it('lists the days skipped to reach the next working day', () => {
    expect(nextWorkingDay('2026-04-03', england)).toEqual({
      date: '2026-04-07',
      skipped: [
        { date: '2026-04-03', reason: 'Good Friday' },
        { date: '2026-04-04', reason: 'Saturday' },
        { date: '2026-04-05', reason: 'Sunday' },
        { date: '2026-04-06', reason: 'Easter Monday' },
      ],
    });
  });

  it('counts business days from the day after, skipping weekends and holidays', () => {
    expect(addWorkingDays('2026-12-23', 3, england)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-23', 3, restDaysOnly())).toBe('2026-12-28');
  });

  it('refuses a region the holiday tables do not know', () => {
    expect(holidayCalendar({ country: 'US', region: 'XX' })).toEqual({
      code: 'unknown_holiday_region',
      region: 'US-XX',
    });
  });
});

describe('the jurisdiction table', () => {
  it('has one row per id, each citing its law', () => {
    for (const id of JURISDICTION_IDS) {
      expect(JURISDICTIONS[id].id).toBe(id);
      expect(JURISDICTIONS[id].cite).toMatch(/Art\.|§|s\. |ORS \d/);
    }
  });

  it('lets the clock stand still only under UK GDPR Art. 12A', () => {
    expect(JURISDICTION_IDS.filter((id) => JURISDICTIONS[id].pause.allowed)).toEqual(['uk-gdpr']);
  });
});

describe('the strictest jurisdiction an organisation declares', () => {
  it('picks GDPR over CCPA for an access request', () => {
    const result = strictestJurisdiction({
      declared: ['us-ca', 'eu-gdpr'],
      right: 'access',
      receivedAt: '2026-01-31T10:00:00Z',
    });
    expect(result.ok && [result.jurisdiction, result.deadline.due]).toEqual(['eu-gdpr', '2026-03-02']);
  });

  it('compares real dates: a month beats 30 days in February but not in July', () => {
    const declared = ['eu-gdpr', 'ca-pipeda'] as const;
    const february = strictestJurisdiction({ declared, right: 'access', receivedAt: '2026-02-01T10:00:00Z' });
    const july = strictestJurisdiction({ declared, right: 'access', receivedAt: '2026-07-01T10:00:00Z' });
    expect(february.ok && february.jurisdiction).toBe('eu-gdpr');
    expect(july.ok && july.jurisdiction).toBe('ca-pipeda');
  });

  it('puts a California opt-out of sale on its own 15-business-day clock', () => {
    expect(jurisdictionsForRight(['eu-gdpr', 'us-ca'], 'opt_out_sale')).toEqual(['eu-gdpr', 'us-ca-optout']);
    expect(jurisdictionsForRight(['us-ca', 'us-ca-optout'], 'erasure')).toEqual(['us-ca']);
    const result = strictestJurisdiction({
      declared: ['eu-gdpr', 'us-ca'],
      right: 'opt_out_sale',
      receivedAt: '2026-11-20T18:00:00Z',
    });
    expect(result.ok && [result.jurisdiction, result.deadline.due]).toEqual(['us-ca-optout', '2026-12-15']);
  });

  it('reports an organisation that declares no applicable law', () => {
    const result = strictestJurisdiction({
      declared: [],
      right: 'access',
      receivedAt: '2026-01-31T10:00:00Z',
    });
    expect(result).toEqual({ ok: false, error: { code: 'no_jurisdiction', right: 'access' } });
  });
});

describe('free requests in 12 months', () => {
  const now = '2026-06-15T10:00:00Z';
  it.each([
    ['us-va', ['2026-01-10T10:00:00Z'], 'free', 1],
    ['us-va', ['2026-01-10T10:00:00Z', '2026-03-01T10:00:00Z'], 'allowance_used', 2],
    ['us-va', ['2025-05-01T10:00:00Z', '2025-06-01T10:00:00Z'], 'free', 0],
    ['us-tx', ['2025-07-01T10:00:00Z', '2026-03-01T10:00:00Z'], 'allowance_used', 2],
    ['us-ct', ['2026-03-01T10:00:00Z'], 'allowance_used', 1],
    ['eu-gdpr', [], 'free', 0],
    ['eu-gdpr', ['2026-06-01T10:00:00Z'], 'staff_judgement', 1],
    ['br-lgpd', ['2026-05-01T10:00:00Z', '2026-06-01T10:00:00Z'], 'free', 2],
  ] as const)('%s with earlier requests %j: %s', (jurisdiction, earlier, verdict, count) => {
    const check = checkRepeatRequest(jurisdiction, now, earlier);
    expect('verdict' in check && [check.verdict, check.earlierInWindow]).toEqual([verdict, count]);
  });

  it('refuses an unreadable receipt time', () => {
    expect(checkRepeatRequest('us-va', 'soon', [])).toEqual({ code: 'invalid_received_at', value: 'soon' });
  });
});
