/** Per-step deadlines for IMAP commands: a stuck server must fail a step visibly, never stall intake silently. */

export class StepTimeoutError extends Error {
  readonly code = 'step_timeout';
}

export async function withTimeout<T>(work: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StepTimeoutError(`IMAP step "${step}" took longer than ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Drains an async iterator into an array. imapflow forbids other commands inside a fetch() loop (it deadlocks). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
