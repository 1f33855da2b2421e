import { describe, expect, it } from 'vitest';
import { catchUpProgress, describeProgress } from './catch-up-progress.js';

describe('the progress of a catch-up', () => {
  const startedAt = new Date('2026-12-07T09:00:00Z');

  it('gives the rate so far and the time left at that rate', () => {
    const progress = catchUpProgress({
      done: 12_500,
      of: 50_000,
      startedAt,
      at: new Date('2026-12-07T09:00:25Z'),
    });
    expect(progress).toEqual({ done: 12_500, of: 50_000, ratePerSecond: 500, etaSeconds: 75 });
    expect(describeProgress(progress)).toBe('12,500 of 50,000 (25%), 500 msg/s, about 1 min left');
  });

  it('says hours and minutes for a long way to go', () => {
    const progress = catchUpProgress({
      done: 600,
      of: 50_000,
      startedAt,
      at: new Date('2026-12-07T09:01:00Z'),
    });
    expect(describeProgress(progress)).toBe('600 of 50,000 (1%), 10 msg/s, about 1 h 22 min left');
  });

  it('gives no rate before anything is done', () => {
    const progress = catchUpProgress({ done: 0, of: 50_000, startedAt, at: startedAt });
    expect(progress.ratePerSecond).toBeNull();
    expect(describeProgress(progress)).toBe('0 of 50,000 (0%)');
  });
});
