// Generates both Prisma clients (SQLite and PostgreSQL) after `npm ci`, offline.
// The Prisma CLI insists on locating its native schema engine even for `generate`, which only uses
// WebAssembly; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable (node itself) satisfies it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

// The generated client imports its query compiler as a module holding the WebAssembly as one base64 string:
// the module's source and that string (about 4.5 MB of heap) stay loaded for the process's lifetime. The
// same file read as text instead is garbage once compiled (issue 17: idle memory). Where a Prisma release
// generates other code, the client is left as generated and this says so.
const IMPORTED =
  /const \{ wasm \} = await import\(("@prisma\/client\/runtime\/query_compiler_\w+\.\w+\.wasm-base64\.mjs")\)/;
for (const provider of ['sqlite', 'postgresql']) {
  const file = join(root, 'generated', provider, 'internal', 'class.ts');
  const code = readFileSync(file, 'utf8');
  const found = IMPORTED.exec(code);
  if (!found) {
    process.stderr.write(
      `prisma-generate: ${provider} client left as generated (its query compiler import changed)\n`,
    );
    continue;
  }
  const read =
    `const { readFile } = await import('node:fs/promises')\n` +
    `    // Read as text, not imported: the base64 string is not held by a module once the WebAssembly is compiled.\n` +
    `    const source = await readFile(new URL(import.meta.resolve(${found[1]})), 'latin1')\n` +
    `    const wasm = /^const wasm = "([^"]+)"/m.exec(source)?.[1]\n` +
    `    if (!wasm) throw new Error('query compiler: unexpected ${found[1].slice(1, -1)}')`;
  writeFileSync(file, code.replace(found[0], read));
}
