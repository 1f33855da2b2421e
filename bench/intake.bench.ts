// Intake benchmark (`npm run bench`), issue 17: the same 2,000 messages in a real Dovecot, read by
//  - plain imapflow (the raw fetch: warmed, then the median of three passes),
//  - the naive peer (imapflow + postal-mime + one better-sqlite3 insert per message, bench/naive-peer-worker.ts),
//  - Rightsdesk's real watcher, end to end into SQLite and into PostgreSQL,
// each worker in its own child process so that its peak RSS is its own. A second mailbox holds the same
// mail plus one message just under INTAKE_MAX_MESSAGE_BYTES with a large attachment (a scanned ID
// document), to show what one near-limit message costs in memory. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compiledProject } from '../scripts/compile.mjs';
import { migrateDatabase } from '../src/adapters/db/database.js';
import { rawFetchRate } from './imap-raw-fetch.js';
import { type MailAccount, startDovecot, startPostgres } from './support/servers.js';

const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(root, '../shared/corpus/dev');
const COUNT = Number(process.env.BENCH_INTAKE_MESSAGES ?? 2000);
const MiB = 1024 * 1024;
/** The default INTAKE_MAX_MESSAGE_BYTES; the near-limit message stays 400 KiB under it. */
const NEAR_LIMIT_BYTES = 25 * MiB - 400 * 1024;
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

/** A request just under the size limit, almost all of it one base64 attachment (a scanned ID document). */
function nearLimitMessage(): Buffer {
  const head =
    'From: Big Sender <big@example.com>\r\nTo: privacy@zmapi.example\r\nSubject: ID document attached\r\n' +
    'Message-ID: <bench-near-limit@example.com>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n' +
    'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease delete my account.\r\n' +
    '--b\r\nContent-Type: application/pdf; name="id.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n';
  const tail = '\r\n--b--\r\n';
  // base64 with CRLF every 76 characters: 78 bytes of message for every 57 bytes of document.
  const documentBytes = Math.floor(((NEAR_LIMIT_BYTES - head.length - tail.length) / 78) * 57);
  const payload = randomBytes(documentBytes).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(head + payload + tail);
}

interface WorkerFigures {
  messages: number;
  seconds: number;
  /** CPU time of the worker process (all its threads) over the same span: steadier than the rate on a busy machine. */
  cpuSeconds: number;
  maxRssMb: number;
  baselineRssMb: number;
  /** Intake workers only: the largest heap (used, reserved) and off-heap memory while ingesting, in MB. */
  peak?: { heapUsed: number; heapTotal: number; external: number };
}

function runWorker(
  script: string,
  server: { host: string; port: number },
  account: MailAccount,
  env: Record<string, string>,
): WorkerFigures {
  const state = env.BENCH_STATE ?? mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
  const worker = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      ...launcherFlags,
      // More V8 flags to measure (e.g. BENCH_NODE_FLAGS='--max-semi-space-size=4'); the product's by default.
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      script,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        BENCH_STATE: state,
        BENCH_IMAP: JSON.stringify({ host: server.host, port: server.port, account }),
      },
      encoding: 'utf8',
      maxBuffer: MiB,
    },
  );
  if (worker.status !== 0) throw new Error(`${script} failed: ${worker.stderr}`);
  return JSON.parse(worker.stdout.trim().split('\n').at(-1)!) as WorkerFigures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (f: { messages: number; seconds: number }) => f.messages / f.seconds;
/** Milliseconds of CPU per message. */
const cpuMs = (f: WorkerFigures) => `${((f.cpuSeconds * 1000) / f.messages).toFixed(2)} ms CPU/msg`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const say = (line: string) => process.stdout.write(`intake: ${line}\n`);

