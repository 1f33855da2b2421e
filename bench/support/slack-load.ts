// The Slack benchmark's load generator, run by `measureSlackLoad` in a process of its own. Sends one
// warm-up burst and then `rounds` bursts of `concurrency` concurrent `/rights` commands, signed before
// the clock starts, each with a response URL served here; a burst starts once the previous one is acked
// (and answered, when answers are awaited). Prints the timings on stdout as JSON, and nothing else.
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNING_SECRET, SLACK_USERS, signedForm, slashCommandForm } from '../../test/support/fake-slack.js';
import { type SlackLoadResult, SlackLoadJobSchema } from './slack-load-job.js';

const job = SlackLoadJobSchema.parse(JSON.parse(process.argv[2] ?? 'null'));

/** When each response URL was posted to, by path. */
const answered = new Map<string, (at: number) => void>();
const responses = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    answered.get(req.url ?? '')?.(performance.now());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
await new Promise<void>((listening) => responses.listen(0, '127.0.0.1', listening));
const base = `http://127.0.0.1:${(responses.address() as AddressInfo).port}`;

// node:http rather than fetch: fetch's own work per request (streams, promises) ran in this loop between
// the responses and lengthened the times measured; connections are kept open between bursts, as Slack's are.
const agent = new Agent({ keepAlive: true });

/** POSTs a signed command; resolves with the status once the whole response has been read. */
const post = (body: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const req = request(job.url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });

async function burst(round: number): Promise<{ acked: number; answered: number | null }[]> {
  const requests = Array.from({ length: job.concurrency }, (_, i) => {
    const path = `/response/${round}-${i}`;
    const answer = new Promise<number>((resolve) => answered.set(path, resolve));
    const form = slashCommandForm({
      userId: SLACK_USERS.agent,
      text: job.texts[i % job.texts.length]!,
      responseUrl: `${base}${path}`,
    });
    return { answer, ...signedForm(form, { secret: SIGNING_SECRET }) };
  });
  return Promise.all(
    requests.map(async ({ answer, body, headers }) => {
      const started = performance.now();
      const status = await post(body, headers);
      if (status !== 200) throw new Error(`HTTP ${status}`);
      const acked = performance.now() - started;
      return { acked, answered: job.awaitAnswers ? (await answer) - started : null };
    }),
  );
}

const result: SlackLoadResult = { acks: [], answers: [] };
for (let round = 0; round <= job.rounds; round++) {
  const timings = await burst(round);
  if (round === 0) continue;
  for (const { acked, answered } of timings) {
    result.acks.push(acked);
    if (answered !== null) result.answers.push(answered);
  }
}
agent.destroy();
responses.closeAllConnections();
responses.close();
process.stdout.write(JSON.stringify(result));
