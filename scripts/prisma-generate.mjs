// Generates both Prisma clients (SQLite and PostgreSQL) after `npm ci`, offline.
// The Prisma CLI insists on locating its native schema engine even for `generate`, which only uses
// WebAssembly; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable (node itself) satisfies it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(cli)) process.exit(0); // installed without dev tooling: nothing to generate
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  execFileSync(process.execPath, [cli, 'generate', '--schema', schema], { cwd: root, env, stdio: 'inherit' });
}
