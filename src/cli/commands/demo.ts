/**
 * `rightsdesk demo` (`npm run demo`): the whole flow on the embedded default, with nothing to set up.
 * A fresh SQLite file, the three seed organisations, and the sample inbox in examples/inbox ingested
 * through the real pipeline, with one line per email saying what happened to it.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listEmlFiles, readEml } from '../../adapters/folder/read-folder.js';
import { ingestFiles, summarise } from '../../app/intake/ingest-files.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sampleInbox = join(root, 'examples/inbox');

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'rightsdesk demo',
  summary: 'run the flow on a fresh SQLite database with the seed organisations and the sample inbox',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const stateDir = io.env.RIGHTSDESK_STATE_DIR ?? 'var';
    const databaseFile = join(stateDir, 'demo.db');
    for (const suffix of ['', '-journal', '-wal', '-shm'])
      rmSync(`${databaseFile}${suffix}`, { force: true });
    const app = await compose({
      ...io.env,
      DATABASE_URL: `file:${databaseFile}`,
      RIGHTSDESK_ORGANISATIONS_DIR: io.env.RIGHTSDESK_ORGANISATIONS_DIR ?? join(root, 'organisations'),
    });
    try {
      io.stdout.write(
        `Rightsdesk demo: database ${databaseFile} (SQLite), organisations: ${app.organisations.map((o) => o.organisation.name).join(', ')}\n`,
      );
      const files = listEmlFiles([sampleInbox]);
      io.stdout.write(
        `Ingesting ${files.length} emails from examples/inbox through the intake pipeline…\n\n`,
      );
      const results = await ingestFiles(
        {
          files,
          read: readEml,
          route: app.routeByRecipient,
          batchSize: app.env.INTAKE_BATCH_SIZE,
          onBatch: (done, total) => {
            if (total > app.env.INTAKE_BATCH_SIZE) io.stderr.write(`  ${done}/${total}\n`);
          },
        },
        app.intake,
      );
      for (const { file, outcome } of results)
        io.stdout.write(`  ${file.slice(sampleInbox.length + 1).padEnd(34)} ${describeOutcome(outcome)}\n`);
      const s = summarise(results.map((r) => r.outcome));
      io.stdout.write(
        `\n${s.tickets} new tickets, ${s.replies} replies threaded, ${s.automatic} automatic (never answered), ` +
          `${s.duplicates} duplicates recorded, ${s.quarantined} quarantined.\n` +
          `Next: npm run -s rightsdesk -- status   |   npm run -s rightsdesk -- quarantine list\n` +
          `(set DATABASE_URL=file:${databaseFile} to look at the demo database)\n`,
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
