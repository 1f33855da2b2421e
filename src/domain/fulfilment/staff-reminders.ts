/**
 * Which open tickets the triage channel is reminded of today (issue 15, item 4): those falling due
 * within the organisation's reminder horizon, counted in its business days, once per due date (an
 * extension moves the date and re-arms it), and those overdue, once per day at most. A late answer
 * breaks GDPR Art. 12(3) however good it is, so the reminder comes while there is still time.
 */
import { addWorkingDays, type WorkingDayCalendar } from '../deadlines/working-days.js';
import type { IsoDate } from '../deadlines/iso-date.js';

export type ReminderKind = 'due_soon' | 'overdue';

export interface DueTicket {
  readonly id: number;
  readonly reference: string;
  /** The last day on time, in the organisation's calendar. */
  readonly dueDate: IsoDate;
  readonly status: string;
}

export interface StaffReminder {
  readonly ticketId: number;
  readonly reference: string;
  readonly dueDate: IsoDate;
  readonly status: string;
  readonly kind: ReminderKind;
  /** What makes it once-only: the due date for `due_soon`, today for `overdue`. */
  readonly key: IsoDate;
}

/** The last due date that counts as "due soon" today: `businessDays` working days ahead. */
export function dueSoonHorizon(today: IsoDate, businessDays: number, calendar: WorkingDayCalendar): IsoDate {
  return addWorkingDays(today, businessDays, calendar);
}

/** The reminders owed today for tickets due by the horizon; `alreadySent` holds `kind:ticketId:key`. */
export function remindersDue(
  tickets: readonly DueTicket[],
  today: IsoDate,
  alreadySent: ReadonlySet<string>,
): StaffReminder[] {
  return tickets
    .map((t): StaffReminder => {
      const kind: ReminderKind = t.dueDate < today ? 'overdue' : 'due_soon';
      const key = kind === 'overdue' ? today : t.dueDate;
      return { ticketId: t.id, reference: t.reference, dueDate: t.dueDate, status: t.status, kind, key };
    })
    .filter((r) => !alreadySent.has(reminderKey(r)));
}

export const reminderKey = (r: {
  readonly kind: string;
  readonly ticketId: number;
  readonly key: string;
}): string => `${r.kind}:${r.ticketId}:${r.key}`;

/** One channel message: references only, no requester (it is a channel). */
export function reminderLines(reminders: readonly StaffReminder[]): string[] {
  const overdue = reminders.filter((r) => r.kind === 'overdue');
  const soon = reminders.filter((r) => r.kind === 'due_soon');
  const list = (rs: readonly StaffReminder[]) =>
    rs.map((r) => `${r.reference} (due ${r.dueDate})`).join(', ');
  return [
    ...(overdue.length > 0 ? [`Overdue: ${list(overdue)}`] : []),
    ...(soon.length > 0 ? [`Due soon: ${list(soon)}`] : []),
  ];
}

/**
 * One reminder as a chat message, posted on the ticket's channel message or in the triage channel:
 * reference, due date and status only, redacted as channel messages are (no requester).
 */
export function reminderText(r: StaffReminder): string {
  const when = r.kind === 'overdue' ? `was due ${r.dueDate}` : `is due ${r.dueDate}`;
  return `${r.kind === 'overdue' ? 'Overdue' : 'Due soon'}: ${r.reference} ${when} (status ${r.status})`;
}

/** How `tickets list` marks an open ticket: past its due date, or due by the reminder horizon. */
export function deadlineMark(dueDate: IsoDate | null, today: IsoDate, horizon: IsoDate): ReminderKind | null {
  if (dueDate === null) return null;
  if (dueDate < today) return 'overdue';
  return dueDate <= horizon ? 'due_soon' : null;
}
