/**
 * Intake's rows written on the driver's own connection, inside Prisma's interactive transaction.
 * Prisma passes every raw-query parameter through JSON and back (a Buffer as base64 text), which for a
 * message near the 25 MiB limit is four more copies of it in memory and most of a millisecond per
 * batch statement; better-sqlite3 and pg bind a Buffer as it is (issue 17).
 *
 * The driver adapter is wrapped so that a transaction started inside `withDriverConnection` hands its
 * connection (better-sqlite3's database, pg's pool client) to that call, and closes it to us before
 * Prisma sends COMMIT or ROLLBACK: a statement issued after that fails instead of running outside the
 * transaction (a timed-out transaction is rolled back by Prisma while the caller may still write).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * The one thing bulk inserts need: a Prisma client or interactive transaction, or the driver's own
 * connection of such a transaction.
 */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

interface Slot {
  executor: RawExecutor | null;
}

const slots = new AsyncLocalStorage<Slot>();

/** The statement that ends a transaction, as Prisma sends it. */
const END_OF_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

export class DriverTransactionClosed extends Error {
  override readonly name = 'DriverTransactionClosed';
}

/**
 * Runs `work` (which starts one Prisma interactive transaction); `driver()` returns, once that
 * transaction has started, an executor on its own connection, or null when the adapter offers none.
 */
export function withDriverConnection<T>(work: (driver: () => RawExecutor | null) => Promise<T>): Promise<T> {
  const slot: Slot = { executor: null };
  return slots.run(slot, () => work(() => slot.executor));
}

/** The adapter factory, with transactions that can hand their connection to `withDriverConnection`. */
export function withDriverAccess(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return delegate(factory, {
    connect: async () => {
      const adapter = await factory.connect();
      return delegate<SqlDriverAdapter>(adapter, {
        startTransaction: async (isolationLevel) => {
          const tx = await adapter.startTransaction(isolationLevel);
          const slot = slots.getStore();
          // The first transaction of the call is the one it asked for.
          if (!slot || slot.executor) return tx;
          let open = true;
          slot.executor = driverExecutor((tx as { client?: unknown }).client, () => open);
          return delegate<Transaction>(tx, {
            executeRaw: (query) => {
              if (END_OF_TRANSACTION.test(query.sql)) open = false;
              return tx.executeRaw(query);
            },
            commit: () => {
              open = false;
              return tx.commit();
            },
            rollback: () => {
              open = false;
              return tx.rollback();
            },
          });
        },
      });
    },
  });
}

interface SqliteDriver {
  prepare(sql: string): { run(...values: unknown[]): { changes: number } };
}
interface PgDriver {
  query(sql: string, values: unknown[]): Promise<{ rowCount: number | null }>;
}

function driverExecutor(client: unknown, isOpen: () => boolean): RawExecutor | null {
  if (typeof client !== 'object' || client === null) return null;
  const checkOpen = () => {
    if (!isOpen()) throw new DriverTransactionClosed('the transaction has already ended');
  };
  if ('prepare' in client && typeof client.prepare === 'function') {
    const sqlite = client as SqliteDriver;
    return {
      async $executeRawUnsafe(sql, ...values) {
        checkOpen();
        return sqlite.prepare(sql).run(...values).changes;
      },
    };
  }
  if ('query' in client && typeof client.query === 'function') {
    const pg = client as PgDriver;
    return {
      async $executeRawUnsafe(sql, ...values) {
        checkOpen();
        return (await pg.query(sql, values)).rowCount ?? 0;
      },
    };
  }
  return null;
}

/**
 * `target` with some methods replaced; every other method is called on `target` itself (the adapters
 * keep their state in private fields, which a plain Proxy receiver could not reach).
 */
function delegate<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof T];
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}
