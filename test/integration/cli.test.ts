// The command line as an operator uses it, on a fresh SQLite file: `ingest` of the dev corpus prints a
// summary and ingests nothing twice; `tickets` masks the requester unless asked; `audit verify` finds a
// row edited behind its back; `classify` prints one JSON line a file. Bad arguments exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase } from '../../src/adapters/db/database.js';
import { auditCommand } from '../../src/cli/commands/audit.js';
import { classifyCommand } from '../../src/cli/commands/classify.js';
import { consoleCommand } from '../../src/cli/commands/console.js';
import { ingestCommand } from '../../src/cli/commands/ingest.js';
import { quarantineCommand } from '../../src/cli/commands/quarantine.js';
import { ticketsCommand } from '../../src/cli/commands/tickets.js';
import type { CliCommand } from '../../src/cli/command.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { corpusDir, repoRoot, sampleInbox } from '../support/test-app.js';

const state = mkdtempSync(join(tmpdir(), 'rightsdesk-cli-'));
const databaseUrl = `file:${join(state, 'cli.db')}`;
const env = cliEnv(state, databaseUrl);
const run = (command: CliCommand, argv: string[]) => runCli(command, argv, env);

const Summary = z.object({
  summary: z.object({
    tickets: z.number(),
    replies: z.number(),
    automatic: z.number(),
    duplicates: z.number(),
    quarantined: z.number(),
    skipped: z.number(),
  }),
});
const labels = z
  .array(z.object({ file: z.string(), flags: z.array(z.string()) }))
  .parse(JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')));

describe('the rightsdesk command line', () => {
  let first: z.infer<typeof Summary>['summary'];
  beforeAll(async () => {
    first = Summary.parse(JSON.parse((await run(ingestCommand, ['--json', corpusDir])).out)).summary;
  });

  it('ingest --json accounts for every file of the dev corpus, and the auto-replies among them', () => {
    const { tickets, replies, automatic, duplicates, quarantined, skipped } = first;
    expect(tickets + replies + automatic + duplicates + quarantined + skipped).toBe(labels.length);
    expect(automatic).toBe(labels.filter((l) => l.flags.includes('auto')).length);
    expect(duplicates).toBeGreaterThanOrEqual(1); // the corpus holds a deliberate duplicate Message-ID
    expect(skipped).toBe(0);
  });

  it('ingesting the same corpus again changes nothing: every file is already ingested', async () => {
    const database = await openDatabase(databaseUrl);
    const before = await database.db.ticket.count();
    const again = Summary.parse(JSON.parse((await run(ingestCommand, ['--json', corpusDir])).out)).summary;
    expect(again).toEqual({
      tickets: 0,
      replies: 0,
      automatic: 0,
      duplicates: 0,
      quarantined: 0,
      skipped: labels.length,
    });
    expect(await database.db.ticket.count()).toBe(before);
    await database.close();
  });

  it('the rightsdesk bin prints the summary line a person reads', () => {
    const child = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin/rightsdesk.mjs'), 'ingest', '--quiet', corpusDir],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(0);
    expect(child.stdout).toContain(
      `summary: ${labels.length} files: 0 new tickets, 0 replies, 0 automatic, 0 duplicates, 0 quarantined, ${labels.length} already ingested`,
    );
  });

  it('tickets list masks every requester address; show --reveal gives the agent the address', async () => {
    const database = await openDatabase(databaseUrl);
    const ticket = await database.db.ticket.findFirstOrThrow({ orderBy: { number: 'asc' } });
    await database.close();
    const list = await run(ticketsCommand, ['list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain(ticket.reference);
    expect(list.out).not.toContain(ticket.requesterAddress);
    const shown = await run(ticketsCommand, ['show', ticket.reference]);
    expect(shown.out).not.toContain(ticket.requesterAddress);
    const revealed = await run(ticketsCommand, ['show', ticket.reference, '--reveal']);
    expect(revealed.out).toContain(ticket.requesterAddress);
    const reopened = await openDatabase(databaseUrl);
    const views = await reopened.db.auditEvent.findMany({ where: { type: 'ticket.personal_data_viewed' } });
    await reopened.close();
    expect(views.map((v) => [v.actor, v.ticketReference])).toEqual([
      [`cli:${userInfo().username}`, ticket.reference],
    ]);
  });

  it('quarantine list shows the malformed mail; a retry that still cannot parse it keeps it and exits 1', async () => {
    const sample = Summary.parse(JSON.parse((await run(ingestCommand, ['--json', sampleInbox])).out)).summary;
    expect(sample.quarantined).toBe(1);
    const list = await run(quarantineCommand, ['list']);
    const [id] = [...list.out.matchAll(/^#(\d+) /gm)].map((m) => m[1]);
    expect(id).toBeDefined();
    const retry = await run(quarantineCommand, ['retry', id!]);
    expect(retry.code).toBe(1);
    expect(retry.out).toContain(`#${id}: QUARANTINED:`);
    expect((await run(quarantineCommand, ['list'])).out).toContain(`#${id} `);
  });

  it('console runs one desk command as the named staff member, with the role checked by the core', async () => {
    const database = await openDatabase(databaseUrl);
    const ticket = await database.db.ticket.findFirstOrThrow({ orderBy: { number: 'asc' } });
    await database.close();
    const noted = await run(consoleCommand, [
      '--as',
      'alice',
      '--role',
      'agent',
      `note ${ticket.reference} called back`,
    ]);
    expect(noted.out).toContain(`Note added to ${ticket.reference}`);
    const refused = await run(consoleCommand, [
      '--as',
      'alice',
      '--role',
      'viewer',
      `note ${ticket.reference} again`,
    ]);
    expect(refused.out).toMatch(/agent/);
  });

  it('audit verify finds the chain intact, then names the event edited behind its back', async () => {
    const intact = await run(auditCommand, ['verify']);
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/^audit chain intact: \d+ events/);
    const database = await openDatabase(databaseUrl);
    await database.db.auditEvent.update({ where: { seq: 3 }, data: { actor: 'someone-else' } });
    await database.close();
    const broken = await run(auditCommand, ['verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^audit chain BROKEN at seq 3 /);
  });

  it('classify prints one JSON line per file with its types and language', async () => {
    const files = ['d001.eml', 'd002.eml'].map((f) => join(corpusDir, f));
    const { code, out } = await run(classifyCommand, ['--format', 'jsonl', ...files]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) =>
        z.object({ file: z.string(), types: z.array(z.string()), language: z.string() }).parse(JSON.parse(l)),
      );
    expect(lines.map((l) => [l.types, l.language])).toEqual([
      [['opt_out_sale'], 'en'],
      [['withdraw_consent'], 'pl'],
    ]);
  });

  it('classify --corrections exports what staff reclassified as labelled data, with no address', async () => {
    const database = await openDatabase(databaseUrl);
    const ticket = await database.db.ticket.findFirstOrThrow({
      where: { organisationId: 'importly', NOT: { types: { equals: ['portability'] } } },
      orderBy: { number: 'desc' },
    });
    await database.close();
    const changed = await run(consoleCommand, [
      '--as',
      'alice',
      '--role',
      'agent',
      `classify ${ticket.reference} portability`,
    ]);
    expect(changed.out).toContain(ticket.reference);
    const { code, out } = await run(classifyCommand, ['--corrections', '--org', 'importly']);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) =>
        z
          .object({
            org: z.string(),
            types: z.array(z.string()),
            classifier: z.object({ types: z.array(z.string()) }).nullable(),
            agreed: z.boolean().nullable(),
            text: z.string().nullable(),
          })
          .parse(JSON.parse(l)),
      );
    expect(rows.at(-1)).toMatchObject({
      org: 'importly',
      types: ['portability'],
      classifier: { types: ticket.types },
      agreed: false,
    });
    expect(out).not.toContain('@');
    expect(out).not.toContain(ticket.requesterAddress);
    const later = await run(classifyCommand, ['--corrections', '--since', '2999-01-01']);
    expect(later).toMatchObject({ code: 0, out: '' });
    // A usage error: the bin prints it as one line and exits 2.
    await expect(run(classifyCommand, ['--corrections', '--since', 'yesterday'])).rejects.toThrow(
      '--since must be a date, YYYY-MM-DD',
    );
  });

  it('exits 2 with one clear line on an unknown command or option', () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin/rightsdesk.mjs'), ...args], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('rightsdesk: unknown command "frobnicate"');
    const option = cli(['ingest', '--verbose', corpusDir]);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('unknown option --verbose');
  });
});
