import { describe, expect, it } from 'vitest';
import { restDaysOnly } from '../deadlines/working-days.js';
import {
  deadlineMark,
  dueSoonHorizon,
  reminderKey,
  reminderLines,
  remindersDue,
  reminderText,
} from './staff-reminders.js';

describe('staff reminders of due and overdue tickets', () => {
  it('looks the given number of business days ahead, skipping the weekend', () => {
    // Thursday 3 Dec 2026 + 5 working days = Thursday 10 Dec.
    expect(dueSoonHorizon('2026-12-03', 5, restDaysOnly())).toBe('2026-12-10');
  });

  it('reminds once per due date before it and once a day after it', () => {
    const tickets = [
      { id: 1, reference: 'RD-1001', dueDate: '2026-12-08', status: 'approved' },
      { id: 2, reference: 'RD-1002', dueDate: '2026-12-01', status: 'received' },
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
    expect(first.map(reminderText)).toEqual([
      'Due soon: RD-1001 is due 2026-12-08 (status approved)',
      'Overdue: RD-1002 was due 2026-12-01 (status received)',
    ]);
  });

  it('marks a ticket overdue after its due date and due soon up to the horizon, else not', () => {
    expect(deadlineMark('2026-12-02', '2026-12-03', '2026-12-10')).toBe('overdue');
    expect(deadlineMark('2026-12-03', '2026-12-03', '2026-12-10')).toBe('due_soon');
    expect(deadlineMark('2026-12-10', '2026-12-03', '2026-12-10')).toBe('due_soon');
    expect(deadlineMark('2026-12-11', '2026-12-03', '2026-12-10')).toBeNull();
    expect(deadlineMark(null, '2026-12-03', '2026-12-10')).toBeNull();
  });
});
