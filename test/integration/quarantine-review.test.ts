// `rightsdesk quarantine show|export|dismiss` as an operator runs them, on both engines: a quarantined
// message is read redacted (in full only with --reveal, audited), exported byte for byte (audited),
// and dismissed with a reason that the list and the audit trail keep.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { quarantineCommand } from '../../src/cli/commands/quarantine.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const unrouted = join(repoRoot, 'test/fixtures/quarantine/unrouted-request.eml');

describe.each(engines('rd_quarantine'))('reviewing the quarantine on %s', (_engine, databaseUrl) => {
  let app: (App & { stateDir: string }) | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function setUp() {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await ingestFiles(
      {
        files: listEmlFiles([sampleInbox, unrouted]),
        read: readEml,
        route: app.routeByRecipient,
        batchSize: 5,
      },
      app.intake,
    );
    const rows = await app.database.db.quarantinedMessage.findMany({ orderBy: { id: 'asc' } });
    const request = rows.find((r) => r.sourceName?.endsWith('unrouted-request.eml'));
    const malformed = rows.find((r) => r.sourceName?.endsWith('06-malformed.eml'));
    expect(request).toBeDefined();
    expect(malformed).toBeDefined();
    const env = cliEnv(app.stateDir, url);
    return {
      request: request!,
      malformed: malformed!,
      run: (argv: string[]) => runCli(quarantineCommand, argv, env),
      events: (type: string) => app!.database.db.auditEvent.findMany({ where: { type } }),
    };
  }

  it('show masks the requester by default and shows them with --reveal, which is audited', async () => {
    const { request, run, events } = await setUp();
    const masked = await run(['show', String(request.id)]);
    expect(masked.code).toBe(0);
    expect(masked.out).toContain('From: j***@example.net');
    expect(masked.out).toContain('please erase every piece of personal data');
    expect(masked.out).not.toContain('jane.roe@example.net');
    expect(masked.out).not.toContain('Jane Roe');
    expect(await events('quarantine.revealed')).toHaveLength(0);

    const revealed = await run(['show', String(request.id), '--reveal', '--as', 'alice']);
    expect(revealed.out).toContain('From: "Jane Roe" <jane.roe@example.net>');
    const [event] = await events('quarantine.revealed');
    expect(event?.actor).toBe('cli:alice');
    expect(JSON.parse(event!.payload)).toEqual({ quarantineId: request.id });
  });

  it('show reads a message the parser refused from its raw bytes, with control characters replaced', async () => {
    const { malformed, run } = await setUp();
    const shown = await run(['show', String(malformed.id)]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('this is not an email at all');
    // eslint-disable-next-line no-control-regex -- the NUL of the fixture must not reach a terminal
    expect(shown.out).not.toMatch(/\u0000/);
  });

  it('export writes the exact bytes to a new file, audited, and refuses to overwrite one', async () => {
    const { request, run, events } = await setUp();
    const file = join(mkdtempSync(join(tmpdir(), 'rightsdesk-q-')), 'mail.eml');
    const exported = await run(['export', String(request.id), file]);
    expect(exported.code).toBe(0);
    expect(readFileSync(file)).toEqual(Buffer.from(request.raw));
    expect(statSync(file).mode & 0o077).toBe(0);
    const [event] = await events('quarantine.exported');
    expect(JSON.parse(event!.payload)).toEqual({ quarantineId: request.id, bytes: request.raw.byteLength });
    await expect(run(['export', String(request.id), file])).rejects.toThrow(/exists/);
    expect(await events('quarantine.exported')).toHaveLength(1);
  });

  it('dismiss takes the entry out of the open list with its reason, once, audited with the address masked', async () => {
    const { request, run, events } = await setUp();
    const dismissed = await run([
      'dismiss',
      String(request.id),
      'not',
      'ours,',
      'told',
      'jane.roe@example.net',
    ]);
    expect(dismissed.out).toContain(`#${request.id}: dismissed`);
    expect((await run(['list'])).out).not.toContain(`#${request.id} `);
    const all = await run(['list', '--all']);
    expect(all.out).toContain(`dismissed: not ours, told j***@example.net`);
    const again = await run(['dismiss', String(request.id), 'twice']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already resolved or dismissed');
    const dismissals = await events('quarantine.dismissed');
    expect(dismissals).toHaveLength(1);
    expect(JSON.parse(dismissals[0]!.payload)).toEqual({
      quarantineId: request.id,
      reason: 'not ours, told j***@example.net',
    });
    const retried = await run(['retry', String(request.id)]);
    expect(retried.out).toContain('not in the quarantine (or already resolved)');
  });

  it('an unknown id is answered with one line and exit 1', async () => {
    const { run } = await setUp();
    const missing = await run(['show', '999999']);
    expect(missing).toEqual({ code: 1, out: '#999999: not in the quarantine\n' });
  });
});
