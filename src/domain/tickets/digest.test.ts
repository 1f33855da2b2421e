import { describe, expect, it } from 'vitest';
import { summariseDigest } from './digest.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 12));

describe('the weekly digest', () => {
  it('counts arrivals by type, closings by outcome, and the days they took', () => {
    const digest = summariseDigest({
      from: day(0),
      to: day(7),
      received: [['access'], ['erasure', 'access'], ['opt_out_sale'], ['access', 'access']],
      closed: [
        { status: 'fulfilled', receivedAt: day(-20), closedAt: day(1) },
        { status: 'fulfilled', receivedAt: day(-3), closedAt: day(2) },
        { status: 'rejected', receivedAt: day(0), closedAt: day(3) },
        { status: 'withdrawn', receivedAt: day(2), closedAt: day(2.5) },
      ],
      open: 9,
      needsTriage: 2,
      awaitingVerification: 3,
      atRisk: 1,
      overdue: 4,
    });
    expect(digest.received).toBe(4);
    expect(digest.receivedByType).toEqual([
      { type: 'access', count: 3 },
      { type: 'erasure', count: 1 },
      { type: 'opt_out_sale', count: 1 },
    ]);
    expect(digest.closed).toBe(4);
    expect(digest.closedByOutcome).toEqual({ fulfilled: 2, rejected: 1, withdrawn: 1 });
    // 0.5, 3, 5 and 21 days: the median is the second of four by nearest rank, p90 the fourth.
    expect(digest.daysToClose).toEqual({ median: 3, p90: 21 });
    expect(digest).toMatchObject({ open: 9, needsTriage: 2, awaitingVerification: 3, atRisk: 1, overdue: 4 });
  });

  it('has no time to close when nothing closed', () => {
    const digest = summariseDigest({
      from: day(0),
      to: day(7),
      received: [],
      closed: [],
      open: 0,
      needsTriage: 0,
      awaitingVerification: 0,
      atRisk: 0,
      overdue: 0,
    });
    expect(digest.daysToClose).toBeNull();
    expect(digest.receivedByType).toEqual([]);
  });
});
