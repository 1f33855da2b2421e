/**
 * The `rightsdesk` command line: picks the sub-command named by the first argument and runs it.
 * Every failure prints one clear line: usage and configuration mistakes exit 2, runtime failures exit 1
 * (an unexpected error adds its stack for the bug report). `--help` works on every sub-command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_USAGE, type CliIo } from './cli/command.js';
import { describeFailure } from './cli/describe-failure.js';
import { commands } from './cli/registry.js';
import { loadDotEnvFile } from './config/env.js';
import { projectRoot } from './config/project-root.js';

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(`rightsdesk ${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`rightsdesk: unknown command "${name}"\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (args.some(isHelp)) {
    io.stdout.write(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const failure = describeFailure(command.name, command.usage, error);
    io.stderr.write(`${failure.line}\n`);
    if (!failure.expected && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return failure.exitCode;
  }
}

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const v = typeof pkg === 'object' && pkg !== null ? (pkg as { version?: unknown }).version : undefined;
  return typeof v === 'string' ? v : 'unknown';
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: rightsdesk <command> [arguments]   (rightsdesk <command> --help, rightsdesk --version)\n\ncommands:\n${lines.join('\n')}\n`;
}

loadDotEnvFile();
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
