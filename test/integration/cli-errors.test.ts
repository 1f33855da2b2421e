// The command line's promise to an operator, checked on the real `rightsdesk` process: every expected
// failure is one line on stderr (no stack, no "Node.js v…"), exit 2 for a usage or configuration
// mistake and 1 for a server that cannot be reached; `--help` on every sub-command; `--version`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/registry.js';
import { findFreePort } from '../support/processes.js';
import { cliEnv } from '../support/run-cli.js';
import { repoRoot } from '../support/test-app.js';

const state = mkdtempSync(join(tmpdir(), 'rightsdesk-cli-errors-'));
const env = cliEnv(state);
const cli = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/rightsdesk.mjs'), ...args], {
    env: { ...process.env, ...env, ...extra },
    encoding: 'utf8',
    timeout: 120_000,
  });
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('expected failures of the rightsdesk command', { timeout: 60_000 }, () => {
  it('an invalid LOG_LEVEL is one line naming the variable, exit 2, with no stack trace', () => {
    const run = cli(['status'], { LOG_LEVEL: 'loud' });
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^rightsdesk status: invalid configuration: environment: LOG_LEVEL: /);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+|Node\.js v/);
  });

  it('a PostgreSQL server that is not there is one line, exit 1', async () => {
    const port = await findFreePort('127.0.0.1');
    const run = cli(['status'], { DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${port}/none` });
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^rightsdesk status: cannot reach a server/);
  });

  it('a sub-command answers --help with its usage line, exit 0, before reading any configuration', () => {
    // Two processes are enough: the help is answered by the launcher for every command alike.
    for (const command of commands.filter((c) => c.name === 'status' || c.name === 'run')) {
      const run = cli([command.name, '--help'], { LOG_LEVEL: 'loud' });
      expect(run.status, command.name).toBe(0);
      expect(run.stdout, command.name).toContain(`usage: ${command.usage}`);
    }
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = cli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`rightsdesk ${pkg.version}\n`);
  });

  it('no command prints the list of commands and exits 2', () => {
    const run = cli([]);
    expect(run.status).toBe(2);
    for (const command of commands) expect(run.stdout).toContain(`  ${command.name}`);
  });
});
