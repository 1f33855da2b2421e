import { describe, expect, it } from 'vitest';
import { acknowledgedAt } from './complaint-facts.js';

const d = (iso: string) => new Date(iso);

describe('when a UK complaint was acknowledged', () => {
  it('is its letter, from its release when the letter was held, or an earlier offline acknowledgement', () => {
    expect(acknowledgedAt(null, [])).toBeNull();
    // Queued by staff: the event and the letter share the moment.
    expect(
      acknowledgedAt(d('2026-07-02T10:00:00Z'), [{ at: d('2026-07-02T10:00:00Z'), offline: false }]),
    ).toEqual(d('2026-07-02T10:00:00Z'));
    // Held on 1 July, released on 5 August: acknowledged on release.
    expect(
      acknowledgedAt(d('2026-07-01T09:05:00Z'), [{ at: d('2026-08-05T12:00:00Z'), offline: false }]),
    ).toEqual(d('2026-08-05T12:00:00Z'));
    // By phone first, a letter later: the phone call acknowledged it.
    expect(
      acknowledgedAt(d('2026-07-20T09:00:00Z'), [{ at: d('2026-07-10T09:00:00Z'), offline: true }]),
    ).toEqual(d('2026-07-10T09:00:00Z'));
    // A failed letter's event alone acknowledges nothing; offline alone does.
    expect(acknowledgedAt(null, [{ at: d('2026-07-02T10:00:00Z'), offline: false }])).toBeNull();
    expect(acknowledgedAt(null, [{ at: d('2026-07-03T10:00:00Z'), offline: true }])).toEqual(
      d('2026-07-03T10:00:00Z'),
    );
  });
});
