import { describe, expect, it } from 'vitest';
import { hasUnusableDate, receiptOf, receiptTimeOf } from './receipt-time.js';

const received = (stamp: string) => [{ key: 'received', value: `from a by b; ${stamp}` }];

describe('receiptTimeOf', () => {
  it('ignores a Received date whose year is not four digits and falls back to the Date header', () => {
    const at = receiptTimeOf({
      headers: received('Sat, 17 Jan 202 10:00:00 +0000'),
      date: '2026-01-17T10:00:00.000Z',
    });
    expect(at?.toISOString()).toBe('2026-01-17T10:00:00.000Z');
  });

  it('gives no receipt time for a Date header in year 10000, so the server or file time is used', () => {
    expect(receiptTimeOf({ headers: [], date: '+010000-01-17T10:00:00.000Z' })).toBeNull();
  });
});

describe('hasUnusableDate', () => {
  it('says a present Date header that gave no instant is unusable, and a missing one is not', () => {
    const dateHeader = [{ key: 'date', value: 'Sat, 17 Jan 202 10:00:00 +0000' }];
    expect(hasUnusableDate({ headers: dateHeader, date: null })).toBe(true);
    expect(hasUnusableDate({ headers: [], date: null })).toBe(false);
    expect(hasUnusableDate({ headers: dateHeader, date: '2026-01-17T10:00:00.000Z' })).toBe(false);
  });
});

describe('receiptOf', () => {
  const known = new Date('2026-03-02T09:00:00Z');
  const dated = (date: string) => ({ headers: [{ key: 'date', value: date }], date });

  it('takes the stated time when it is before the file time, the file time when it is after', () => {
    expect(receiptOf(dated('2026-03-01T09:00:00.000Z'), known)).toEqual({
      at: new Date('2026-03-01T09:00:00Z'),
      dateUnusable: false,
    });
    expect(receiptOf(dated('2026-03-02T10:00:00.000Z'), known)).toEqual({ at: known, dateUnusable: false });
  });

  it('calls a Date more than a day after the file time unusable', () => {
    expect(receiptOf(dated('2099-03-02T09:00:00.000Z'), known)).toEqual({ at: known, dateUnusable: true });
    expect(receiptOf({ headers: [], date: null }, known)).toEqual({ at: known, dateUnusable: false });
  });
});
