// `npm run bench`: runs every benchmark script in bench/ (files named *.bench.ts) one after the other,
// each in its own process (with --expose-gc, for heap figures) so that one's memory does not colour the
// next. Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n== ${script}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, script)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
