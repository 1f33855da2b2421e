/**
 * Maps an error that escaped a sub-command to what the operator reads: one line, and the exit code.
 * Configuration and argument mistakes exit 2 (fix the input); runtime failures, such as a database
 * that cannot be reached, exit 1 (fix the environment, then retry).
 */
import { ConfigError } from '../config/errors.js';
import { EXIT_USAGE, UsageError } from './command.js';

export const EXIT_FAILURE = 1;

export interface CliFailure {
  readonly line: string;
  readonly exitCode: number;
  /** False for a bug: the caller adds the stack. */
  readonly expected: boolean;
}

/** Error codes of Node and the database drivers that mean "the database (or another server) is not there". */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'P1001',
  'P1000',
  '28P01',
  '3D000',
]);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return codeOf((error as { cause?: unknown }).cause);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((l) => l.trim() !== '') ?? 'unknown error';
}

export function describeFailure(command: string, usage: string | undefined, error: unknown): CliFailure {
  const prefix = command ? `rightsdesk ${command}` : 'rightsdesk';
  if (error instanceof UsageError)
    return {
      line: `${prefix}: ${error.message}${usage ? ` (usage: ${usage})` : ''}`,
      exitCode: EXIT_USAGE,
      expected: true,
    };
  if (error instanceof ConfigError)
    return {
      line: `${prefix}: invalid configuration: ${error.problems.join('; ')}`,
      exitCode: EXIT_USAGE,
      expected: true,
    };
  const code = codeOf(error);
  if ((code !== undefined && UNREACHABLE.has(code)) || /can't reach database server/i.test(firstLine(error)))
    return {
      line: `${prefix}: cannot reach a server${code ? ` (${code})` : ''}: ${firstLine(error)}`,
      exitCode: EXIT_FAILURE,
      expected: true,
    };
  return { line: `${prefix}: ${firstLine(error)}`, exitCode: EXIT_FAILURE, expected: false };
}
