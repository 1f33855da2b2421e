// First-start benchmark (`npm run bench -- first-start`), issue 17: a mailbox that already holds a year's
// mail (received a year ago: written into its maildir with that date, then indexed by Dovecot) read by Rightsdesk's real watcher on its first start,
// with the default backlog handling (ticketed, not acknowledged, not announced), beside the steady-state
// rate in the same run: the same corpus mail in a second mailbox, each acknowledged as new mail is. Each
// in its own child process, as the `rightsdesk` command runs it (compiled, with its V8 flags), so its
// peak RSS is its own. BENCH_FIRST_START_MESSAGES sets the old mail (default 5,000; 50,000 for the
// figure in the report); BENCH_STEADY_MESSAGES the steady-state sample (default 2,000). Asserts nothing.
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compiledProject } from '../scripts/compile.mjs';
import { migrateDatabase } from '../src/adapters/db/database.js';
import { ImapFlow } from 'imapflow';
import { appendReceivedAt } from '../test/support/imap-append.js';
import { idsOf } from '../test/support/processes.js';
import { type MailAccount, startDovecot } from './support/servers.js';

const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(root, '../shared/corpus/dev');
const OLD = Number(process.env.BENCH_FIRST_START_MESSAGES ?? 5000);
const STEADY = Number(process.env.BENCH_STEADY_MESSAGES ?? 2000);
/** APPENDs in flight at once: enough to keep Dovecot busy, few enough to hold little memory. */
const APPEND_CHUNK = 1000;
const launcherFlags = readFileSync(join(root, 'bin/rightsdesk.mjs'), 'utf8')
  .split('\n', 1)[0]!
  .split(' ')
  .filter((word) => word.startsWith('--'));
const say = (line: string) => process.stdout.write(`first start: ${line}\n`);

const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'latin1'));
/** Corpus message `i`, cycled, made unique (its own Message-ID and a marker header). */
const message = (i: number, tag: string) =>
  Buffer.from(
    `X-Bench-Copy: ${tag}${i}\r\n` +
      corpus[i % corpus.length]!.replace(
        /^Message-ID:\s*<([^>]+)>/im,
        (_m, id: string) => `Message-ID: <${tag}${i}.${id}>`,
      ),
    'latin1',
  );

/** APPENDs `count` corpus messages received at `receivedAt`. */
async function fill(account: MailAccount, count: number, tag: string, receivedAt: Date): Promise<void> {
  for (let from = 0; from < count; from += APPEND_CHUNK) {
    const chunk = Array.from({ length: Math.min(APPEND_CHUNK, count - from) }, (_, i) =>
      message(from + i, tag),
    );
    await appendReceivedAt(server.imapOptions(account), chunk, receivedAt);
  }
}

/**
 * Writes `count` corpus messages straight into the account's maildir, each file's mtime being its
 * INTERNALDATE (Dovecot's maildir keeps the received date there), then lets Dovecot index them, so
 * that the first start finds a mailbox as a server that has held it for a year would. Far quicker
 * than APPEND for 50,000 messages; the files belong to the mail user, as Dovecot's own do.
 */
async function fillMaildir(account: MailAccount, count: number, tag: string, receivedAt: Date) {
  const owner = await idsOf('nobody');
  const box = join(server.mailRoot, account.user);
  for (const sub of ['', 'cur', 'new', 'tmp']) {
    mkdirSync(join(box, sub), { recursive: true });
    chownSync(join(box, sub), owner.uid, owner.gid);
  }
  const seconds = Math.floor(receivedAt.getTime() / 1000);
  for (let i = 0; i < count; i++) {
    const raw = message(i, tag);
    // Maildir names: <time>.<unique>.<host>, with the size (S=) Dovecot reads instead of stat(), and the
    // info part (:2,) of a message already moved to cur/.
    const file = join(box, 'cur', `${seconds}.M${i}P${process.pid}.bench,S=${raw.length}:2,`);
    writeFileSync(file, raw);
    chownSync(file, owner.uid, owner.gid);
    utimesSync(file, receivedAt, receivedAt);
  }
  const client = new ImapFlow(server.imapOptions(account));
  await client.connect();
  try {
    // SELECT makes Dovecot assign UIDs and build its index (dovecot-uidlist, the index files).
    await client.mailboxOpen('INBOX');
    await client.status('INBOX', { messages: true });
  } finally {
    await client.logout();
  }
}

