/**
 * Structured logs (pino) on stderr, so command output on stdout stays machine-readable. Personal data
 * never reaches a log line: the fields that may carry it are redacted by one list of paths.
 */
import { pino, type Logger } from 'pino';
import { maskAddressesIn } from '../../domain/redaction.js';

export type { Logger };

/** Field names that may hold an address, a name or a body, at any depth we log. */
const PERSONAL = [
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
];

export const redactPaths = [...PERSONAL, ...PERSONAL.map((field) => `*.${field}`)];

/** Errors are logged with their message and stack, where a server may quote an address (an SMTP 550, say): masked. */
function maskedError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (typeof serialized !== 'object' || serialized === null) return serialized;
  return Object.fromEntries(
    Object.entries(serialized).map(([key, value]) => [
      key,
      typeof value === 'string' ? maskAddressesIn(value) : value,
    ]),
  );
}

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: maskedError },
    },
    destination as pino.DestinationStream,
  );
}
