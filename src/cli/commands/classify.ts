/**
 * `rightsdesk classify --format jsonl FILE...`: classifies raw .eml files and prints one JSON object per
 * file, in order (issue 4, item 3 contract). A file that cannot be read or parsed gets an `error` line
 * and the command goes on with the next one.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type CliCommand, type CliIo, UsageError } from '../command.js';

const USAGE = 'rightsdesk classify --format jsonl FILE...';

const ArgsSchema = z.object({
  format: z.literal('jsonl', { error: '--format must be jsonl' }),
  files: z.array(z.string()).min(1, { error: 'give at least one .eml file' }),
});

function parseCommandLine(args: readonly string[]): z.infer<typeof ArgsSchema> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'jsonl' } },
    });
    const parsed = ArgsSchema.safeParse({ format: values.format, files: positionals });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
    return parsed.data;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { files } = parseCommandLine(args);
  // Loaded here, not at the top: the language model costs ~0.2 s and ~30 MB that other commands don't need.
  const [
    { parseEmail },
    { classifyEmail, createClassifier },
    { createLanguageDetector },
    { loadNgramModel },
  ] = await Promise.all([
    import('../../adapters/mime/parse-email.js'),
    import('../../domain/classify/classify-email.js'),
    import('../../domain/classify/language.js'),
    import('../../adapters/classifier-model/load-ngram-model.js'),
  ]);
  const classifier = createClassifier(createLanguageDetector(), undefined, loadNgramModel());
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

export const classifyCommand: CliCommand = {
  name: 'classify',
  usage: USAGE,
  summary: 'classify .eml files: request types, language, confidence, reasons (one JSON line each)',
  run,
};
