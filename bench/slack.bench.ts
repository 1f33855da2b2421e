// Slack benchmark (`npx tsx bench/slack.bench.ts`): bursts of 50 concurrent, correctly signed `/rights`
// commands against the real Bolt HTTP receiver of a composed Rightsdesk on SQLite, and the same bursts
// against a minimal Bolt app that only acks. The load comes from a separate process (see
// support/slack-load-job.ts), the same for both. Prints p50/p99 time to ack and their ratio, and the time
// until the desk's answer reaches the command's response URL; asserts nothing. Slack's limit is 3 s.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { listEmlFiles, readEml } from '../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../src/adapters/slack/slack-adapter.js';
import { ingestFiles } from '../src/app/intake/ingest-files.js';
import { SIGNING_SECRET, slackTestEnv, startFakeSlack } from '../test/support/fake-slack.js';
import { createTestApp, sampleInbox } from '../test/support/test-app.js';
import { measureSlackLoad } from './support/slack-load-job.js';

const CONCURRENCY = Number(process.env.BENCH_SLACK_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 10);
const TEXTS = ['list open', 'show RD-1001', 'list triage', 'show RD-1002', 'help'];

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/** Bursts of commands to `url` from the load generator; milliseconds to each ack and answer, sorted. */
async function load(url: string, awaitAnswers: boolean) {
  const { acks, answers } = await measureSlackLoad({
    url,
    texts: TEXTS,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    awaitAnswers,
  });
  const sorted = (t: number[]) => t.sort((a, b) => a - b);
  return { acks: sorted(acks), answers: sorted(answers) };
}

const fake = await startFakeSlack();
const app = await createTestApp({ env: slackTestEnv(fake) });
await ingestFiles(
  { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
  app.intake,
);
const running = await app.slack!.start();
const rightsdesk = await load(`http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`, true);

const receiver = new HTTPReceiver({
  signingSecret: SIGNING_SECRET,
  endpoints: SLACK_EVENTS_PATH,
  logLevel: LogLevel.ERROR,
});
const minimal = new App({
  token: 'xoxb-bench',
  receiver,
  clientOptions: { slackApiUrl: fake.apiUrl },
  logLevel: LogLevel.ERROR,
});
minimal.command('/rights', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok' });
});
const server = await minimal.start({ port: 0, host: '127.0.0.1' });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const baseline = await load(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, false);

const row = (name: string, t: readonly number[]) =>
  `${name.padEnd(22)} p50 ${quantile(t, 0.5).toFixed(1).padStart(7)} ms   p99 ${quantile(t, 0.99).toFixed(1).padStart(7)} ms   max ${(t.at(-1) ?? NaN).toFixed(1).padStart(7)} ms`;
console.log(
  `${ROUNDS} bursts of ${CONCURRENCY} concurrent signed /rights commands (after one warm-up burst), SQLite;` +
    ' load from a separate process',
);
console.log('time to ack');
console.log(row('rightsdesk (desk)', rightsdesk.acks));
console.log(row('bolt, ack only', baseline.acks));
console.log(
  `ratio                  p50 ${(quantile(rightsdesk.acks, 0.5) / quantile(baseline.acks, 0.5)).toFixed(2)}x      p99 ${(quantile(rightsdesk.acks, 0.99) / quantile(baseline.acks, 0.99)).toFixed(2)}x`,
);
console.log('time to answer (at the response URL)');
console.log(row('rightsdesk (desk)', rightsdesk.answers));

await minimal.stop();
await app.slack!.stop();
await app.close();
await fake.close();
