/**
 * Structured logs (pino) on stderr, so command output on stdout stays machine-readable. Personal data
 * never reaches a log line: every object logged is walked to any depth, fields that may carry it are
 * replaced, and an address left in any other text (an error message, an error's cause) is masked.
 */
import { pino, type Logger } from 'pino';
import { maskAddressesIn } from '../../domain/redaction.js';

export type { Logger };

/** Field names that may hold an address, a name or a body, at whatever depth they are logged. */
const PERSONAL = new Set([
  'address',
  'email',
  'from',
  'to',
  'cc',
  'requester',
  'requesterAddress',
  'requesterName',
  'name',
  'subject',
  'body',
  'text',
  'html',
]);
const CENSOR = '[redacted]';
/** Deeper than this a log object is cut: no log line of ours nests so far, and a cycle must end. */
const MAX_DEPTH = 8;

/** An error as a plain object: its type, message, stack, code and cause chain, ready to be redacted. */
function plainError(error: Error): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...(code === undefined ? {} : { code }),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  };
}

/** A copy of `value` with personal fields replaced and addresses masked in every string, at any depth. */
export function redactPersonalData(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskAddressesIn(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[cut]';
  seen.add(value);
  if (value instanceof Error) return redactPersonalData(plainError(value), depth, seen);
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1, seen));
  if (value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      PERSONAL.has(key) && item !== undefined && item !== null
        ? CENSOR
        : redactPersonalData(item, depth + 1, seen),
    ]),
  );
}

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (object) => redactPersonalData(object) as Record<string, unknown> },
    },
    destination as pino.DestinationStream,
  );
}
