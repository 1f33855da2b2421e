// What the fakes' "wait for" helpers share: a test waits until something it looks for has arrived,
// looked for again each time the fake records a request, or fails naming what arrived instead.

export interface Watch {
  /** Tells the waiting tests that the fake recorded something new. */
  changed(): void;
  /** Resolves with what `found` returns once it returns something; rejects after `timeoutMs`. */
  until<T>(found: () => T | undefined, what: () => string, timeoutMs: number): Promise<T>;
}

export function createWatch(): Watch {
  const waiters = new Set<() => void>();
  return {
    changed: () => {
      for (const wake of waiters) wake();
    },
    until: (found, what, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const result = found();
          if (result === undefined) return;
          cleanup();
          resolve(result);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${what()}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}
