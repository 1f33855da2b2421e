// Compiles the TypeScript sources (src/ and the generated Prisma clients) to JavaScript under .build/,
// once per distinct content, for the `rightsdesk` command to run: a process that runs compiled code has
// no TypeScript loader beside it, which saves about 50 MB at intake's peak. Transpiling only, file by
// file, with esbuild (type checking stays with `npm run typecheck`); a few hundred milliseconds when the
// sources changed, a hash of them otherwise. Source maps go beside each file, so that a stack trace
// names the TypeScript source and line (the bin turns them on; they cost no memory measured at intake).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Builds older than this are removed when a new one is made (a running process has loaded its modules). */
const KEEP_MS = 24 * 3_600_000;

function typeScriptFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The folder of the compiled copy of `root`'s sources (plus `extra` files, relative to `root`), building
 * it first if these exact sources were never built. Safe to call from several processes at once: each
 * build goes into a folder of its own and the first to finish wins.
 */
export async function compiledProject(root, extra = []) {
  const files = [...typeScriptFiles(join(root, 'src')), ...typeScriptFiles(join(root, 'generated'))]
    .concat(extra.map((file) => join(root, file)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  const builds = join(root, '.build');
  const dir = join(builds, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, '.complete'))) return dir;

  // buildSync runs esbuild once and leaves no service process behind for a long-running daemon to keep.
  const { buildSync } = await import('esbuild');
  const partial = `${dir}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  buildSync({
    entryPoints: files,
    outdir: partial,
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    sourcemap: 'linked',
  });
  writeFileSync(join(partial, '.complete'), new Date().toISOString());
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process finished the same build first; its copy is as good as this one.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, '.complete'))) throw error;
  }
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > KEEP_MS)
      rmSync(path, { recursive: true, force: true });
  }
  return dir;
}
