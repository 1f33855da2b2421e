/**
 * How far a long catch-up (a first start on a full mailbox) has come: done of listed, the rate so far
 * and the time left at that rate, for the `run` log and `rightsdesk status`, so a pass of an hour is
 * not taken for a hang.
 */

export interface CatchUpProgress {
  readonly done: number;
  readonly of: number;
  /** Messages a second since the pass started; null before any time has passed. */
  readonly ratePerSecond: number | null;
  /** Seconds left at that rate; null while the rate is unknown. */
  readonly etaSeconds: number | null;
}

export function catchUpProgress(pass: {
  readonly done: number;
  readonly of: number;
  readonly startedAt: Date;
  readonly at: Date;
}): CatchUpProgress {
  const seconds = (pass.at.getTime() - pass.startedAt.getTime()) / 1000;
  const rate = seconds > 0 && pass.done > 0 ? pass.done / seconds : null;
  const left = Math.max(0, pass.of - pass.done);
  return {
    done: pass.done,
    of: pass.of,
    ratePerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: rate === null ? null : Math.round(left / rate),
  };
}

/** `12,500 of 50,000 (25%), 410 msg/s, about 1 h 31 min left`. */
export function describeProgress(progress: CatchUpProgress): string {
  const percent = progress.of > 0 ? Math.floor((progress.done / progress.of) * 100) : 100;
  const head = `${progress.done.toLocaleString('en')} of ${progress.of.toLocaleString('en')} (${percent}%)`;
  if (progress.ratePerSecond === null || progress.etaSeconds === null) return head;
  return `${head}, ${Math.round(progress.ratePerSecond).toLocaleString('en')} msg/s, about ${duration(progress.etaSeconds)} left`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
