// Prisma CLI configuration. The CLI is used only for `generate`; migrations are applied by the
// application itself (src/adapters/db/database.ts, through src/adapters/db/schema-engine.ts) because the CLI's migrate commands need a native
// engine that cannot be downloaded offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
