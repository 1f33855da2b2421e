/**
 * Keeps the two Prisma schemas and their migrations in step, offline:
 *   tsx scripts/db-schema.ts derive          writes prisma/postgresql/schema.prisma from prisma/schema.prisma
 *   tsx scripts/db-schema.ts migration NAME  derives, then writes a new migration for both providers
 * Each migration folder keeps the schema it produces (schema.prisma) so the next one is a diff from it.
 * The PostgreSQL engine needs a reachable server to diff (it reads the server version): give one in
 * DIFF_POSTGRES_URL, or a throwaway one is started with the test setup's helper; nothing is written to it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { prismaPaths, type DbProvider } from '../src/adapters/db/database.js';
import { derivePostgresSchema } from '../src/adapters/db/derive-schema.js';
import { diffSchemas } from '../src/adapters/db/schema-engine.js';
import { startPostgres } from '../test/support/postgres.js';

function derive(): void {
  const source = readFileSync(prismaPaths.sqlite.schema, 'utf8');
  writeFileSync(prismaPaths.postgresql.schema, derivePostgresSchema(source));
}

async function newMigration(name: string, postgresUrl: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name: lower-case letters, digits and _ only');
  derive();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of ['sqlite', 'postgresql'] as DbProvider[]) {
    const paths = prismaPaths[provider];
    mkdirSync(paths.migrations, { recursive: true });
    const previous = readdirSync(paths.migrations)
      .filter((d) => existsSync(join(paths.migrations, d, 'schema.prisma')))
      .sort()
      .at(-1);
    const fromSchema = previous
      ? readFileSync(join(paths.migrations, previous, 'schema.prisma'), 'utf8')
      : null;
    const toSchema = readFileSync(paths.schema, 'utf8');
    const adapter =
      provider === 'sqlite'
        ? new PrismaBetterSqlite3({ url: ':memory:' })
        : new PrismaPg({ connectionString: postgresUrl });
    const sql = await diffSchemas({ adapter, fromSchema, toSchema });
    if (!sql.trim() || /empty migration/i.test(sql)) {
      console.log(`${provider}: schema unchanged, no migration written`);
      continue;
    }
    const dir = join(paths.migrations, `${stamp}_${name}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(join(dir, 'schema.prisma'), toSchema);
    writeFileSync(join(paths.migrations, 'migration_lock.toml'), `provider = "${provider}"\n`);
    console.log(`${provider}: wrote ${dir}`);
  }
}

async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DIFF_POSTGRES_URL) return work(process.env.DIFF_POSTGRES_URL);
  const server = await startPostgres();
  try {
    return await work(server.url('postgres'));
  } finally {
    await server.stop();
  }
}

const [command, arg] = process.argv.slice(2);
if (command === 'derive') derive();
else if (command === 'migration' && arg) await withPostgres((url) => newMigration(arg, url));
else {
  console.error('usage: tsx scripts/db-schema.ts derive | migration NAME');
  process.exitCode = 2;
}
