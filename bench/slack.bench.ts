// Slack benchmark (`npx tsx bench/slack.bench.ts`): bursts of 50 concurrent, correctly signed `/rights`
// commands against the real Bolt HTTP receiver of a composed Rightsdesk on SQLite (the answer is in the
// ack, so time to ack includes the desk's work), and the same bursts against a minimal Bolt app that
// only acks. Prints p50/p99 time to ack and their ratio; asserts nothing. Slack's limit is 3 s.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { listEmlFiles, readEml } from '../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../src/adapters/slack/slack-adapter.js';
import { ingestFiles } from '../src/app/intake/ingest-files.js';
import {
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
} from '../test/support/fake-slack.js';
import { createTestApp, sampleInbox } from '../test/support/test-app.js';

const CONCURRENCY = Number(process.env.BENCH_SLACK_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 10);

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/** `ROUNDS` bursts of `CONCURRENCY` commands after one warm-up burst; milliseconds to each ack. */
async function burst(url: string, texts: readonly string[], responseUrl: string): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, i) => {
        const form = slashCommandForm({
          userId: SLACK_USERS.agent,
          text: texts[i % texts.length]!,
          responseUrl,
        });
        const started = performance.now();
        const response = await postSigned(url, form, { secret: SIGNING_SECRET });
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        return performance.now() - started;
      }),
    );
    if (round > 0) times.push(...results);
  }
  return times.sort((a, b) => a - b);
}

const fake = await startFakeSlack();
const app = await createTestApp({ env: slackTestEnv(fake) });
await ingestFiles(
  { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
  app.intake,
);
const running = await app.slack!.start();
const rightsdesk = await burst(
  `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`,
  ['list open', 'show RD-1001', 'list triage', 'show RD-1002', 'help'],
  fake.responseUrl,
);

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
const baseline = await burst(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, ['list'], fake.responseUrl);

const row = (name: string, t: readonly number[]) =>
  `${name.padEnd(22)} p50 ${quantile(t, 0.5).toFixed(1).padStart(7)} ms   p99 ${quantile(t, 0.99).toFixed(1).padStart(7)} ms   max ${(t.at(-1) ?? NaN).toFixed(1).padStart(7)} ms`;
console.log(
  `${ROUNDS} bursts of ${CONCURRENCY} concurrent signed /rights commands (after one warm-up burst), SQLite`,
);
console.log(row('rightsdesk (desk)', rightsdesk));
console.log(row('bolt, ack only', baseline));
console.log(
  `ratio                  p50 ${(quantile(rightsdesk, 0.5) / quantile(baseline, 0.5)).toFixed(2)}x      p99 ${(quantile(rightsdesk, 0.99) / quantile(baseline, 0.99)).toFixed(2)}x`,
);

await minimal.stop();
await app.slack!.stop();
await app.close();
await fake.close();
