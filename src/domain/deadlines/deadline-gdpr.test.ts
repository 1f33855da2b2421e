import { describe, expect, it } from 'vitest';
import { type DeadlineInput, deadlineFor } from './deadline.js';

function due(input: DeadlineInput) {
  const result = deadlineFor(input);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.deadline;
}

describe('one month under GDPR and UK GDPR (Regulation 1182/71, ICO counting)', () => {
  it.each([
    ['the same date next month', 'eu-gdpr', '2026-03-15T10:00:00Z', 'UTC', '2026-04-15'],
    [
      '31 January ends on 28 February, a Saturday, so Monday 2 March',
      'eu-gdpr',
      '2026-01-31T10:00:00Z',
      'UTC',
      '2026-03-02',
    ],
    [
      '31 January in leap year 2028 ends on Tuesday 29 February',
      'eu-gdpr',
      '2028-01-31T10:00:00Z',
      'UTC',
      '2028-02-29',
    ],
    ['29 February 2028 ends on 29 March 2028', 'eu-gdpr', '2028-02-29T10:00:00Z', 'UTC', '2028-03-29'],
    [
      '29 January 2027 ends on Sunday 28 February, so Monday 1 March',
      'eu-gdpr',
      '2027-01-29T10:00:00Z',
      'UTC',
      '2027-03-01',
    ],
    [
      'a deadline on Sunday 17 May moves to Monday 18 May',
      'eu-gdpr',
      '2026-04-17T10:00:00Z',
      'Europe/Berlin',
      '2026-05-18',
    ],
    [
      '1 May is a German public holiday: Friday 1 May moves to Monday 4 May',
      'eu-gdpr',
      '2026-04-01T10:00:00Z',
      'Europe/Berlin',
      '2026-05-04',
    ],
    [
      'with no Member State named, 1 May is a working day',
      'eu-gdpr',
      '2026-04-01T10:00:00Z',
      'UTC',
      '2026-05-01',
    ],
    [
      'UK: the day of receipt is day one, due on the corresponding date',
      'uk-gdpr',
      '2026-09-03T10:00:00Z',
      'Europe/London',
      '2026-10-05',
    ],
    [
      'UK: Good Friday and Easter Monday push 3 April to Tuesday 7 April',
      'uk-gdpr',
      '2026-03-03T10:00:00Z',
      'Europe/London',
      '2026-04-07',
    ],
    [
      'UK: the Boxing Day substitute bank holiday is skipped',
      'uk-gdpr',
      '2026-11-26T10:00:00Z',
      'Europe/London',
      '2026-12-29',
    ],
  ])('%s', (_name, jurisdiction, receivedAt, zone, expected) => {
    expect(due({ jurisdiction: jurisdiction as 'eu-gdpr', receivedAt, zone }).due).toBe(expected);
  });

  it('states the rule and the receipt in the explanation', () => {
    const deadline = due({ jurisdiction: 'eu-gdpr', receivedAt: '2026-03-15T10:00:00Z' });
    expect(deadline.explanation).toBe('due 15 Apr: GDPR one month from 15 Mar');
  });

  it('explains a move past a weekend', () => {
    const deadline = due({ jurisdiction: 'eu-gdpr', receivedAt: '2026-01-31T10:00:00Z' });
    expect(deadline.explanation).toBe(
      'due 2 Mar: GDPR one month from 31 Jan; 28 Feb is a Saturday, so the next working day',
    );
  });

  it('names the holiday that moved the deadline', () => {
    const deadline = due({
      jurisdiction: 'uk-gdpr',
      receivedAt: '2026-03-03T10:00:00Z',
      zone: 'Europe/London',
    });
    expect(deadline.explanation).toContain('3 Apr is Good Friday, so the next working day (GB-ENG)');
  });

  it("uses the organisation's region: Easter Monday is no bank holiday in Scotland", () => {
    const input = {
      jurisdiction: 'uk-gdpr',
      receivedAt: '2026-03-06T10:00:00Z',
      zone: 'Europe/London',
    } as const;
    expect(due(input).due).toBe('2026-04-07');
    expect(due({ ...input, holidays: { country: 'GB', region: 'SCT' } }).due).toBe('2026-04-06');
  });

  it('adds the year when the deadline falls in the next year', () => {
    const deadline = due({ jurisdiction: 'eu-gdpr', receivedAt: '2026-12-02T10:00:00Z' });
    expect(deadline.explanation).toBe(
      'due 4 Jan 2027: GDPR one month from 2 Dec 2026; 2 Jan is a Saturday, so the next working day',
    );
  });
});

