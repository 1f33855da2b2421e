/**
 * The project's folder (the one holding package.json and prisma/), found from this module's own place,
 * so that the paths to prisma/, templates/ and examples/ hold both for the TypeScript sources and for
 * the compiled copy under .build/ that the `rightsdesk` command runs.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'prisma'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Rightsdesk project folder above ${start}`);
  }
}

export const projectRoot = projectRootAbove(dirname(fileURLToPath(import.meta.url)));
