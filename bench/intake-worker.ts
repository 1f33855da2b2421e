// Child process of the intake benchmark: the production wiring (composition root, IMAP watcher) on a
// database that the parent has set up (as every start after the first finds it), timed from the start
// of intake until the mailbox is caught up. Prints one JSON line.
import { compose } from '../src/composition-root.js';
import { imapOrganisation } from '../test/support/imap-org.js';

const imap = JSON.parse(process.env.BENCH_IMAP ?? '{}') as {
  host: string;
  port: number;
  account: { user: string; password: string };
};
const state = process.env.BENCH_STATE ?? '';
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
// The bench's mail is in the box before intake starts, so it is backlog (issue 17): acknowledged here
// all the same, so that intake is measured doing what it does for new mail.
const org = imapOrganisation(imap, imap.account, { backlog: '{ acknowledge: true, announce: true }' });
const app = await compose({
  ...org.env,
  DATABASE_URL: databaseUrl,
  RIGHTSDESK_STATE_DIR: state,
  LOG_LEVEL: 'silent',
  INTAKE_BATCH_SIZE: '100',
});
// RSS once everything is loaded (Prisma, the language model, the module graph), before any mail.
const baselineRssMb = process.memoryUsage().rss / 1048576;
// The largest heap (used and reserved) and memory outside it seen while ingesting, sampled every 20 ms.
const peak = { heapUsed: 0, heapTotal: 0, external: 0 };
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed / 1048576);
  peak.heapTotal = Math.max(peak.heapTotal, usage.heapTotal / 1048576);
  peak.external = Math.max(peak.external, (usage.external + usage.arrayBuffers) / 1048576);
}, 20);
const started = performance.now();
const cpuStarted = process.cpuUsage();
const intake = app.startImapIntake();
await intake.syncAll();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
await intake.stop();
const messages = await app.database.db.rawMessage.count();
await app.close();
process.stdout.write(
  `${JSON.stringify({ messages, seconds, cpuSeconds, baselineRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024, peak })}\n`,
);
