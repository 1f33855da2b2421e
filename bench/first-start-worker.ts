// Child process of the first-start benchmark (issue 17): the production wiring (composition root, IMAP
// watcher) on a database set up beforehand, timed from the start of intake until the mailbox is caught
// up. BENCH_BACKLOG is the mailbox's `imap.backlog` block (unset: the default, backlog neither
// acknowledged nor announced). Logs go to stderr as `rightsdesk run` writes them (the parent keeps the
// progress lines); prints one JSON line of figures on stdout.
import { compose } from '../src/composition-root.js';
import { imapOrganisation } from '../test/support/imap-org.js';

const imap = JSON.parse(process.env.BENCH_IMAP ?? '{}') as {
  host: string;
  port: number;
  account: { user: string; password: string };
};
const backlog = process.env.BENCH_BACKLOG;
const org = imapOrganisation(imap, imap.account, backlog ? { backlog } : {});
const app = await compose({
  ...org.env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
  RIGHTSDESK_STATE_DIR: process.env.BENCH_STATE ?? '',
  LOG_LEVEL: 'info',
  INTAKE_BATCH_SIZE: '100',
});
const baselineRssMb = process.memoryUsage().rss / 1048576;
const started = performance.now();
const intake = app.startImapIntake();
await intake.syncAll();
const seconds = (performance.now() - started) / 1000;
await intake.stop();
const db = app.database.db;
const [messages, tickets, acknowledgements] = await Promise.all([
  db.rawMessage.count(),
  db.ticket.count(),
  db.outboundEmail.count({ where: { template: 'acknowledgement' } }),
]);
await app.close();
process.stdout.write(
  `${JSON.stringify({ messages, tickets, acknowledgements, seconds, baselineRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
