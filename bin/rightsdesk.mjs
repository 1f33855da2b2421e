#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=35
// Entry for the `rightsdesk` command. It runs a compiled copy of the TypeScript sources, built under
// .build/ on the first run after they change (scripts/compile.mjs), so no build step is needed and no
// TypeScript loader sits in the process; where the copy cannot be written, it runs the sources through
// tsx instead. The V8 flags (kept equal to the `rightsdesk` npm script's; a test checks) make a
// long-running intake collect garbage sooner: V8's default lets the heap grow about fourfold between
// full collections, which put intake's peak near 400 MB. A young generation of at most 2 MB semi-spaces
// and old-space growth of 35% between full collections keep an intake of the bench's 2,000 messages
// under 200 MB at its peak and at 120–140 MB before its first message (issue 17; with 8 MB and 50%,
// 205–219 and 134–149 MB), for 4–7% more CPU per message.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledProject } from '../scripts/compile.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let entry;
try {
  entry = pathToFileURL(join(await compiledProject(root), 'src/cli.js')).href;
  // Stack traces of the compiled copy name the TypeScript file and line.
  process.setSourceMapsEnabled(true);
} catch (error) {
  const reason = String(error?.message ?? error)
    .split('\n')
    .slice(0, 2)
    .join(' ');
  process.stderr.write(`rightsdesk: running the TypeScript sources (no compiled copy: ${reason})\n`);
  (await import('tsx/esm/api')).register();
  entry = pathToFileURL(join(root, 'src/cli.ts')).href;
}
await import(entry);
