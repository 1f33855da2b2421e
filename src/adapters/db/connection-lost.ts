/**
 * Tells a database that is unreachable or went away from a statement it refused. The first is worth
 * retrying later with the same data; the second will fail again the same way, so intake isolates the
 * message behind it instead of retrying the mailbox forever (issue 14).
 */

/** Prisma's own codes for "cannot reach / lost the server / no connection free". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1011', 'P1017', 'P2024']);
/** Driver-adapter error kinds of the same meaning (@prisma/driver-adapter-utils). */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
  'AuthenticationFailed',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'TransactionWriteConflict',
]);
const SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
/** SQLite: locked, disk I/O, full, cannot open, read-only file (primary result codes). */
const SQLITE_CODES = new Set([5, 6, 8, 10, 13, 14]);

interface ErrorShape {
  code?: unknown;
  kind?: unknown;
  extendedCode?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  message?: unknown;
  severity?: unknown;
}

export function isConnectionLost(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const e = pending.pop();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const shape = e as ErrorShape;
    if (e.constructor?.name === 'PrismaClientInitializationError') return true;
    if (typeof shape.code === 'string' && (PRISMA_CODES.has(shape.code) || SYSTEM_CODES.has(shape.code)))
      return true;
    // PostgreSQL SQLSTATE: class 08 connection exception, 57P01-03 server shutting down, 53300 too many connections.
    if (
      shape.kind === 'postgres' &&
      typeof shape.code === 'string' &&
      /^(08|57P0[123]|53300)/.test(shape.code)
    )
      return true;
    // The same, raised by the drivers themselves (statements on the driver's connection, driver-access.ts):
    // better-sqlite3 names the result code, pg's DatabaseError carries a severity beside its SQLSTATE.
    if (
      typeof shape.code === 'string' &&
      /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN)/.test(shape.code)
    )
      return true;
    if (
      typeof shape.severity === 'string' &&
      typeof shape.code === 'string' &&
      /^(08|57P0[123]|53300)/.test(shape.code)
    )
      return true;
    if (
      shape.kind === 'sqlite' &&
      typeof shape.extendedCode === 'number' &&
      SQLITE_CODES.has(shape.extendedCode & 0xff)
    )
      return true;
    if (typeof shape.kind === 'string' && ADAPTER_KINDS.has(shape.kind)) return true;
    if (
      typeof shape.message === 'string' &&
      /Connection terminated|server closed the connection/i.test(shape.message)
    )
      return true;
    pending.push(shape.cause, shape.meta?.driverAdapterError);
  }
  return false;
}
