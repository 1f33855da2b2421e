/**
 * Ingests `.eml` files through the same pipeline as IMAP (the folder source), in batches, routing
 * each message to the organisation whose address received it. Used by `rightsdesk ingest` and the demo.
 */
import type { ParsedEmail } from '../../domain/email/parsed-email.js';
import { ingestBatch } from './ingest-batch.js';
import type { IntakeDeps } from './intake-deps.js';
import type { IntakeOutcome } from './intake-outcome.js';
import type { IncomingMessage, MailboxRef } from './ports.js';

export interface FileOutcome {
  readonly file: string;
  readonly outcome: IntakeOutcome;
}

export interface IngestFilesOptions {
  readonly files: readonly string[];
  readonly read: (file: string) => IncomingMessage;
  readonly route: (email: ParsedEmail) => MailboxRef | null;
  readonly batchSize: number;
  readonly onBatch?: (done: number, total: number) => void;
}

export async function ingestFiles(options: IngestFilesOptions, deps: IntakeDeps): Promise<FileOutcome[]> {
  const results: FileOutcome[] = [];
  for (let start = 0; start < options.files.length; start += options.batchSize) {
    const files = options.files.slice(start, start + options.batchSize);
    const outcomes = await ingestBatch(
      {
        target: options.route,
        sourceLabel: 'folder',
        messages: files.map((file) => options.read(file)),
        checkpoint: null,
        rescan: false,
        quarantineFailures: true,
      },
      deps,
    );
    for (const [i, outcome] of outcomes.entries()) results.push({ file: files[i]!, outcome });
    options.onBatch?.(results.length, options.files.length);
  }
  return results;
}

export interface IntakeSummary {
  readonly tickets: number;
  readonly replies: number;
  readonly automatic: number;
  readonly duplicates: number;
  readonly quarantined: number;
  readonly skipped: number;
}

export function summarise(outcomes: readonly IntakeOutcome[]): IntakeSummary {
  const count = (kind: IntakeOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return {
    tickets: count('ticket'),
    replies: count('reply'),
    automatic: count('automatic'),
    duplicates: count('duplicate'),
    quarantined: count('quarantined'),
    skipped: count('skipped'),
  };
}
