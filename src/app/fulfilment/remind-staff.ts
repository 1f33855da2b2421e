/**
 * The reminders pass (issue 15, item 4): for each organisation, the open tickets falling due within
 * its horizon or overdue are claimed (so each reminder is given once, across processes) and posted
 * to its triage channel by each chat (on the ticket's channel message where there is one). Reads only the tickets due by the horizon,
 * through the (status, dueAt) index, so its cost follows the open work, not the archive.
 */
import { endOfLocalDay, type IsoDate, localDateOf } from '../../domain/deadlines/iso-date.js';
import {
  holidayCalendar,
  type HolidayRegion,
  isCalendarError,
  restDaysOnly,
} from '../../domain/deadlines/working-days.js';
import {
  type DueTicket,
  dueSoonHorizon,
  remindersDue,
  type StaffReminder,
} from '../../domain/fulfilment/staff-reminders.js';

export interface StaffReminderStore {
  /** Open tickets of the organisation due by `dueBy`, after the id `afterId`, by id. */
  dueBy(organisationId: string, dueBy: Date, afterId: number, limit: number): Promise<DueTicket[]>;
  /** `kind:ticketId:onDay` of the reminders already given to these tickets. */
  sent(ticketIds: readonly number[]): Promise<Set<string>>;
  /** Records the reminders; those another process recorded first are left out of the result. */
  claim(reminders: readonly StaffReminder[], at: Date): Promise<StaffReminder[]>;
}

export interface ReminderPublisher {
  /** Posts the organisation's reminders; false when this chat has no triage channel for it. */
  postReminders(organisationId: string, reminders: readonly StaffReminder[]): Promise<boolean>;
}

export interface ReminderOrganisation {
  readonly id: string;
  readonly zone: string;
  readonly holidays: HolidayRegion | null;
  readonly dueSoonBusinessDays: number;
}

export interface RemindStaffDeps {
  readonly store: StaffReminderStore;
  readonly publishers: readonly ReminderPublisher[];
  readonly now: () => Date;
  readonly pageSize?: number;
  /** A chat that failed to post: the reminder stays claimed (at most once a day, never twice). */
  readonly onPublishError: (error: unknown) => void;
}

export interface ReminderReport {
  readonly organisationId: string;
  readonly dueSoon: number;
  readonly overdue: number;
}

/** Today in the organisation's calendar, and the end of the last day that counts as due soon. */
export function reminderHorizon(
  org: ReminderOrganisation,
  now: Date,
): { today: IsoDate; horizon: IsoDate; horizonEnd: Date } {
  const today = localDateOf(now.toISOString(), org.zone);
  if (today === null) throw new Error(`organisation ${org.id}: time zone ${org.zone} unknown`);
  const found = org.holidays ? holidayCalendar(org.holidays) : restDaysOnly();
  // A region the holiday tables lack counts weekends only, as the deadlines do.
  const calendar = isCalendarError(found) ? restDaysOnly() : found;
  const horizon = dueSoonHorizon(today, org.dueSoonBusinessDays, calendar);
  return { today, horizon, horizonEnd: new Date(endOfLocalDay(horizon, org.zone)) };
}

export async function remindStaff(
  deps: RemindStaffDeps,
  organisations: readonly ReminderOrganisation[],
): Promise<ReminderReport[]> {
  const now = deps.now();
  const reports: ReminderReport[] = [];
  for (const org of organisations) {
    const { today, horizonEnd } = reminderHorizon(org, now);
    const claimed: StaffReminder[] = [];
    const pageSize = deps.pageSize ?? 1_000;
    for (let afterId = 0; ;) {
      const page = await deps.store.dueBy(org.id, horizonEnd, afterId, pageSize);
      const owed = remindersDue(page, today, await deps.store.sent(page.map((t) => t.id)));
      if (owed.length > 0) claimed.push(...(await deps.store.claim(owed, now)));
      if (page.length < pageSize) break;
      afterId = page.at(-1)?.id ?? afterId;
    }
    if (claimed.length === 0) continue;
    const posted = await Promise.allSettled(deps.publishers.map((p) => p.postReminders(org.id, claimed)));
    for (const p of posted) if (p.status === 'rejected') deps.onPublishError(p.reason);
    reports.push({
      organisationId: org.id,
      dueSoon: claimed.filter((r) => r.kind === 'due_soon').length,
      overdue: claimed.filter((r) => r.kind === 'overdue').length,
    });
  }
  return reports;
}
