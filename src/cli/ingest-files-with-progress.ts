/** Ingests .eml files through the App's intake, with a progress line on stderr when the run spans several batches. */
import { readEml } from '../adapters/folder/read-folder.js';
import { type FileOutcome, ingestFiles } from '../app/intake/ingest-files.js';
import type { App } from '../composition-root.js';

export function ingestFilesWithProgress(
  app: App,
  files: readonly string[],
  progress: NodeJS.WritableStream | null,
): Promise<FileOutcome[]> {
  return ingestFiles(
    {
      files,
      read: (file) => readEml(file, app.env.INTAKE_MAX_MESSAGE_BYTES),
      route: app.routeByRecipient,
      batchSize: app.env.INTAKE_BATCH_SIZE,
      onBatch: (done, total) => {
        if (progress && total > app.env.INTAKE_BATCH_SIZE) progress.write(`ingested ${done}/${total}\n`);
      },
    },
    app.intake,
  );
}
