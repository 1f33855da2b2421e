/**
 * `rightsdesk run`: the long-running process. Watches every IMAP mailbox of the configured organisations,
 * sends the outbox, and serves Slack when configured, until SIGINT/SIGTERM; then stops cleanly (no pass is
 * cut off mid-transaction).
 */
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';

const MISSED_WINDOW_MS = 7 * 24 * 3_600_000;

export const runCommand: CliCommand = {
  name: 'run',
  usage: 'rightsdesk run',
  summary:
    'watch the IMAP mailboxes, send the outbox, serve Slack and post weekly digests when configured, until stopped',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    try {
      // Slack only when configured (SLACK_BOT_TOKEN); a bad token fails here, before intake starts.
      const slack = app.slack ? await app.slack.start() : null;
      // Tickets of the past week whose announcement was lost (stopped between commit and post) go out now.
      const missed = await app.tickets.announceMissed(new Date(Date.now() - MISSED_WINDOW_MS));
      if (missed > 0) app.log.info({ tickets: missed }, 'posting tickets whose announcement was lost');
      let intake: ReturnType<typeof app.startImapIntake>;
      try {
        intake = app.startImapIntake();
      } catch (error) {
        await app.slack?.stop();
        throw error;
      }
      // Requester emails queued by intake and by staff decisions go out from here, with retries.
      const sender = app.requesterMail.startSender();
      // The managers' weekly digest, for organisations with a digest channel (DIGEST_SCHEDULE).
      const digests = app.digests.start();
      if (digests) app.log.info({ next: Object.fromEntries(digests.nextRuns()) }, 'weekly digests scheduled');
      app.log.info({ mailboxes: [...intake.watches.keys()], slack }, 'rightsdesk is running');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      app.log.info('stopping');
      digests?.stop();
      await app.slack?.stop();
      await intake.stop();
      await sender.stop();
      return 0;
    } finally {
      await app.close();
    }
  },
};
