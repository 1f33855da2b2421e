// `npx tsx bench/idle-memory.ts`: where an intake process's memory goes before its first message. The
// child loads the parts of the production wiring one at a time, compiled and with the V8 flags as the
// `rightsdesk` command runs, on a SQLite database already set up; prints each part's heap and resident
// memory above the previous one. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compiledProject } from '../scripts/compile.mjs';
import { migrateDatabase } from '../src/adapters/db/database.js';
import { imapOrganisation } from '../test/support/imap-org.js';

const root = resolve(import.meta.dirname, '..');
const launcherFlags = readFileSync(join(root, 'bin/rightsdesk.mjs'), 'utf8')
  .split('\n', 1)[0]!
  .split(' ')
  .filter((word) => word.startsWith('--'));
const state = mkdtempSync(join(tmpdir(), 'rightsdesk-idle-'));
const url = `file:${join(state, 'idle.db')}`;
await migrateDatabase(url);
const org = imapOrganisation({ host: '127.0.0.1', port: 1 }, { user: 'idle', password: 'idle' });
const compiled = await compiledProject(root, ['bench/idle-memory-worker.ts']);
const child = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    ...launcherFlags,
    ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    join(compiled, 'bench/idle-memory-worker.js'),
  ],
  {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      BENCH_ENV: JSON.stringify({
        ...org.env,
        DATABASE_URL: url,
        RIGHTSDESK_STATE_DIR: state,
        LOG_LEVEL: 'silent',
      }),
    },
  },
);
if (child.status !== 0) throw new Error(child.stderr);
let previous = { heap: 0, external: 0, rss: 0 };
for (const line of child.stdout.trim().split('\n')) {
  const row = JSON.parse(line) as { part: string; heap: number; external: number; rss: number };
  const delta = (key: 'heap' | 'external' | 'rss') => (row[key] - previous[key]).toFixed(1).padStart(6);
  process.stdout.write(
    `${row.part.padEnd(42)} heap ${delta('heap')}  off-heap ${delta('external')}  RSS ${delta('rss')} MB  (RSS ${row.rss.toFixed(0)} MB)\n`,
  );
  previous = row;
}
