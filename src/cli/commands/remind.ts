/**
 * `rightsdesk remind`: one reminders pass now (issue 15, item 4): each organisation's tickets due
 * within its `reminders.dueSoonBusinessDays` (once per due date) and overdue (once a day), printed
 * here by reference and posted to the triage channels of the chats configured; then requesters who
 * left an identity check unanswered are reminded once, and their requests closed unverified when the
 * wait ran out (each with a letter). Safe to run from cron
 * as often as wanted, beside `run` too: a reminder is recorded before it is given, so it is given once.
 */
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import { compose } from '../../composition-root.js';
import { reminderLines } from '../../domain/fulfilment/staff-reminders.js';
import { type CliCommand, UsageError } from '../command.js';

export const remindCommand: CliCommand = {
  name: 'remind',
  usage: 'rightsdesk remind',
  summary: 'remind staff of tickets due soon and overdue; remind, then close, unanswered identity checks',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    try {
      const printed: ReminderPublisher = {
        postReminders: async (organisationId, reminders) => {
          for (const line of reminderLines(reminders)) io.stdout.write(`${organisationId}: ${line}\n`);
          return true;
        },
      };
      const reports = await app.reminders.runNow([printed]);
      // The requester's side: identity checks unanswered (one reminder), and those closed unverified.
      const waits = await app.verificationWait.runNow();
      for (const w of waits) {
        if (w.reminded.length > 0)
          io.stdout.write(`${w.organisationId}: Identity reminder sent: ${w.reminded.join(', ')}\n`);
        if (w.closed.length > 0)
          io.stdout.write(`${w.organisationId}: Closed unverified: ${w.closed.join(', ')}\n`);
      }
      if (reports.length === 0 && waits.length === 0) io.stdout.write('no reminders due\n');
      return 0;
    } finally {
      await app.close();
    }
  },
};
