// Runs a `rightsdesk` sub-command in-process, as the command line would, and keeps what it printed.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliCommand } from '../../src/cli/command.js';
import { repoRoot } from './test-app.js';

/** The environment of a command on the seed organisations, against `databaseUrl` or a SQLite file in `stateDir`. */
export function cliEnv(stateDir: string, databaseUrl?: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl ?? `file:${join(stateDir, 'test.db')}`,
    RIGHTSDESK_ORGANISATIONS_DIR: join(repoRoot, 'organisations'),
    RIGHTSDESK_STATE_DIR: stateDir,
    RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
    LOG_LEVEL: 'silent',
  };
}

export async function runCli(
  command: CliCommand,
  argv: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<{ readonly code: number; readonly out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await command.run(argv, { stdout, stderr: new PassThrough(), env });
  return { code, out };
}
