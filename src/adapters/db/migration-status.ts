/**
 * Whether a database already holds exactly the committed migrations, read from Prisma's own
 * `_prisma_migrations` table. A restart then skips the WebAssembly schema engine, which costs about
 * 50 MB resident for the life of the process only to learn that there is nothing to do. Anything short
 * of an exact match (no table yet, a pending, failed, rolled-back, edited or unknown migration) answers
 * no, and the engine decides, with its own errors.
 */
import { createHash } from 'node:crypto';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationFolder } from './schema-engine.js';

/** Prisma records a migration's checksum as the SHA-256 (hex) of its migration.sql. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export async function migrationsCurrent(
  factory: SqlDriverAdapterFactory,
  migrations: readonly MigrationFolder[],
): Promise<boolean> {
  const adapter = await factory.connect();
  try {
    const result = await adapter
      .queryRaw({
        sql: 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
        args: [],
        argTypes: [],
      })
      .catch(() => null);
    if (result === null) return false;
    const applied = new Map<unknown, unknown>();
    for (const [name, checksum, finishedAt, rolledBackAt] of result.rows) {
      if (finishedAt === null || rolledBackAt !== null) return false;
      applied.set(name, checksum);
    }
    return (
      applied.size === migrations.length &&
      migrations.every((m) => applied.get(m.name) === migrationChecksum(m.sql))
    );
  } finally {
    await adapter.dispose();
  }
}