interface Figures {
  messages: number;
  tickets: number;
  acknowledgements: number;
  seconds: number;
  baselineRssMb: number;
  maxRssMb: number;
  progress: string[];
}

async function runWorker(account: MailAccount, backlog: string | null): Promise<Figures> {
  const state = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
  const url = `file:${join(state, 'bench.db')}`;
  await migrateDatabase(url);
  const worker = spawnSync(process.execPath, [...launcherFlags, workerScript], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_STATE: state,
      BENCH_DATABASE_URL: url,
      BENCH_IMAP: JSON.stringify({ host: server.host, port: server.port, account }),
      ...(backlog ? { BENCH_BACKLOG: backlog } : {}),
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (worker.status !== 0) throw new Error(`first-start worker failed: ${worker.stderr}`);
  const progress = worker.stderr.split('\n').flatMap((line) => {
    try {
      const parsed = JSON.parse(line) as { msg?: unknown };
      return typeof parsed.msg === 'string' && /^catching up|^caught up/.test(parsed.msg) ? [parsed.msg] : [];
    } catch {
      return [];
    }
  });
  return { ...(JSON.parse(worker.stdout.trim().split('\n').at(-1)!) as Omit<Figures, 'progress'>), progress };
}

const rate = (f: Figures) => f.messages / f.seconds;
const server = await startDovecot({ user: 'firststart' });
const compiled = await compiledProject(root, ['bench/first-start-worker.ts', 'test/support/imap-org.ts']);
const workerScript = join(compiled, 'bench/first-start-worker.js');
try {
  const old = await server.addUser('old');
  const steady = await server.addUser('steady');
  const yearAgo = new Date(Date.now() - 365 * 24 * 3_600_000);
  const appendStarted = performance.now();
  await fillMaildir(old, OLD, 'old', yearAgo);
  const appendSeconds = (performance.now() - appendStarted) / 1000;
  say(
    `wrote ${OLD.toLocaleString('en')} messages received a year ago into the maildir (indexed) in ${appendSeconds.toFixed(1)} s`,
  );
  await fill(steady, STEADY, 'new', new Date());

  // Every mail acknowledged, as mail arriving after the mailbox was added is: the steady-state rate.
  const steadyRun = await runWorker(steady, '{ acknowledge: true, announce: true }');
  const first = await runWorker(old, null);

  for (const line of first.progress.slice(0, 2)) say(`  log: ${line}`);
  if (first.progress.length > 4) say(`  log: … ${first.progress.length - 4} more progress lines …`);
  for (const line of first.progress.slice(Math.max(2, first.progress.length - 2))) say(`  log: ${line}`);
  say(
    `steady state (${steadyRun.messages.toLocaleString('en')} msgs, each acknowledged): ${rate(steadyRun).toFixed(0)} msg/s, ` +
      `${steadyRun.acknowledgements.toLocaleString('en')} acknowledgements, peak RSS ${steadyRun.maxRssMb.toFixed(0)} MB`,
  );
  say(
    `first start on ${first.messages.toLocaleString('en')} old msgs (default: not acknowledged): ${first.seconds.toFixed(1)} s = ` +
      `${rate(first).toFixed(0)} msg/s (${(rate(first) / rate(steadyRun)).toFixed(2)}x steady state), ` +
      `${first.tickets.toLocaleString('en')} tickets, ${first.acknowledgements} acknowledgements, ` +
      `peak RSS ${first.maxRssMb.toFixed(0)} MB (${first.baselineRssMb.toFixed(0)} MB before the first message)`,
  );
} finally {
  await server.dispose();
}
