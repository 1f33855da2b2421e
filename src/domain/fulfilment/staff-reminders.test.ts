import { describe, expect, it } from 'vitest';
import { restDaysOnly } from '../deadlines/working-days.js';
import { dueSoonHorizon, reminderKey, reminderLines, remindersDue } from './staff-reminders.js';

describe('staff reminders of due and overdue tickets', () => {
  it('looks the given number of business days ahead, skipping the weekend', () => {
    // Thursday 3 Dec 2026 + 5 working days = Thursday 10 Dec.
    expect(dueSoonHorizon('2026-12-03', 5, restDaysOnly())).toBe('2026-12-10');
  });

  it('reminds once per due date before it and once a day after it', () => {
    const tickets = [
      { id: 1, reference: 'RD-1001', dueDate: '2026-12-08' },
      { id: 2, reference: 'RD-1002', dueDate: '2026-12-01' },
    ];
    const first = remindersDue(tickets, '2026-12-03', new Set());
    expect(first.map((r) => [r.reference, r.kind, r.key])).toEqual([
      ['RD-1001', 'due_soon', '2026-12-08'],
      ['RD-1002', 'overdue', '2026-12-03'],
    ]);
    const sent = new Set(first.map(reminderKey));
    expect(remindersDue(tickets, '2026-12-03', sent)).toEqual([]);
    const nextDay = remindersDue(tickets, '2026-12-04', sent);
    expect(nextDay.map((r) => [r.reference, r.kind])).toEqual([['RD-1002', 'overdue']]);
    expect(reminderLines(first)).toEqual([
      'Overdue: RD-1002 (due 2026-12-01)',
      'Due soon: RD-1001 (due 2026-12-08)',
    ]);
  });
});
