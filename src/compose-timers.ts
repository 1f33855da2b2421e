/**
 * The timers `rightsdesk run` keeps: the weekly digest (DIGEST_SCHEDULE), the chat resync (at start and
 * every 10 minutes), the retention purge (PURGE_SCHEDULE, daily by default) and the staff reminders
 * (REMIND_SCHEDULE, daily by default). They run in one process
 * at a time, the one holding the timers' lease (see adapters/schedule/lead-timers.ts).
 */
import { Cron } from 'croner';
import { createTimerLeases } from './adapters/db/leases.js';
import { leadTimers, type RunningTimers, type TimerLeadership } from './adapters/schedule/lead-timers.js';
import { purgeByRetention } from './app/tickets/purge-retention.js';
import type { App } from './composition-root.js';

/**
 * How far back, and how often, the chats' channel messages are compared with the tickets: a post or an
 * edit that failed (the chat was down) or was lost (the process stopped first) is made again.
 */
const RESYNC_WINDOW_MS = 7 * 24 * 3_600_000;
const RESYNC_EVERY_MS = 10 * 60_000;

function startTimers(app: App): RunningTimers {
  const { log } = app;
  const resync = async () => {
    const behind = await app.tickets.resyncChats(new Date(Date.now() - RESYNC_WINDOW_MS));
    if (behind > 0) log.info({ tickets: behind }, 'posting or editing channel messages that were behind');
    const replies = await app.requesterReplies.resync();
    if (replies > 0) log.info({ replies }, "posted requesters' replies that were behind");
  };
  const resyncSafely = () =>
    resync().catch((error: unknown) => log.error({ err: error }, 'chat resync failed'));
  const resyncing = resyncSafely();
  const resyncTimer = setInterval(() => void resyncSafely(), RESYNC_EVERY_MS);
  const digests = app.digests.start();
  if (digests) log.info({ next: Object.fromEntries(digests.nextRuns()) }, 'weekly digests scheduled');
  // Retention is counted in days, so the purge runs on UTC; `off` leaves it to `rightsdesk purge`.
  const purge =
    app.env.PURGE_SCHEDULE === 'off'
      ? null
      : new Cron(
          app.env.PURGE_SCHEDULE,
          {
            name: 'purge',
            timezone: 'UTC',
            protect: true,
            catch: (error) => log.error({ err: error }, 'retention purge failed'),
          },
          async () => {
            const reports = await purgeByRetention(app.tickets.purge, app.tickets.allTerms, new Date());
            const tickets = reports.reduce((sum, r) => sum + r.tickets, 0);
            const exportReports = await app.exports.purge(new Date());
            const exports = exportReports.reduce((sum, r) => sum + r.exports, 0);
            const exportsFailed = exportReports.reduce((sum, r) => sum + r.failed, 0);
            log.info({ rules: reports.length, tickets, exports, exportsFailed }, 'retention purge done');
          },
        );
  if (purge) log.info({ next: purge.nextRun() }, 'retention purge scheduled');
  const remind = scheduleReminders(app);
  if (remind) log.info({ next: remind.nextRun() }, 'staff reminders scheduled');
  return {
    async stop() {
      clearInterval(resyncTimer);
      digests?.stop();
      purge?.stop();
      remind?.stop();
      await resyncing;
    },
  };
}

/** The staff reminders pass on REMIND_SCHEDULE (UTC); null when `off`. */
function scheduleReminders(app: App): Cron | null {
  const { log } = app;
  if (app.env.REMIND_SCHEDULE === 'off') return null;
  return new Cron(
    app.env.REMIND_SCHEDULE,
    {
      name: 'remind',
      timezone: 'UTC',
      protect: true,
      catch: (error) => log.error({ err: error }, 'staff reminders failed'),
    },
    async () => {
      const reports = await app.reminders.runNow();
      const count = (pick: (r: (typeof reports)[number]) => number) =>
        reports.reduce((sum, r) => sum + pick(r), 0);
      log.info(
        { overdue: count((r) => r.overdue), dueSoon: count((r) => r.dueSoon) },
        'staff reminders done',
      );
      // The requester's side of the same pass: identity reminders, and requests closed unverified.
      const waits = await app.verificationWait.runNow();
      log.info(
        {
          reminded: waits.reduce((sum, r) => sum + r.reminded.length, 0),
          closed: waits.reduce((sum, r) => sum + r.closed.length, 0),
        },
        'verification reminders done',
      );
    },
  );
}

/** Starts the timers in this process whenever it holds the timers' lease; the others stand by. */
export function leadAppTimers(app: App): TimerLeadership {
  const leases = createTimerLeases(app.env.DATABASE_URL, app.database.provider);
  return leadTimers({
    acquire: () => leases.acquire('timers'),
    retryMs: app.env.INTAKE_POLL_SECONDS * 1000,
    start: () => startTimers(app),
    log: app.log,
  });
}
