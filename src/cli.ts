/**
 * The `rightsdesk` command line: picks the sub-command named by the first argument and runs it.
 * Expected failures print one clear line and exit 2; unexpected ones print the error and exit 1.
 */
import { EXIT_USAGE, type CliIo, UsageError } from './cli/command.js';
import { commands } from './cli/registry.js';
import { loadDotEnvFile } from './config/env.js';

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`rightsdesk: unknown command "${name}"\n${helpText()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`rightsdesk ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: rightsdesk <command> [arguments]\n\ncommands:\n${lines.join('\n')}\n`;
}

loadDotEnvFile();
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
