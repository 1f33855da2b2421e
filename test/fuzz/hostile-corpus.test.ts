// The fuzz suite of issue 14: hostile variants of the dev corpus (fixed seed) through the folder
// pipeline. The invariant: every file ends as a ticket, a reply, automatic mail, a duplicate or a
// quarantined entry, with a row to show for it; nothing crashes; and the next ordinary mail lands.
// All of it on SQLite, a smaller slice on PostgreSQL.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { request } from '../fixtures/hostile/poison.js';
import { engines } from '../support/engines.js';
import { corpusDir, createTestApp } from '../support/test-app.js';
import { hostileVariants } from './hostile-variants.js';

const SEED = 14;
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f)));
const [sqlite, postgresql] = engines('fuzz');
const runs = [
  { engine: sqlite!, perMutation: 10 },
  { engine: postgresql!, perMutation: 3 },
];

describe.each(runs)(
  'hostile variants of the corpus ($engine.0)',
  ({ engine: [, databaseUrl], perMutation }) => {
    it('every file becomes a ticket, reply, automatic, duplicate or quarantined entry, and the next mail lands', async () => {
      const variants = hostileVariants(corpus, SEED, perMutation);
      const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-fuzz-'));
      variants.forEach((v, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}.eml`), v.raw));
      const url = await databaseUrl();
      const app = await createTestApp(url ? { databaseUrl: url } : {});
      try {
        const ingest = (files: readonly string[]) =>
          ingestFiles({ files, read: readEml, route: app.routeByRecipient, batchSize: 50 }, app.intake);
        const results = await ingest(listEmlFiles([dir]));

        const allowed = new Set(['ticket', 'reply', 'automatic', 'duplicate', 'quarantined']);
        const unexpected = results
          .map((r, i) => ({ variant: variants[i]!.name, kind: r.outcome.kind }))
          .filter((r) => !allowed.has(r.kind));
        expect(unexpected).toEqual([]);
        const db = app.database.db;
        const rows = (await db.rawMessage.count()) + (await db.quarantinedMessage.count());
        expect(rows).toBe(variants.length);

        const next = join(mkdtempSync(join(tmpdir(), 'rightsdesk-fuzz-next-')), 'next.eml');
        writeFileSync(next, request('privacy@importly.example', '<after-the-fuzz@example.org>'));
        const [after] = await ingest([next]);
        expect(after?.outcome.kind).toBe('ticket');
      } finally {
        await app.close();
      }
    }, 120_000);
  },
);
