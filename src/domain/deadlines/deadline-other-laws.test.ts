import { describe, expect, it } from 'vitest';
import { type DeadlineInput, deadlineFor } from './deadline.js';

function due(input: DeadlineInput) {
  const result = deadlineFor(input);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.deadline;
}

describe('45-day laws (CCPA/CPRA, Virginia, Colorado, Connecticut, Texas, Oregon, Utah)', () => {
  it('CCPA: 45 days, 10 business days to confirm, +45 when extended', () => {
    const deadline = due({ jurisdiction: 'us-ca', receivedAt: '2026-01-31T10:00:00Z', extended: true });
    expect([deadline.due, deadline.acknowledgeBy, deadline.extendedDue]).toEqual([
      '2026-03-17',
      '2026-02-13',
      '2026-05-01',
    ]);
  });

  it('CCPA: the clock runs regardless of verification, so a pause is ignored and said so', () => {
    const deadline = due({
      jurisdiction: 'us-ca',
      receivedAt: '2026-01-31T10:00:00Z',
      pauses: [{ from: '2026-02-01', to: '2026-02-20' }],
    });
    expect(deadline.due).toBe('2026-03-17');
    expect(deadline.explanation).toContain('pause ignored: CCPA counts 45 days regardless of verification');
  });

  it('CCPA: the confirmation skips Thanksgiving and the day after (California holidays)', () => {
    expect(due({ jurisdiction: 'us-ca', receivedAt: '2026-11-20T18:00:00Z' }).acknowledgeBy).toBe(
      '2026-12-08',
    );
  });

  it.each([
    ['a 45th day on a Sunday stays on that Sunday', '2026-04-02T10:00:00Z', '2026-05-17'],
    ['through February in a common year', '2027-01-20T10:00:00Z', '2027-03-06'],
    ['through 29 February in leap year 2028', '2028-01-20T10:00:00Z', '2028-03-05'],
  ])('CCPA: %s', (_name, receivedAt, expected) => {
    expect(due({ jurisdiction: 'us-ca', receivedAt }).due).toBe(expected);
  });

  it('CCPA opt-out: 15 California business days, no extension, no confirmation', () => {
    const deadline = due({
      jurisdiction: 'us-ca-optout',
      receivedAt: '2026-11-20T18:00:00Z',
      extended: true,
    });
    expect([deadline.due, deadline.acknowledgeBy, deadline.extendedDue]).toEqual(['2026-12-15', null, null]);
    expect(deadline.explanation).toContain('no extension under 11 CCR §7026(f)');
  });

  it.each(['us-va', 'us-co', 'us-ct', 'us-tx', 'us-or', 'us-ut'] as const)(
    '%s: 45 days, extendable once by 45',
    (jurisdiction) => {
      const deadline = due({ jurisdiction, receivedAt: '2026-01-31T10:00:00Z', extended: true });
      expect([deadline.due, deadline.acknowledgeBy, deadline.extendedDue]).toEqual([
        '2026-03-17',
        null,
        '2026-05-01',
      ]);
    },
  );

  it.each([
    ['us-va', '2026-06-30', null],
    ['us-co', '2026-06-15', '2026-08-14'],
    ['us-ct', '2026-06-30', null],
    ['us-tx', '2026-06-30', null],
    // ORS 646A.576(6)(d): an appeal is decided within 45 days, with no extension.
    ['us-or', '2026-06-15', null],
  ] as const)('%s: an appeal is a ticket with its own deadline', (jurisdiction, expected, extended) => {
    const deadline = due({
      jurisdiction,
      stage: 'appeal',
      receivedAt: '2026-05-01T10:00:00Z',
      extended: true,
    });
    expect([deadline.due, deadline.extendedDue]).toEqual([expected, extended]);
    expect(deadline.explanation).toMatch(/^due .* appeal /);
  });

  it.each(['eu-gdpr', 'us-ut'] as const)(
    '%s: refuses an appeal stage, the law having none',
    (jurisdiction) => {
      // Utah Code §13-61-203(3): a refusal gives its reasons; the UCPA has no appeal.
      const result = deadlineFor({ jurisdiction, stage: 'appeal', receivedAt: '2026-05-01T10:00:00Z' });
      expect(result).toEqual({ ok: false, error: { code: 'no_appeal_stage', jurisdiction } });
    },
  );
});

describe('Brazil and Canada', () => {
  it.each([
    [
      'LGPD: 15 days; Good Friday and the weekend move 3 April to 6 April',
      'br-lgpd',
      '2026-03-19T13:00:00Z',
      'America/Sao_Paulo',
      '2026-04-06',
    ],
    [
      'LGPD: Tiradentes (21 April) moves the deadline to 22 April',
      'br-lgpd',
      '2026-04-06T13:00:00Z',
      'America/Sao_Paulo',
      '2026-04-22',
    ],
    [
      'PIPEDA: 30 days; Canada Day moves 1 July to 2 July',
      'ca-pipeda',
      '2026-06-01T15:00:00Z',
      'America/Toronto',
      '2026-07-02',
    ],
    [
      'PIPEDA: a Saturday is no holiday under the Interpretation Act',
      'ca-pipeda',
      '2026-09-03T15:00:00Z',
      'America/Toronto',
      '2026-10-03',
    ],
    [
      'PIPEDA: a Sunday is, so 4 October moves to 5 October',
      'ca-pipeda',
      '2026-09-04T15:00:00Z',
      'America/Toronto',
      '2026-10-05',
    ],
    [
      'Québec: 24 June (Fête nationale) moves the deadline to 25 June',
      'ca-qc',
      '2026-05-25T15:00:00Z',
      'America/Montreal',
      '2026-06-25',
    ],
    [
      'PIPEDA: 24 June is no federal holiday',
      'ca-pipeda',
      '2026-05-25T15:00:00Z',
      'America/Toronto',
      '2026-06-24',
    ],
  ])('%s', (_name, jurisdiction, receivedAt, zone, expected) => {
    expect(due({ jurisdiction: jurisdiction as 'br-lgpd', receivedAt, zone }).due).toBe(expected);
  });

  it('PIPEDA: extends by 30 days from the end of the first 30', () => {
    expect(
      due({ jurisdiction: 'ca-pipeda', receivedAt: '2026-06-01T15:00:00Z', extended: true }).extendedDue,
    ).toBe('2026-07-31');
  });

  it.each(['br-lgpd', 'ca-qc'] as const)('%s allows no extension', (jurisdiction) => {
    expect(due({ jurisdiction, receivedAt: '2026-06-01T15:00:00Z', extended: true }).extendedDue).toBeNull();
  });
});

describe('bad input is a value, not an exception', () => {
  it.each([
    [{ receivedAt: '2026-02-30T10:00:00Z' }, 'invalid_received_at'],
    [{ receivedAt: 'yesterday' }, 'invalid_received_at'],
    [{ zone: 'Mars/Olympus_Mons' }, 'unknown_time_zone'],
    [{ pauses: [{ from: '2026-03-22', to: '2026-03-20' }] }, 'invalid_pause'],
    [{ pauses: [{ from: '2026-03-32', to: '2026-04-01' }] }, 'invalid_pause'],
    [{ holidays: { country: 'XX' } }, 'unknown_holiday_region'],
    [{ holidays: { country: 'GB', region: 'ATLANTIS' } }, 'unknown_holiday_region'],
  ])('%j gives %s', (change, code) => {
    const result = deadlineFor({ jurisdiction: 'uk-gdpr', receivedAt: '2026-03-15T10:00:00Z', ...change });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});
