// What the Slack benchmark asks of its load generator (`slack-load.ts`) and what it gets back, and the
// launcher that runs the generator in a process of its own: building, signing, sending and timing a
// burst of requests would otherwise share the one event loop of the server being measured, and inflate
// the figures of both the desk and the bare Bolt app it is compared with.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const SlackLoadJobSchema = z.object({
  /** The receiver's events URL. */
  url: z.url(),
  /** The `/rights` texts, used in turn. */
  texts: z.array(z.string()).min(1),
  concurrency: z.number().int().positive(),
  /** Measured bursts, after one warm-up burst. */
  rounds: z.number().int().positive(),
  /** Also wait for, and time, each command's answer at its response URL. */
  awaitAnswers: z.boolean(),
});
export type SlackLoadJob = z.infer<typeof SlackLoadJobSchema>;

export const SlackLoadResultSchema = z.object({
  /** Milliseconds from sending each command to having read its ack. */
  acks: z.array(z.number()),
  /** Milliseconds from sending each command to its answer at the response URL; empty unless asked. */
  answers: z.array(z.number()),
});
export type SlackLoadResult = z.infer<typeof SlackLoadResultSchema>;

const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs the load generator in a child process and returns its timings. */
export async function measureSlackLoad(job: SlackLoadJob): Promise<SlackLoadResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'slack-load.ts'), JSON.stringify(job)],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  if (code !== 0) throw new Error(`the Slack load generator exited with code ${code}`);
  return SlackLoadResultSchema.parse(JSON.parse(output));
}
