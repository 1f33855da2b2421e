// A requester chooses their display name, and it reaches what staff hand to an authority: the evidence
// pack (Markdown) and the tickets export (CSV). Through real intake and the commands as operators run
// them, a name built to load an image, forge a link or run a spreadsheet formula stays text in both.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { evidenceCommand } from '../../src/cli/commands/evidence.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import type { App } from '../../src/composition-root.js';
import { ACCESS, CRLF, head } from '../fixtures/hostile/raw-mail.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp } from '../support/test-app.js';

const name =
  '=HYPERLINK("https://evil.example") ![x](https://t.example/p.png) <img src=x> [Log in](https://evil.example)';
const from = `"${name.replaceAll('"', '\\"')}" <hostile.name@example.org>`;

describe.each(engines('hostile_exports'))('a hostile display name in exports (%s)', (_e, databaseUrl) => {
  let app: App & { stateDir: string };
  let env: Record<string, string>;
  let reference = '';
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    env = cliEnv(app.stateDir, url);
    const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-hostile-exports-'));
    writeFileSync(
      join(dir, 'name.eml'),
      head('privacy@importly.example', 'hostile-name', from) + `${CRLF}${ACCESS}${CRLF}`,
    );
    const [result] = await ingestFiles(
      { files: listEmlFiles([dir]), read: readEml, route: app.routeByRecipient, batchSize: 5 },
      app.intake,
    );
    if (result?.outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${result?.outcome.kind}`);
    reference = result.outcome.ticketReference;
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    expect(ticket.requesterName).toBe(name);
  });
  afterAll(() => app.close());

  it('the revealed evidence pack shows the name literally: no image, tag or link', async () => {
    const { code, out } = await runCli(evidenceCommand, [reference, '--reveal', '--as', 'dora'], env);
    expect(code).toBe(0);
    const requester = out.split('\n').find((line) => line.startsWith('- Requester: '));
    expect(requester).toContain('hostile.name@example.org');
    expect(requester).not.toMatch(/(^|[^\\])(!\[|\]\(|<img|https?:\/\/)/);
  });

  it('the revealed CSV starts the name with an apostrophe, so no spreadsheet runs it', async () => {
    const { code, out } = await runCli(
      exportCommand,
      ['tickets', '--format', 'csv', '--reveal', '--as', 'dora'],
      env,
    );
    expect(code).toBe(0);
    const line = out.split('\r\n').find((l) => l.startsWith(`${reference},`));
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example"")`);
    expect(line).not.toMatch(/(^|,)"?=/);
  });
});
