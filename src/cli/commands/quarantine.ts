/**
 * `rightsdesk quarantine list|retry`: shows the messages intake could not parse or route, and runs
 * them through intake again. Nothing in the quarantine is ever dropped; a resolved entry stays listed
 * with `--all`.
 */
import { createQuarantineStore } from '../../adapters/db/quarantine-store.js';
import { retryQuarantined } from '../../app/intake/quarantine.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';

export const quarantineCommand: CliCommand = {
  name: 'quarantine',
  usage: 'rightsdesk quarantine list [--all] | retry ID...|--all',
  summary: 'list or retry messages that could not be parsed or routed',
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action !== 'list' && action !== 'retry') throw new UsageError('expected "list" or "retry"');
    const all = rest.includes('--all');
    const ids = rest
      .filter((a) => a !== '--all')
      .map((a) => {
        if (!/^\d+$/.test(a)) throw new UsageError(`"${a}" is not a quarantine id`);
        return Number(a);
      });
    if (action === 'retry' && ids.length === 0 && !all)
      throw new UsageError('give the ids to retry, or --all');
    const app = await compose(io.env);
    try {
      const store = createQuarantineStore(app.database.db);
      if (action === 'list') {
        const entries = await store.list({ includeResolved: all });
        if (entries.length === 0) io.stdout.write('the quarantine is empty\n');
        for (const e of entries) {
          const where = e.sourceName ?? (e.uid !== null ? `uid ${e.uid}` : '');
          io.stdout.write(
            `#${e.id}  ${e.createdAt.toISOString()}  ${e.source} ${where}  ${e.size} bytes  ${e.error}\n`,
          );
        }
        return 0;
      }
      const targets = all ? (await store.list({ includeResolved: false })).map((e) => e.id) : ids;
      const results = await retryQuarantined(targets, store, app.routeByRecipient, app.intake);
      for (const r of results) {
        io.stdout.write(
          `#${r.id}: ${r.outcome.kind === 'not_found' ? 'not in the quarantine (or already resolved)' : describeOutcome(r.outcome)}\n`,
        );
      }
      return results.some((r) => r.outcome.kind === 'quarantined' || r.outcome.kind === 'not_found') ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
