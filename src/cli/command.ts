/**
 * The shape of one `rightsdesk` sub-command. Each command lives in its own file under `commands/`,
 * parses its own arguments with zod, and returns the process exit code.
 */
import type { Writable } from 'node:stream';

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The process environment, handed on to the configuration loader (nothing else reads it). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  readonly name: string;
  /** One usage line, shown by `rightsdesk help` and on bad arguments. */
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit code for bad arguments or input (the deadline and classify contracts rely on it). */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  readonly code = 'usage';
}
