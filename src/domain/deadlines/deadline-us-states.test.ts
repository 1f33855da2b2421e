// The clocks of the US state laws added after the first six (Montana onwards): the answer, its extension,
// the appeal, and the day each law took effect (a request received before it is not under it).
import { describe, expect, it } from 'vitest';
import { type DeadlineInput, deadlineFor } from './deadline.js';
import type { JurisdictionId } from './jurisdiction-rule.js';
import { strictestJurisdiction } from './strictest.js';

function due(input: DeadlineInput) {
  const result = deadlineFor(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.deadline;
}

describe('the answer and its extension', () => {
  it.each([
    // Mont. Code Ann. §30-14-2808(4)(a): 45 days after receipt, +45 once.
    ['us-mt', '2026-03-17', '2026-05-01'],
    // Del. Code tit. 6, §12D-104(c)(1): 45 days after receipt, +45 once.
    ['us-de', '2026-03-17', '2026-05-01'],
    // Neb. Rev. Stat. §87-1108(2): 45 days after receipt, +45 once.
    ['us-ne', '2026-03-17', '2026-05-01'],
    // Iowa Code §715D.3(2)(a): 90 days of receipt, +45 once.
    ['us-ia', '2026-05-01', '2026-06-15'],
  ] as const)('%s: due %s, %s when extended, no acknowledgement', (jurisdiction, first, extended) => {
    const deadline = due({ jurisdiction, receivedAt: '2026-01-31T10:00:00Z', extended: true });
    expect([deadline.due, deadline.extendedDue, deadline.acknowledgeBy]).toEqual([first, extended, null]);
  });

  it.each([
    ['us-mt', '2026-02-04'],
    ['us-ia', '2025-12-21'],
    ['us-de', '2026-02-04'],
    ['us-ne', '2026-02-04'],
  ] as const)(
    '%s: a request received %s is due on Saturday 21 March 2026, not moved',
    (jurisdiction, day) => {
      // The statutes count calendar days and move nothing off a weekend.
      expect(due({ jurisdiction, receivedAt: `${day}T10:00:00Z` }).due).toBe('2026-03-21');
    },
  );

  it.each(['us-mt', 'us-ia', 'us-de', 'us-ne'] as const)(
    '%s: the clock does not stop while identity is checked',
    (jurisdiction) => {
      const deadline = due({
        jurisdiction,
        receivedAt: '2026-01-31T10:00:00Z',
        pauses: [{ from: '2026-02-02', to: '2026-02-10', reason: 'identity' }],
      });
      expect(deadline.pausedDays).toBe(0);
      expect(deadline.ignoredPauses.map((p) => p.why)).toEqual(['not_allowed']);
    },
  );
});

describe('the appeal', () => {
  it.each([
    // Mont. Code Ann. §30-14-2808 (appeals): answered within 60 days of its receipt, no extension.
    ['us-mt', '2026-06-30', null],
    // Del. Code tit. 6, §12D-104(d): answered within 60 days of its receipt, no extension.
    ['us-de', '2026-06-30', null],
    // Neb. Rev. Stat. §87-1109(3): answered no later than the sixtieth day after its receipt, no extension.
    ['us-ne', '2026-06-30', null],
    // Iowa Code §715D.3(3): answered within 60 days of its receipt, no extension.
    ['us-ia', '2026-06-30', null],
  ] as const)('%s: an appeal received 1 May 2026 is due %s', (jurisdiction, expected, extended) => {
    const deadline = due({
      jurisdiction,
      stage: 'appeal',
      receivedAt: '2026-05-01T10:00:00Z',
      extended: true,
    });
    expect([deadline.due, deadline.extendedDue]).toEqual([expected, extended]);
  });
});

describe('the day a law takes effect', () => {
  it.each([
    // The MCDPA took effect on 1 October 2024.
    ['us-mt', '2024-10-01'],
    // The DPDPA took effect on 1 January 2025.
    ['us-de', '2025-01-01'],
    // The Nebraska Data Privacy Act applies from 1 January 2025.
    ['us-ne', '2025-01-01'],
    // The ICDPA took effect on 1 January 2025.
    ['us-ia', '2025-01-01'],
  ] as const)('%s: applies from %s, not to a request received the day before', (jurisdiction, from) => {
    expect(deadlineFor({ jurisdiction, receivedAt: `${from}T00:30:00Z` }).ok).toBe(true);
    expect(deadlineFor({ jurisdiction, receivedAt: `${from}T00:30:00+01:00` })).toEqual({
      ok: false,
      error: {
        code: 'law_not_in_force',
        jurisdiction,
        receivedOn: expect.any(String) as string,
        inForceFrom: from,
      },
    });
  });

  it('reads the day of receipt in the organisation’s time zone', () => {
    // 1 October 2024 05:30 UTC is still 30 September in Denver.
    const result = deadlineFor({
      jurisdiction: 'us-mt',
      receivedAt: '2024-10-01T05:30:00Z',
      zone: 'America/Denver',
    });
    expect(result).toMatchObject({ ok: false, error: { receivedOn: '2024-09-30' } });
  });

  it('leaves a declared law not yet in force out of the strictest choice', () => {
    const declared: JurisdictionId[] = ['us-mt', 'eu-gdpr'];
    const before = strictestJurisdiction({ declared, right: 'access', receivedAt: '2024-09-20T10:00:00Z' });
    expect(before).toMatchObject({ ok: true, jurisdiction: 'eu-gdpr' });
    const only = strictestJurisdiction({
      declared: ['us-mt'],
      right: 'access',
      receivedAt: '2024-09-20T10:00:00Z',
    });
    expect(only).toEqual({ ok: false, error: { code: 'no_jurisdiction', right: 'access' } });
  });
});
