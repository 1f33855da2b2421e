/**
 * Runs background work one job at a time, in arrival order, each started on a later turn of the event
 * loop than the one before it ended. Used for Slack's desk answers after the requests are acked (the
 * SQLite driver is synchronous, so a burst of commands run back to back would hold the one event loop,
 * and the requests still arriving would be neither read nor acked: Slack gives up after 3 s) and for
 * the chat announcements of new tickets, which must not hold intake back. Starting each job from
 * `setImmediate` lets the I/O already due go first.
 */

export interface SerialQueue {
  /** Runs `job` once the jobs before it are done; settles as the job settles. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves once no job is waiting or running, so that a stop does not cut one off. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  // One at a time rather than a few: SQLite serialises the writes anyway. The cost is that a job's wait
  // on the network holds the next one back, which is why chat edits have a queue of their own.
  const waiting: (() => Promise<void>)[] = [];
  const whenIdle: (() => void)[] = [];
  let busy = false;

  const startNext = (): void => {
    const job = waiting.shift();
    if (!job) {
      busy = false;
      for (const wake of whenIdle.splice(0)) wake();
      return;
    }
    void job().then(() => setImmediate(startNext));
  };

  return {
    run: <T>(job: () => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        // The caller gets the job's outcome; the queue only learns that it ended, so it never rejects.
        waiting.push(() => new Promise<T>((settle) => settle(job())).then(resolve, reject));
        if (busy) return;
        busy = true;
        setImmediate(startNext);
      }),
    idle: () => (busy ? new Promise<void>((resolve) => whenIdle.push(resolve)) : Promise.resolve()),
  };
}
