/**
 * `rightsdesk remind`: one reminders pass now (issue 15, item 4): each organisation's tickets due
 * within its `reminders.dueSoonBusinessDays` (once per due date) and overdue (once a day), printed
 * here by reference. Safe to run from cron as often as wanted: a reminder is given once.
 */
import { createStaffReminderStore } from '../../adapters/db/staff-reminder-store.js';
import { type ReminderPublisher, remindStaff } from '../../app/fulfilment/remind-staff.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';

export const remindCommand: CliCommand = {
  name: 'remind',
  usage: 'rightsdesk remind',
  summary: 'remind staff of tickets due soon (once) and overdue (once a day)',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    try {
      const printed: ReminderPublisher = {
        postReminders: async (organisationId, lines) => {
          for (const line of lines) io.stdout.write(`${organisationId}: ${line}\n`);
          return true;
        },
      };
      const organisations = app.organisations.map(({ organisation: o }) => ({
        id: o.id,
        zone: o.timezone,
        holidays: o.holidays ?? null,
        dueSoonBusinessDays: o.reminders.dueSoonBusinessDays,
      }));
      const reports = await remindStaff(
        {
          store: createStaffReminderStore(app.database.db),
          publishers: [printed],
          now: () => new Date(),
          onPublishError: (error) => app.log.warn({ err: error }, 'reminder not posted'),
        },
        organisations,
      );
      if (reports.length === 0) io.stdout.write('no reminders due\n');
      return 0;
    } finally {
      await app.close();
    }
  },
};
