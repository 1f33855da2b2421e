// A restart skips the schema engine only when the database holds exactly the committed migrations;
// every other state is left to the engine, which then applies what is pending. On both engines.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adapterFor,
  migrateDatabase,
  prismaPaths,
  providerOf,
  readMigrations,
} from '../../src/adapters/db/database.js';
import { migrationChecksum, migrationsCurrent } from '../../src/adapters/db/migration-status.js';
import { applyMigrations } from '../../src/adapters/db/schema-engine.js';
import { engines } from '../support/engines.js';

async function execute(url: string, sql: string): Promise<void> {
  const adapter = await (await adapterFor(url)).connect();
  try {
    await adapter.executeRaw({ sql, args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
}

describe.each(engines('rd_migstatus'))('migration status on %s', (_engine, databaseUrl) => {
  const freshUrl = async () =>
    (await databaseUrl()) ?? `file:${join(mkdtempSync(join(tmpdir(), 'rd-mig-')), 'db.sqlite')}`;

  it('a fresh database is not current; once migrated it is, and migrating again applies nothing', async () => {
    const url = await freshUrl();
    const migrations = readMigrations(providerOf(url));
    expect(await migrationsCurrent(await adapterFor(url), migrations)).toBe(false);
    expect(await migrateDatabase(url)).toEqual(migrations.map((m) => m.name));
    expect(await migrationsCurrent(await adapterFor(url), migrations)).toBe(true);
    expect(await migrateDatabase(url)).toEqual([]);
  });

  it('a database one migration behind is not current, and migrating applies just that one', async () => {
    const url = await freshUrl();
    const provider = providerOf(url);
    const migrations = readMigrations(provider);
    await applyMigrations({
      adapter: await adapterFor(url),
      schemaPath: prismaPaths[provider].schema,
      migrationsDir: prismaPaths[provider].migrations,
      provider,
      migrations: migrations.slice(0, -1),
    });
    expect(await migrationsCurrent(await adapterFor(url), migrations)).toBe(false);
    expect(await migrateDatabase(url)).toEqual([migrations.at(-1)!.name]);
    expect(await migrationsCurrent(await adapterFor(url), migrations)).toBe(true);
  });

  it.each([
    ['an edited migration', "UPDATE _prisma_migrations SET checksum = 'edited'"],
    ['an unfinished migration', 'UPDATE _prisma_migrations SET finished_at = NULL'],
    ['a rolled-back migration', 'UPDATE _prisma_migrations SET rolled_back_at = started_at'],
    [
      'a migration this version does not know',
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       SELECT 'x', checksum, '29991231000000_newer', started_at, finished_at, 1 FROM _prisma_migrations LIMIT 1`,
    ],
  ])('%s makes the database not current', async (_case, sql) => {
    const url = await freshUrl();
    await migrateDatabase(url);
    await execute(url, sql);
    expect(await migrationsCurrent(await adapterFor(url), readMigrations(providerOf(url)))).toBe(false);
  });
});

describe('migration checksum', () => {
  it("is Prisma's: the SHA-256 of migration.sql, as recorded when the engine applies it", async () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), 'rd-mig-')), 'db.sqlite')}`;
    await migrateDatabase(url);
    const adapter = await (await adapterFor(url)).connect();
    try {
      const recorded = await adapter.queryRaw({
        sql: 'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
        args: [],
        argTypes: [],
      });
      expect(recorded.rows).toEqual(readMigrations('sqlite').map((m) => [m.name, migrationChecksum(m.sql)]));
    } finally {
      await adapter.dispose();
    }
  });
});
