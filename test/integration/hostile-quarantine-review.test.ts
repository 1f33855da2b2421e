// Hostile mail that ends in the quarantine must still be readable there: `rightsdesk quarantine show`
// reads the raw header block itself (the parser may have refused it), so a From of a megabyte with no
// address, or of 50,000 people over a megabyte of text, must show at once, every person masked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { quarantineCommand } from '../../src/cli/commands/quarantine.js';
import type { App } from '../../src/composition-root.js';
import { ACCESS, CRLF, head } from '../fixtures/hostile/raw-mail.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp } from '../support/test-app.js';

const to = 'privacy@importly.example';
const people = Array.from({ length: 50_000 }, (_, i) => `Name${i} Surname${i} <person${i}@example.org>`);
const cases = {
  'a From of 1 MB with no address': Buffer.from(
    head(to, 'from-1mb', 'a'.repeat(1_000_000)) + `${CRLF}${ACCESS}${CRLF}`,
  ),
  'a From of 50,000 people over 1 MB of text naming them': Buffer.from(
    head(to, 'from-50k', people.join(', ')) +
      `${CRLF}${ACCESS}${CRLF}${'Name7 Surname7 and person7@example.org wrote. '.repeat(25_000)}${CRLF}`,
  ),
};

describe.each(engines('hostile_review'))(
  'reviewing hostile mail in the quarantine (%s)',
  (_e, databaseUrl) => {
    let app: App & { stateDir: string };
    let env: Record<string, string>;
    const ids = new Map<string, number>();
    beforeAll(async () => {
      const url = await databaseUrl();
      app = await createTestApp(url ? { databaseUrl: url } : {});
      env = cliEnv(app.stateDir, url);
      const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-hostile-review-'));
      Object.values(cases).forEach((raw, i) => writeFileSync(join(dir, `${i}.eml`), raw));
      const files = listEmlFiles([dir]);
      const results = await ingestFiles(
        { files, read: readEml, route: app.routeByRecipient, batchSize: 5 },
        app.intake,
      );
      expect(results.map((r) => r.outcome.kind)).toEqual(['quarantined', 'quarantined']);
      const rows = await app.database.db.quarantinedMessage.findMany({ orderBy: { id: 'asc' } });
      Object.keys(cases).forEach((name, i) => ids.set(name, rows[i]!.id));
    }, 60_000);
    afterAll(() => app.close());

    it.each(Object.keys(cases))(
      '%s is shown, masked',
      async (name) => {
        const shown = await runCli(quarantineCommand, ['show', String(ids.get(name))], env);
        expect(shown.code).toBe(0);
        expect(shown.out).toContain(ACCESS);
        expect(shown.out).not.toMatch(/person\d+@|Name\d|Surname\d/);
      },
      30_000,
    );
  },
);
