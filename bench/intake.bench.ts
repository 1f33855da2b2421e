// Intake benchmark (`npm run bench`): 2,000 messages plus one with a 30 MB attachment in a real Dovecot,
// fetched by plain imapflow (the baseline) and ingested end to end into SQLite by the real watcher, in a
// child process so that its peak RSS is its own. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compiledProject } from '../scripts/compile.mjs';
import { migrateDatabase } from '../src/adapters/db/database.js';
import { rawFetchRate } from './imap-raw-fetch.js';
import { startDovecot } from './support/servers.js';

const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(root, '../shared/corpus/dev');
const COUNT = Number(process.env.BENCH_INTAKE_MESSAGES ?? 2000);
/** The V8 flags the `rightsdesk` command runs with (its shebang line), so the memory measured is the product's. */
const launcherFlags = readFileSync(join(root, 'bin/rightsdesk.mjs'), 'utf8')
  .split('\n', 1)[0]!
  .split(' ')
  .filter((word) => word.startsWith('--'));

/** Corpus messages cycled to COUNT, each made unique (its own Message-ID and a marker header). */
function benchMessages(): Buffer[] {
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'latin1'));
  return Array.from({ length: COUNT }, (_, i) => {
    const text = corpus[i % corpus.length]!.replace(
      /^Message-ID:\s*<([^>]+)>/im,
      (_m, id: string) => `Message-ID: <bench${i}.${id}>`,
    );
    return Buffer.from(`X-Bench-Copy: ${i}\r\n${text}`, 'latin1');
  });
}

/** A request with a 30 MB attachment (base64 of 22 MB), as a scanned ID document might arrive. */
function hugeMessage(): Buffer {
  const payload = randomBytes(22 * 1024 * 1024)
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    'From: Big Sender <big@example.com>\r\nTo: privacy@zmapi.example\r\nSubject: ID document attached\r\n' +
      'Message-ID: <bench-huge@example.com>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n' +
      'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease delete my account.\r\n' +
      `--b\r\nContent-Type: application/pdf; name="id.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n--b--\r\n`,
  );
}

const server = await startDovecot({ user: 'bench' });
try {
  const account = await server.addUser('bench');
  const messages = [...benchMessages(), hugeMessage()];
  process.stdout.write(`intake: appending ${messages.length} messages to Dovecot…\n`);
  await server.appendMessages(account, messages);

  // The database is set up here, as a first start or an upgrade would have: the measured process is
  // the intake of an installation that is already running, and does not load the schema engine.
  const state = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
  await migrateDatabase(`file:${join(state, 'bench.db')}`);
  // Compiled as the `rightsdesk` command runs the product, so the memory measured is the product's.
  const compiled = await compiledProject(root, ['bench/intake-worker.ts', 'test/support/imap-org.ts']);
  const raw = await rawFetchRate({ imapOptions: server.imapOptions(account), mailbox: 'INBOX' });
  const worker = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      ...launcherFlags,
      join(compiled, 'bench/intake-worker.js'),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        BENCH_STATE: state,
        BENCH_IMAP: JSON.stringify({ host: server.host, port: server.port, account }),
      },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  if (worker.status !== 0) throw new Error(`intake worker failed: ${worker.stderr}`);
  const intake = JSON.parse(worker.stdout.trim().split('\n').at(-1)!) as {
    messages: number;
    seconds: number;
    maxRssMb: number;
    baselineRssMb: number;
    hugeStoredHeadersOnly: boolean;
  };

  const rawRate = raw.messages / raw.seconds;
  const intakeRate = intake.messages / intake.seconds;
  process.stdout.write(
    `intake: raw imapflow fetch ${raw.messages} msgs (${(raw.bytes / 1048576).toFixed(1)} MB) in ${raw.seconds.toFixed(2)} s = ${rawRate.toFixed(0)} msg/s\n` +
      `intake: end to end into SQLite ${intake.messages} msgs in ${intake.seconds.toFixed(2)} s = ${intakeRate.toFixed(0)} msg/s\n` +
      `intake: ratio intake/raw = ${(intakeRate / rawRate).toFixed(2)} (target >= 0.5)\n` +
      `intake: peak RSS of the intake process ${intake.maxRssMb.toFixed(0)} MB (target < 200 MB); ${intake.baselineRssMb.toFixed(0)} MB of it before the first message; 30 MB message stored headers-only: ${intake.hugeStoredHeadersOnly}\n`,
  );
} finally {
  await server.dispose();
}