describe('time zones and daylight saving', () => {
  it.each([
    [
      'late evening in UTC is the next day in Tokyo',
      '2026-03-14T23:30:00Z',
      'Asia/Tokyo',
      '2026-03-15',
      '2026-04-15',
    ],
    ['the same instant is still 14 March in UTC', '2026-03-14T23:30:00Z', 'UTC', '2026-03-14', '2026-04-14'],
    [
      'early morning UTC is the evening before in Los Angeles (after DST began)',
      '2026-03-15T05:00:00Z',
      'America/Los_Angeles',
      '2026-03-14',
      '2026-04-14',
    ],
    [
      '00:30 UTC on the night British Summer Time begins is 29 March in London',
      '2026-03-29T00:30:00Z',
      'Europe/London',
      '2026-03-29',
      '2026-04-29',
    ],
    [
      '23:30 UTC the night before is still 28 March in London',
      '2026-03-28T23:30:00Z',
      'Europe/London',
      '2026-03-28',
      '2026-04-28',
    ],
    [
      'a time without an offset is local time in the zone',
      '2026-03-14T23:30:00',
      'Asia/Tokyo',
      '2026-03-14',
      '2026-04-14',
    ],
  ])('%s', (_name, receivedAt, zone, receivedOn, expected) => {
    const deadline = due({ jurisdiction: 'uk-gdpr', receivedAt, zone });
    expect(deadline.receivedOn).toBe(receivedOn);
    expect(deadline.due).toBe(expected);
  });

  it('ends the due day at local midnight, in summer time', () => {
    const deadline = due({
      jurisdiction: 'uk-gdpr',
      receivedAt: '2026-03-29T00:30:00Z',
      zone: 'Europe/London',
    });
    expect(deadline.dueEndsAt).toBe('2026-04-29T22:59:59.999Z');
  });

  it('counts 45 days from the local day when Pacific daylight time ends', () => {
    const before = due({
      jurisdiction: 'us-ca',
      receivedAt: '2026-11-01T06:30:00Z',
      zone: 'America/Los_Angeles',
    });
    const after = due({
      jurisdiction: 'us-ca',
      receivedAt: '2026-11-01T08:30:00Z',
      zone: 'America/Los_Angeles',
    });
    expect([before.receivedOn, before.due]).toEqual(['2026-10-31', '2026-12-15']);
    expect([after.receivedOn, after.due]).toEqual(['2026-11-01', '2026-12-16']);
    expect(after.dueEndsAt).toBe('2026-12-17T07:59:59.999Z');
  });
});

describe('pauses (UK GDPR Art. 12A) and extensions', () => {
  const uk = { jurisdiction: 'uk-gdpr', receivedAt: '2026-03-15T10:00:00Z', zone: 'Europe/London' } as const;

  it('a 3-day wait for ID moves 15 April to 18 April, a Saturday, so Monday 20 April', () => {
    const deadline = due({ ...uk, pauses: [{ from: '2026-03-20', to: '2026-03-22', reason: 'identity' }] });
    expect(deadline.due).toBe('2026-04-20');
    expect(deadline.pausedDays).toBe(3);
    expect(deadline.explanation).toBe(
      'due 20 Apr: UK GDPR one month from 15 Mar; paused 3 days awaiting ID; 18 Apr is a Saturday, so the next working day (GB-ENG)',
    );
  });

  it('extends by two months from the paused end of the first month', () => {
    const deadline = due({ ...uk, extended: true, pauses: [{ from: '2026-03-20', to: '2026-03-22' }] });
    expect(deadline.due).toBe('2026-04-20');
    expect(deadline.extendedDue).toBe('2026-06-18');
    expect(deadline.explanation).toContain('extended by two months to 18 Jun, notice due by 20 Apr');
  });

  it('a pause during the extension moves only the extended deadline', () => {
    const deadline = due({ ...uk, extended: true, pauses: [{ from: '2026-05-01', to: '2026-05-10' }] });
    expect(deadline.due).toBe('2026-04-15');
    expect(deadline.extendedDue).toBe('2026-06-25');
  });

  it('ignores a pause after the deadline and says so', () => {
    const deadline = due({ ...uk, pauses: [{ from: '2026-05-01', to: '2026-05-03' }] });
    expect(deadline.due).toBe('2026-04-15');
    expect(deadline.ignoredPauses).toEqual([
      { pause: { from: '2026-05-01', to: '2026-05-03' }, why: 'after_deadline' },
    ]);
    expect(deadline.explanation).toContain('a pause after the deadline ignored');
  });

  it('counts only the days of a pause after receipt', () => {
    expect(due({ ...uk, pauses: [{ from: '2026-03-10', to: '2026-03-16' }] }).due).toBe('2026-04-17');
  });

  it('merges overlapping pauses so no day counts twice', () => {
    const pauses = [
      { from: '2026-03-21', to: '2026-03-25' },
      { from: '2026-03-20', to: '2026-03-22' },
    ];
    const deadline = due({ ...uk, pauses });
    expect(deadline.pausedDays).toBe(6);
    expect(deadline.due).toBe('2026-04-21');
  });

  it('ignores pauses under EU GDPR, which has no stop-the-clock, and says so', () => {
    const deadline = due({
      jurisdiction: 'eu-gdpr',
      receivedAt: '2026-03-15T10:00:00Z',
      pauses: [{ from: '2026-03-20', to: '2026-03-22' }],
    });
    expect(deadline.due).toBe('2026-04-15');
    expect(deadline.explanation).toContain('pause ignored: GDPR Art. 12(3) has no pause');
  });

  it('leaves extendedDue null when no extension is asked for', () => {
    expect(due(uk).extendedDue).toBeNull();
  });
});
