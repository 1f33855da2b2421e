/**
 * Opens the database that DATABASE_URL names (a SQLite file by default, PostgreSQL to scale out)
 * with the matching generated Prisma client and driver adapter, and brings its schema up to date
 * from the committed migrations, so a fresh installation needs no manual step.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as SqliteClientModule from '../../../generated/sqlite/client.js';
import type { PrismaClient } from '../../../generated/sqlite/client.js';
import { withDriverAccess } from './driver-access.js';
import { migrationsCurrent } from './migration-status.js';
import { applyMigrations, type MigrationFolder } from './schema-engine.js';
import { projectRoot } from '../../config/project-root.js';

/** Both generated clients have the same models; the SQLite one's type stands for both. */
export type Db = PrismaClient;
export type DbProvider = 'sqlite' | 'postgresql';

export interface Database {
  readonly db: Db;
  readonly provider: DbProvider;
  close(): Promise<void>;
}

const root = projectRoot;

export const prismaPaths = {
  sqlite: { schema: join(root, 'prisma/schema.prisma'), migrations: join(root, 'prisma/migrations') },
  postgresql: {
    schema: join(root, 'prisma/postgresql/schema.prisma'),
    migrations: join(root, 'prisma/postgresql/migrations'),
  },
} as const;

export function providerOf(url: string): DbProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:…"`,
  );
}

/**
 * The driver adapter for `url`. PostgreSQL's driver is imported only when used: a SQLite installation
 * never loads `pg` (about 16 MB of resident memory).
 */
export async function adapterFor(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (providerOf(url) === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: url });
  }
  const file = url.slice('file:'.length);
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  return new PrismaBetterSqlite3({ url: file });
}

export function readMigrations(provider: DbProvider): MigrationFolder[] {
  const dir = prismaPaths[provider].migrations;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, 'migration.sql'), 'utf8') }));
}

/**
 * Brings the schema up to date; returns the names of the migrations it applied. The schema engine is
 * loaded only when the database is not already exactly at the committed migrations.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const provider = providerOf(url);
  const migrations = readMigrations(provider);
  const adapter = await adapterFor(url);
  if (await migrationsCurrent(adapter, migrations)) return [];
  return applyMigrations({
    adapter,
    schemaPath: prismaPaths[provider].schema,
    migrationsDir: prismaPaths[provider].migrations,
    provider,
    migrations,
  });
}

export async function openDatabase(url: string): Promise<Database> {
  const provider = providerOf(url);
  await migrateDatabase(url);
  const { PrismaClient: Client } = (
    provider === 'postgresql'
      ? await import('../../../generated/postgresql/client.js')
      : await import('../../../generated/sqlite/client.js')
  ) as typeof SqliteClientModule;
  const db = new Client({ adapter: withDriverAccess(await adapterFor(url)) });
  return { db, provider, close: () => db.$disconnect() };
}

/**
 * A duplicate key, whether Prisma's own query hit it (P2002), a raw one did (P2010, from the driver),
 * or a statement on the driver's own connection (driver-access.ts): SQLite's constraint codes,
 * PostgreSQL's SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  return (
    code === 'P2002' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505' ||
    meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation'
  );
}
