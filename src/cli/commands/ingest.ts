/**
 * `rightsdesk ingest PATH...`: ingests .eml files (or folders of them) through the real intake
 * pipeline into the configured database and prints what happened to each and a summary.
 */
import { z } from 'zod';
import { listEmlFiles } from '../../adapters/folder/read-folder.js';
import { type FileOutcome, summarise } from '../../app/intake/ingest-files.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';
import { ingestFilesWithProgress } from '../ingest-files-with-progress.js';

const Args = z.object({
  paths: z.array(z.string().min(1)).min(1, 'give at least one .eml file or folder'),
  quiet: z.boolean(),
  json: z.boolean(),
});

export const ingestCommand: CliCommand = {
  name: 'ingest',
  usage: 'rightsdesk ingest [--quiet] [--json] PATH...',
  summary: 'ingest .eml files or folders through the intake pipeline',
  async run(argv, io) {
    const parsed = Args.safeParse({
      paths: argv.filter((a) => !a.startsWith('--')),
      quiet: argv.includes('--quiet'),
      json: argv.includes('--json'),
    });
    const unknown = argv.filter((a) => a.startsWith('--') && !['--quiet', '--json'].includes(a));
    if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}`);
    if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'bad arguments');
    let files: string[];
    try {
      files = listEmlFiles(parsed.data.paths);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const app = await compose(io.env);
    try {
      const results = await ingestFilesWithProgress(app, files, parsed.data.json ? null : io.stderr);
      printResults(results, parsed.data, io.stdout);
      return 0;
    } finally {
      await app.close();
    }
  },
};

function printResults(
  results: readonly FileOutcome[],
  options: { quiet: boolean; json: boolean },
  out: NodeJS.WritableStream,
): void {
  const summary = summarise(results.map((r) => r.outcome));
  if (options.json) {
    out.write(`${JSON.stringify({ summary, files: results })}\n`);
    return;
  }
  if (!options.quiet) for (const r of results) out.write(`${r.file}: ${describeOutcome(r.outcome)}\n`);
  out.write(
    `summary: ${results.length} files: ${summary.tickets} new tickets, ${summary.replies} replies, ${summary.automatic} automatic, ` +
      `${summary.duplicates} duplicates, ${summary.quarantined} quarantined, ${summary.skipped} already ingested\n`,
  );
}
