// The PostgreSQL schema is derived from the SQLite one, and each provider's newest migration records
// the schema it produces: these must all agree, or a migration was forgotten.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prismaPaths } from '../../src/adapters/db/database.js';
import { derivePostgresSchema } from '../../src/adapters/db/derive-schema.js';

function newestSnapshot(migrations: string): string {
  const newest = readdirSync(migrations, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .at(-1);
  return readFileSync(join(migrations, newest!, 'schema.prisma'), 'utf8');
}

describe('database schema sources', () => {
  const sqlite = readFileSync(prismaPaths.sqlite.schema, 'utf8');

  it('the PostgreSQL schema is the derivation of the SQLite schema (run npm run db:derive)', () => {
    expect(readFileSync(prismaPaths.postgresql.schema, 'utf8')).toBe(derivePostgresSchema(sqlite));
  });

  it('the newest migration of each provider produces the current schema (run npm run db:migration NAME)', () => {
    expect(newestSnapshot(prismaPaths.sqlite.migrations)).toBe(sqlite);
    expect(newestSnapshot(prismaPaths.postgresql.migrations)).toBe(derivePostgresSchema(sqlite));
  });
});
