import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { CatchUpMark } from '../db/mailbox-state.js';
import { startProgress } from './progress-log.js';

function recorder() {
  const lines: { msg: string; done?: number; of?: number; msgPerSecond?: number; etaSeconds?: number }[] = [];
  const marks: (CatchUpMark | null)[] = [];
  let clockReads = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
      done();
    },
  });
  const deps = {
    mailboxId: 'zmapi-privacy',
    state: {
      recordProgress: async (_mailbox: string, mark: CatchUpMark | null) => {
        marks.push(mark);
      },
    },
    log: pino({ level: 'info' }, stream),
    // 0 s at the start, 10 s at the report, 20 s at the end.
    now: () => new Date(Date.UTC(2026, 11, 7, 9, 0, 10 * clockReads++)),
  };
  return { lines, marks, deps };
}

describe('the progress of a long catch-up', () => {
  it('is logged with done, of, rate and time left, recorded for status, and cleared at the end', async () => {
    const { lines, marks, deps } = recorder();
    const progress = await startProgress(deps, 1_200);
    await progress?.report(500);
    await progress?.end(1_200);

    expect(lines[0]?.msg).toBe('catching up 1,200 messages');
    const middle = lines[1]!;
    expect(middle).toMatchObject({ done: 500, of: 1_200 });
    expect(middle).toMatchObject({ msgPerSecond: 50, etaSeconds: 14 });
    expect(middle.msg).toBe('catching up: 500 of 1,200 (41%), 50 msg/s, about 14 s left');
    expect(lines[2]?.msg).toBe('caught up 1,200 messages at 60 msg/s');
    expect(marks.map((m) => m && { of: m.of, done: m.done })).toEqual([
      { of: 1_200, done: 0 },
      { of: 1_200, done: 500 },
      null,
    ]);
  });

  it('says nothing of a short catch-up', async () => {
    const { lines, marks, deps } = recorder();
    expect(await startProgress(deps, 500)).toBeNull();
    expect(lines).toEqual([]);
    expect(marks).toEqual([]);
  });
});