const server = await startDovecot({ user: 'bench' });
const postgres = await startPostgres();
try {
  const messages = benchMessages();
  const plain = await server.addUser('bench');
  const withDocument = await server.addUser('benchdoc');
  const document = nearLimitMessage();
  say(
    `appending ${messages.length} messages to two mailboxes, the second with one of ${(document.length / MiB).toFixed(1)} MiB…`,
  );
  await server.appendMessages(plain, messages);
  await server.appendMessages(withDocument, [...messages, document]);

  // The raw fetch speeds up as the JIT warms: one pass is discarded, then the median of three.
  await rawFetchRate({ imapOptions: server.imapOptions(plain), mailbox: 'INBOX' });
  const rawPasses = [];
  for (let i = 0; i < 3; i++)
    rawPasses.push(await rawFetchRate({ imapOptions: server.imapOptions(plain), mailbox: 'INBOX' }));
  const rawRate = median(rawPasses.map(rate));

  // Compiled as the `rightsdesk` command runs the product, so the memory measured is the product's.
  const compiled = await compiledProject(root, [
    'bench/intake-worker.ts',
    'bench/naive-peer-worker.ts',
    'test/support/imap-org.ts',
  ]);
  const peer = runWorker(join(compiled, 'bench/naive-peer-worker.js'), server, plain, {});
  // Each intake run gets a database set up beforehand, as every start after the first finds it.
  const sqlite = async () => {
    const state = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-'));
    const url = `file:${join(state, 'bench.db')}`;
    await migrateDatabase(url);
    return { BENCH_STATE: state, BENCH_DATABASE_URL: url };
  };
  const intakeWorker = join(compiled, 'bench/intake-worker.js');
  const intake = runWorker(intakeWorker, server, plain, await sqlite());
  const intakeDocument = runWorker(intakeWorker, server, withDocument, await sqlite());
  const pgUrl = await postgres.createDatabase('intake_bench');
  await migrateDatabase(pgUrl);
  const intakePg = runWorker(intakeWorker, server, plain, { BENCH_DATABASE_URL: pgUrl });
  const pgDocumentUrl = await postgres.createDatabase('intake_bench_doc');
  await migrateDatabase(pgDocumentUrl);
  const intakePgDocument = runWorker(intakeWorker, server, withDocument, {
    BENCH_DATABASE_URL: pgDocumentUrl,
  });

  say(
    `raw imapflow fetch: ${rawPasses.map((p) => rate(p).toFixed(0)).join(', ')} msg/s; median ${rawRate.toFixed(0)} msg/s`,
  );
  say(
    `naive peer (imapflow + postal-mime + better-sqlite3): ${rate(peer).toFixed(0)} msg/s, ${cpuMs(peer)}, peak RSS ${mb(peer.maxRssMb)} (${mb(peer.baselineRssMb)} before the first message)`,
  );
  for (const [engine, run, doc] of [
    ['SQLite', intake, intakeDocument],
    ['PostgreSQL', intakePg, intakePgDocument],
  ] as const) {
    say(
      `Rightsdesk into ${engine}: ${run.messages} msgs in ${run.seconds.toFixed(2)} s = ${rate(run).toFixed(0)} msg/s, ${cpuMs(run)}; ` +
        `intake/peer ${(rate(run) / rate(peer)).toFixed(2)} (target >= 1.0), intake/raw ${(rate(run) / rawRate).toFixed(2)}; ` +
        `CPU peer/intake ${(peer.cpuSeconds / peer.messages / (run.cpuSeconds / run.messages)).toFixed(2)}`,
    );
    say(
      `Rightsdesk into ${engine}: peak RSS ${mb(run.maxRssMb)} (target < 200 MB), ${mb(run.baselineRssMb)} before the first message (target <= 130 MB); ` +
        `with the ${(document.length / MiB).toFixed(1)} MiB message: peak ${mb(doc.maxRssMb)}, ` +
        `${((doc.maxRssMb - doc.baselineRssMb) / (document.length / MiB)).toFixed(1)}x the message above idle (target <= 2x)`,
    );
    const peak = (f: WorkerFigures) =>
      f.peak
        ? `heap ${mb(f.peak.heapUsed)} used / ${mb(f.peak.heapTotal)} reserved, ${mb(f.peak.external)} outside the heap`
        : '';
    say(
      `Rightsdesk into ${engine}: largest while ingesting: ${peak(run)}; with the large message: ${peak(doc)}`,
    );
  }
} finally {
  await Promise.all([server.dispose(), postgres.stop()]);
}
