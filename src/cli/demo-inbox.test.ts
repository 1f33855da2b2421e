import { describe, expect, it } from 'vitest';
import { dateTimesIn, shiftDates, shiftToPresent } from './demo-inbox.js';

const first =
  'Received: from a by b; Mon, 02 Mar 2026 09:13:40 +0000\nDate: Mon, 02 Mar 2026 10:13:40 +0100\n\nHi';
const last = 'Date: Fri, 06 Mar 2026 10:00:00 -0800\n\nOn Mon, 02 Mar 2026 09:13:40 +0000 you wrote';

describe('the demo inbox moved to the present', () => {
  it('puts the newest date-time of the samples one day before now', () => {
    const now = new Date('2026-12-07T05:00:00Z');
    const shift = shiftToPresent([first, last], now);
    const newest = dateTimesIn(shiftDates(last, shift))[0];
    expect(newest?.toISOString()).toBe('2026-12-06T05:00:00.000Z');
  });

  it('moves every date-time by the same amount, keeping its zone offset and the order', () => {
    const shifted = shiftDates(first, 7 * 24 * 60 * 60 * 1000);
    expect(shifted).toContain('Received: from a by b; Mon, 09 Mar 2026 09:13:40 +0000');
    expect(shifted).toContain('Date: Mon, 09 Mar 2026 10:13:40 +0100');
  });

  it('writes the weekday and the date of the zone, not of UTC', () => {
    expect(shiftDates('Date: Fri, 06 Mar 2026 20:00:00 -0800', 24 * 60 * 60 * 1000)).toBe(
      'Date: Sat, 07 Mar 2026 20:00:00 -0800',
    );
  });

  it('leaves a message without date-times as it is', () => {
    expect(shiftToPresent(['no dates here'], new Date('2026-12-07T05:00:00Z'))).toBe(0);
    expect(shiftDates('no dates here', 1000)).toBe('no dates here');
  });
});
