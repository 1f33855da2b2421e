import { describe, expect, it } from 'vitest';
import { brokenPromise, promisedDate } from './promised-dates.js';
import type { ClockEvent } from './ticket-deadline.js';

const queued = (template: string, promised?: string): ClockEvent => ({
  type: 'email.queued',
  at: '2026-05-04T10:00:00Z',
  payload: { template, ...(promised ? { promisedDate: promised } : {}) },
});

describe('the answer date the requester holds', () => {
  it('is the one the latest letter naming a date named, not a letter that names none', () => {
    const events = [
      queued('acknowledgement', '2026-06-04'),
      queued('extension_notice', '2026-08-04'),
      queued('staff_message'),
    ];
    expect(promisedDate(events)).toEqual({ date: '2026-08-04', letter: 'extension_notice' });
    expect(promisedDate([queued('verification_request')])).toBeNull();
  });

  it('is broken by a due date on another day, or on none, and kept by the same day', () => {
    const events = [queued('extension_notice', '2026-08-04')];
    expect(brokenPromise(events, '2026-08-04')).toBeNull();
    expect(brokenPromise(events, '2026-05-19')).toEqual({ date: '2026-08-04', letter: 'extension_notice' });
    expect(brokenPromise(events, null)).toEqual({ date: '2026-08-04', letter: 'extension_notice' });
    expect(brokenPromise([queued('acknowledgement')], '2026-05-19')).toBeNull();
  });
});
