// Hostile mail found by the fault harness (issue #14): each minimal input must end as a stored
// message, never stop intake of the mailbox.
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines as enginesFor } from '../support/engines.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

const engines = enginesFor('hostile');
const hostile = join(repoRoot, 'test/fixtures/hostile');

describe.each(engines)('hostile mail through the folder source (%s)', (_engine, databaseUrl) => {
  let app: App;
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
  });
  afterAll(() => app.close());

  it('a Date header with a three- or five-digit year opens a ticket received at the file time', async () => {
    const files = ['year-202.eml', 'year-10000.eml'].map((f) => join(hostile, f));
    const fileTime = new Date('2026-03-02T09:00:00Z');
    for (const file of files) utimesSync(file, fileTime, fileTime);
    const results = await ingestFiles(
      { files, read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'ticket']);
  });

  it('a NUL byte in a decoded body and 1,100 References still open tickets', async () => {
    const files = ['nul-byte.eml', 'many-references.eml'].map((f) => join(hostile, f));
    const results = await ingestFiles(
      { files, read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    expect(results.map((r) => r.outcome.kind)).toEqual(['ticket', 'ticket']);
  });
});
