// Child process of the intake benchmark: the naive peer that intake is measured against (issue 17). It
// does what any small tool would: fetch each source with imapflow, parse it with postal-mime, insert one
// row per message with better-sqlite3, one transaction per 100 messages. No classification, tickets,
// deadlines, audit chain or acknowledgement. Prints one JSON line.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ImapFlow } from 'imapflow';
import PostalMime from 'postal-mime';

const imap = JSON.parse(process.env.BENCH_IMAP ?? '{}') as {
  host: string;
  port: number;
  account: { user: string; password: string };
};
const BATCH = 100;
const db = new Database(join(process.env.BENCH_STATE ?? '', 'peer.db'));
db.pragma('journal_mode = WAL');
db.exec(
  'CREATE TABLE message (uid INTEGER PRIMARY KEY, message_id TEXT, sender TEXT, subject TEXT, body TEXT, raw BLOB)',
);
const insert = db.prepare(
  'INSERT INTO message (uid, message_id, sender, subject, body, raw) VALUES (?, ?, ?, ?, ?, ?)',
);
const insertBatch = db.transaction((rows: unknown[][]) => {
  for (const row of rows) insert.run(...row);
});
const baselineRssMb = process.memoryUsage().rss / 1048576;

const client = new ImapFlow({
  host: imap.host,
  port: imap.port,
  secure: false,
  auth: { user: imap.account.user, pass: imap.account.password },
  logger: false,
});
await client.connect();
const started = performance.now();
const cpuStarted = process.cpuUsage();
let messages = 0;
const lock = await client.getMailboxLock('INBOX', { readOnly: true });
try {
  const selected = client.mailbox;
  if (selected === false) throw new Error('INBOX is not selected');
  for (let first = 1; first < selected.uidNext; first += BATCH) {
    const rows: unknown[][] = [];
    const range = `${first}:${Math.min(first + BATCH - 1, selected.uidNext - 1)}`;
    for await (const message of client.fetch(range, { uid: true, source: true }, { uid: true })) {
      if (message.source === undefined) continue;
      const parsed = await PostalMime.parse(message.source);
      rows.push([
        message.uid,
        parsed.messageId ?? null,
        parsed.from?.address ?? null,
        parsed.subject ?? null,
        parsed.text ?? null,
        message.source,
      ]);
    }
    insertBatch(rows);
    messages += rows.length;
  }
} finally {
  lock.release();
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await client.logout();
db.close();
process.stdout.write(
  `${JSON.stringify({ messages, seconds, cpuSeconds, baselineRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
