/**
 * Structured logs (pino) on stderr, so command output on stdout stays machine-readable. Personal data
 * never reaches a log line: the fields that may carry it are redacted by one list of paths.
 */
import { pino, type Logger } from 'pino';

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

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, base: undefined, redact: { paths: redactPaths, censor: '[redacted]' } },
    destination as pino.DestinationStream,
  );
}
