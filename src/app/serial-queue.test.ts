import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue.js';

/** A promise the test settles by hand. */
function gate() {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets a few turns of the event loop pass. */
const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('the desk queue', () => {
  it('runs one job at a time, in the order they came', async () => {
    const queue = createSerialQueue();
    const started: string[] = [];
    const first = gate();
    const a = queue.run(async () => {
      started.push('a');
      await first.opened;
      return 'a done';
    });
    const b = queue.run(async () => {
      started.push('b');
      return 'b done';
    });
    await turns(5);
    expect(started).toEqual(['a']);
    first.open();
    expect(await Promise.all([a, b])).toEqual(['a done', 'b done']);
    expect(started).toEqual(['a', 'b']);
  });

  it('starts each job on a later turn of the event loop, after the callbacks already due', async () => {
    const queue = createSerialQueue();
    const order: string[] = [];
    const jobs = ['a', 'b'].map((name) =>
      queue.run(async () => {
        order.push(name);
      }),
    );
    // Stands for a request that arrived while the jobs were queued: it goes between them, not after both.
    setImmediate(() => order.push('request'));
    await Promise.all(jobs);
    expect(order).toEqual(['a', 'request', 'b']);
  });

  it('a failing job rejects its own caller only, and the next job still runs', async () => {
    const queue = createSerialQueue();
    const failing = queue.run(() => Promise.reject(new Error('database gone')));
    const next = queue.run(async () => 'still answered');
    await expect(failing).rejects.toThrow('database gone');
    expect(await next).toBe('still answered');
  });

  it('is idle only once the last job has ended', async () => {
    const queue = createSerialQueue();
    const job = gate();
    let idle = false;
    const running = queue.run(() => job.opened);
    const waited = queue.idle().then(() => (idle = true));
    await turns(5);
    expect(idle).toBe(false);
    job.open();
    await Promise.all([running, waited]);
    expect(idle).toBe(true);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
