/**
 * `rightsdesk purge`: applies every organisation's purge rules now (retention, GDPR Art. 5(1)(e)).
 * Idempotent: a second run removes nothing and records nothing; each removal leaves a `data.purged` event.
 */
import { purgeByRetention } from '../../app/tickets/purge-retention.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';

export const purgeCommand: CliCommand = {
  name: 'purge',
  usage: 'rightsdesk purge',
  summary:
    "remove ticket mail data and attached exports that the organisations' retention rules no longer allow to keep",
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const app = await compose(io.env);
    try {
      const reports = await purgeByRetention(app.tickets.purge, app.tickets.allTerms, new Date());
      for (const r of reports) {
        const { rawMessages, bodies, attachments } = r.counts;
        io.stdout.write(
          `${r.organisationId} ${r.rule}: ${r.tickets} ticket(s); ${rawMessages} raw message(s), ${bodies} bod(ies), ${attachments} attachment(s) removed\n`,
        );
      }
      if (reports.length === 0) io.stdout.write('no purge rules configured\n');
      // Issue 15: attached exports past their organisation's delivery.keepDays.
      let failed = 0;
      for (const r of await app.exports.purge(new Date())) {
        const failures = r.failed > 0 ? `, ${r.failed} failed (kept for the next run)` : '';
        io.stdout.write(
          `${r.organisationId} exports (kept ${r.keepDays} days): ${r.exports} removed${failures}\n`,
        );
        failed += r.failed;
      }
      return failed > 0 ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
