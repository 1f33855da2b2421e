import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { scheduleDigests } from './digest-schedule.js';

const log = pino({ level: 'silent' });

describe('the weekly digest schedule', () => {
  it('runs each organisation at the pattern in its own time zone', () => {
    const schedule = scheduleDigests({
      pattern: '30 7 * * 5',
      organisations: [
        { id: 'berlin', timezone: 'Europe/Berlin' },
        { id: 'la', timezone: 'America/Los_Angeles' },
      ],
      publish: async () => {},
      log,
    });
    try {
      const next = schedule.nextRuns();
      const local = (at: Date | null | undefined, timeZone: string) =>
        new Intl.DateTimeFormat('en-GB', {
          timeZone,
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(at!);
      expect(local(next.get('berlin'), 'Europe/Berlin')).toBe('Fri 07:30');
      expect(local(next.get('la'), 'America/Los_Angeles')).toBe('Fri 07:30');
      expect(next.get('berlin')!.getTime()).not.toBe(next.get('la')!.getTime());
    } finally {
      schedule.stop();
    }
    expect([...schedule.nextRuns().values()]).toEqual([null, null]);
  });

  it('refuses a pattern croner cannot read, naming the setting', () => {
    expect(() =>
      scheduleDigests({
        pattern: '61 8 * * 1',
        organisations: [{ id: 'x', timezone: 'UTC' }],
        publish: async () => {},
        log,
      }),
    ).toThrow(/DIGEST_SCHEDULE "61 8 \* \* 1"/);
  });
});
