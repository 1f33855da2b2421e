/**
 * `rightsdesk status`: the health of intake at a glance: each mailbox's last successful pass, its
 * consecutive failures and last error, how far a long catch-up has come, the open quarantine, the
 * outbox (capped or failed emails need a person) and chat messages left behind by a failed edit.
 * Exits 1 when a mailbox is failing.
 */
import { reminderHorizon } from '../../app/fulfilment/remind-staff.js';
import { compose } from '../../composition-root.js';
import { catchUpProgress, describeProgress } from '../../domain/intake/catch-up-progress.js';
import { OPEN_STATUSES } from '../../domain/tickets/vocabulary.js';
import { type CliCommand, UsageError } from '../command.js';

/** A mailbox that failed this many passes in a row is reported as failing. */
const FAILING_AFTER = 3;

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'rightsdesk status',
  summary: 'show mailbox health, ticket counts and the quarantine',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    try {
      const db = app.database.db;
      const mailboxes = await db.mailbox.findMany({ orderBy: { id: 'asc' } });
      let failing = 0;
      for (const m of mailboxes) {
        const bad = m.consecutiveFailures >= FAILING_AFTER;
        if (bad) failing++;
        const last = m.lastSyncAt ? m.lastSyncAt.toISOString() : 'never';
        const health = bad
          ? `FAILING (${m.consecutiveFailures} in a row: ${m.lastError})`
          : m.lastError
            ? `last error: ${m.lastError}`
            : 'ok';
        io.stdout.write(
          `${m.id.padEnd(24)} ${m.source.padEnd(6)} last pass ${last}  last UID ${m.lastUid}  ${health}\n`,
        );
        // Issue 17: a long catch-up (a first start on a full mailbox) in progress in a `run` process.
        if (m.catchUpOf !== null && m.catchUpDone !== null && m.catchUpStartedAt && m.catchUpAt) {
          const progress = catchUpProgress({
            done: m.catchUpDone,
            of: m.catchUpOf,
            startedAt: m.catchUpStartedAt,
            at: m.catchUpAt,
          });
          io.stdout.write(
            `${''.padEnd(24)} catching up: ${describeProgress(progress)} (as of ${m.catchUpAt.toISOString()})\n`,
          );
        }
      }
      const tickets = await db.ticket.groupBy({
        by: ['organisationId', 'status'],
        _count: { _all: true },
        orderBy: { organisationId: 'asc' },
      });
      for (const t of tickets) io.stdout.write(`tickets ${t.organisationId} ${t.status}: ${t._count._all}\n`);
      // Issue 15: what the reminders pass would name, counted on the same horizon.
      const now = new Date();
      for (const { organisation: o } of app.organisations) {
        const { horizonEnd } = reminderHorizon(
          { id: o.id, zone: o.timezone, holidays: o.holidays ?? null, ...o.reminders },
          now,
        );
        const open = { organisationId: o.id, status: { in: [...OPEN_STATUSES] } };
        const [overdue, dueSoon] = await Promise.all([
          db.ticket.count({ where: { ...open, dueAt: { lt: now } } }),
          db.ticket.count({ where: { ...open, dueAt: { gte: now, lte: horizonEnd } } }),
        ]);
        io.stdout.write(
          `deadlines ${o.id}: ${overdue} overdue, ${dueSoon} due within ${o.reminders.dueSoonBusinessDays} business days\n`,
        );
      }
      const quarantined = await db.quarantinedMessage.count({ where: { resolvedAt: null } });
      io.stdout.write(
        `quarantine: ${quarantined} message(s) waiting${quarantined ? ' (rightsdesk quarantine list)' : ''}\n`,
      );
      const outbox = await db.outboundEmail.groupBy({ by: ['status'], _count: { _all: true } });
      const byStatus = new Map(outbox.map((o) => [o.status, o._count._all]));
      const held = (byStatus.get('capped') ?? 0) + (byStatus.get('failed') ?? 0);
      io.stdout.write(
        `outbox: ${byStatus.get('queued') ?? 0} queued, ${byStatus.get('sent') ?? 0} sent, ` +
          `${byStatus.get('capped') ?? 0} capped, ${byStatus.get('failed') ?? 0} failed` +
          `${held ? ' (the tickets show which: rightsdesk console "show RD-…")' : ''}\n`,
      );
      // Channel messages showing an older version of their ticket: an edit failed and waits for the resync.
      const behind = await db.$queryRaw<{ transport: string; behind: bigint | number }[]>`
        SELECT c."transport" AS "transport", COUNT(*) AS "behind"
        FROM "ChatTicketMessage" c JOIN "Ticket" t ON t."reference" = c."reference"
        WHERE c."version" < t."version" GROUP BY c."transport" ORDER BY c."transport"`;
      for (const b of behind)
        io.stdout.write(
          `chat ${b.transport}: ${Number(b.behind)} channel message(s) behind their ticket (rightsdesk run edits them within 10 minutes)\n`,
        );
      return failing > 0 ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
