/**
 * The staff reminders pass (issue 15, item 4) wired to the database and to the chats that are
 * configured: `rightsdesk remind` runs it once, `run` on REMIND_SCHEDULE under the timers' lease.
 */
import { createStaffReminderStore } from './adapters/db/staff-reminder-store.js';
import type { Logger } from './adapters/log/logger.js';
import type { Db } from './adapters/db/database.js';
import { type ReminderPublisher, type ReminderReport, remindStaff } from './app/fulfilment/remind-staff.js';
import type { LoadedOrganisation } from './config/organisations.js';

export interface StaffReminders {
  /** One pass now: posts to the chats, and to `alsoTo` (the CLI prints); what was reminded, by organisation. */
  runNow(alsoTo?: readonly ReminderPublisher[]): Promise<ReminderReport[]>;
}

export function composeStaffReminders(deps: {
  readonly db: Db;
  readonly organisations: readonly LoadedOrganisation[];
  readonly chats: readonly ReminderPublisher[];
  readonly log: Logger;
}): StaffReminders {
  const store = createStaffReminderStore(deps.db);
  const organisations = deps.organisations.map(({ organisation: o }) => ({
    id: o.id,
    zone: o.timezone,
    holidays: o.holidays ?? null,
    dueSoonBusinessDays: o.reminders.dueSoonBusinessDays,
  }));
  return {
    runNow: (alsoTo = []) =>
      remindStaff(
        {
          store,
          publishers: [...deps.chats, ...alsoTo],
          now: () => new Date(),
          onPublishError: (error) => deps.log.warn({ err: error }, 'reminder not posted'),
        },
        organisations,
      ),
  };
}
