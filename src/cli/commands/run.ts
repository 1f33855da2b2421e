/**
 * `rightsdesk run`: the long-running process. Watches every IMAP mailbox of the configured organisations,
 * sends the outbox, serves Slack and Discord when configured, and keeps the timers (digest, chat resync,
 * purge) when it holds their lease, until SIGINT/SIGTERM; then stops cleanly
 * (no pass is cut off mid-transaction).
 */
import type { RunningDiscord } from '../../adapters/discord/discord-adapter.js';
import { compose } from '../../composition-root.js';
import { leadAppTimers } from '../../compose-timers.js';
import { startOperationsServer } from '../../adapters/metrics/operations-server.js';
import { type CliCommand, UsageError } from '../command.js';

export const runCommand: CliCommand = {
  name: 'run',
  usage: 'rightsdesk run',
  summary:
    'watch the IMAP mailboxes, send the outbox, serve Slack and Discord and post weekly digests when configured, until stopped',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    const stopChats = async () => {
      await app.slack?.stop();
      await app.discord?.stop();
    };
    try {
      // Each chat only when configured (SLACK_BOT_TOKEN, DISCORD_BOT_TOKEN); a bad token fails here, before
      // intake starts, and stops whatever chat had already started.
      const slack = app.slack ? await app.slack.start() : null;
      let discord: RunningDiscord | null;
      try {
        discord = app.discord ? await app.discord.start() : null;
      } catch (error) {
        await stopChats();
        throw error;
      }
      let intake: ReturnType<typeof app.startImapIntake>;
      try {
        intake = app.startImapIntake();
      } catch (error) {
        await stopChats();
        throw error;
      }
      // Requester emails queued by intake and by staff decisions go out from here, with retries.
      const sender = app.requesterMail.startSender();
      // /healthz, /readyz and /metrics when METRICS_PORT is set.
      const operations =
        app.env.METRICS_PORT === undefined || app.metrics === null
          ? null
          : await startOperationsServer({
              host: app.env.METRICS_HOST,
              port: app.env.METRICS_PORT,
              db: app.database.db,
              metrics: app.metrics,
            });
      // The weekly digest, the chat resync and the purge, in whichever process holds the timers' lease.
      const timers = leadAppTimers(app);
      app.log.info(
        { mailboxes: [...intake.watches.keys()], slack, discord, metricsPort: operations?.port ?? null },
        'rightsdesk is running',
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      app.log.info('stopping');
      await timers.stop();
      await intake.stop();
      // New tickets' posts and channel edits still queued go out while the chats can still send them.
      await app.tickets.announcementsIdle();
      await stopChats();
      await sender.stop();
      await operations?.close();
      return 0;
    } finally {
      await app.close();
    }
  },
};
