/**
 * `rightsdesk classify --format jsonl FILE...`: classifies raw .eml files and prints one JSON object per
 * file, in order (issue 4, item 3 contract). A file that cannot be read or parsed gets an `error` line
 * and the command goes on with the next one.
 * `rightsdesk classify --corrections [--org ORG] [--since YYYY-MM-DD]`: the tickets staff reclassified,
 * one labelled example per line, for training and evaluating the classifier (issue 12, item 4).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type CliCommand, type CliIo, UsageError } from '../command.js';

const USAGE =
  'rightsdesk classify --format jsonl FILE... | classify --corrections [--org ORG] [--since YYYY-MM-DD]';

const ArgsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('files'),
    format: z.literal('jsonl', { error: '--format must be jsonl' }),
    files: z.array(z.string()).min(1, { error: 'give at least one .eml file, or --corrections' }),
  }),
  z.object({
    mode: z.literal('corrections'),
    format: z.literal('jsonl', { error: '--format must be jsonl' }),
    files: z.array(z.string()).max(0, { error: '--corrections reads the database: give no file' }),
    org: z.string().min(1).nullable(),
    since: z.iso
      .date({ error: '--since must be a date, YYYY-MM-DD' })
      .transform((day) => new Date(`${day}T00:00:00Z`))
      .nullable(),
  }),
]);
type Args = z.infer<typeof ArgsSchema>;

function parseCommandLine(args: readonly string[]): Args {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'jsonl' },
        corrections: { type: 'boolean', default: false },
        org: { type: 'string' },
        since: { type: 'string' },
      },
    });
    if (!values.corrections && (values.org !== undefined || values.since !== undefined))
      throw new UsageError('--org and --since go with --corrections');
    const parsed = ArgsSchema.safeParse({
      mode: values.corrections ? 'corrections' : 'files',
      format: values.format,
      files: positionals,
      org: values.org ?? null,
      since: values.since ?? null,
    });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
    return parsed.data;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function classifyFiles(files: readonly string[], io: CliIo): Promise<number> {
  // Loaded here, not at the top: the language tables and the model that other commands don't need.
  const [{ parseEmail }, { classifyEmail, createClassifier }, { loadLanguageDetector }, { loadNgramModel }] =
    await Promise.all([
      import('../../adapters/mime/parse-email.js'),
      import('../../domain/classify/classify-email.js'),
      import('../../adapters/classifier-model/load-language-detector.js'),
      import('../../adapters/classifier-model/load-ngram-model.js'),
    ]);
  const classifier = createClassifier(loadLanguageDetector(), undefined, loadNgramModel());
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const result = classifyEmail(classifier, await parseEmail(await readFile(file)));
      line = {
        file,
        types: result.types,
        language: result.language,
        confidence: result.confidence,
        auto: result.auto,
        reasons: result.reasons,
      };
    } catch (error) {
      line = { file, error: error instanceof Error ? error.message : String(error) };
    }
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

async function exportCorrections(
  query: { readonly org: string | null; readonly since: Date | null },
  io: CliIo,
): Promise<number> {
  const [{ compose }, { labelledCorrection }] = await Promise.all([
    import('../../composition-root.js'),
    import('../../domain/classify/staff-correction.js'),
  ]);
  const app = await compose(io.env);
  try {
    if (query.org !== null && !app.organisations.some((o) => o.organisation.id === query.org))
      throw new UsageError(`unknown organisation "${query.org}"`);
    const facts = await app.tickets.store.staffCorrections({ organisationId: query.org, since: query.since });
    for (const fact of facts) io.stdout.write(`${JSON.stringify(labelledCorrection(fact))}\n`);
    io.stderr.write(`${facts.length} staff correction${facts.length === 1 ? '' : 's'} exported\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args);
  return parsed.mode === 'files' ? classifyFiles(parsed.files, io) : exportCorrections(parsed, io);
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  usage: USAGE,
  summary:
    'classify .eml files (one JSON line each), or export staff reclassifications as labelled data (no addresses)',
  run,
};
