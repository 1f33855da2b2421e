/**
 * Derives the PostgreSQL schema from the one hand-edited SQLite schema. A generated Prisma client is
 * bound to one provider, so both clients are generated, but the models are written once.
 */

export function derivePostgresSchema(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/provider(\s*)= "sqlite"/, 'provider$1= "postgresql"')
    .replace(/output(\s*)= "\.\.\/generated\/sqlite"/, 'output$1= "../../generated/postgresql"');
  if (swapped === sqliteSchema)
    throw new Error('prisma/schema.prisma: expected provider = "sqlite" and output = "../generated/sqlite"');
  return `// GENERATED from prisma/schema.prisma by \`npm run db:derive\`: do not edit.\n${swapped}`;
}
