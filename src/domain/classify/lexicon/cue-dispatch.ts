/**
 * Which of a lexicon's cues to try on the text its literal index scanned last, found from the literals that
 * occurred rather than by asking each cue: a lexicon has hundreds of cues and an email holds few of their
 * literals, and going through every cue's literal ids touched memory all over the heap for each email.
 * The cues come out in their written order, so the verdict, its evidence and its reasons are the same as
 * when every cue is asked in turn.
 */
import type { LiteralIndex } from './literal-index.js';

/** What the dispatch reads of a cue: the ids of its first set of required literals (null: always try it). */
interface Needs {
  readonly literals: Int32Array | null;
}

export class CueDispatch {
  /**
   * For each literal id from `low` to `high`, where its cues start in `cueIds` (one entry more): only the
   * ids this lexicon's cues use, in 16-bit entries where they fit (the 78 lexicons share two indexes).
   */
  private readonly starts: Uint16Array | Int32Array;
  private readonly cueIds: Uint16Array | Int32Array;
  /** The cues without a known literal, tried on every text. */
  private readonly always: Int32Array;
  private readonly low: number;
  private readonly high: number;
  /** Per cue, the last call that picked it (so that a cue needing several found literals comes once). */
  private readonly stamp: Int32Array;
  private readonly picked: Int32Array;
  private generation = 0;

  constructor(cues: readonly Needs[]) {
    const ids = cues.flatMap((cue) => (cue.literals === null ? [] : [...cue.literals]));
    let low = 0x7fffffff;
    let high = -1;
    for (const id of ids) [low, high] = [Math.min(low, id), Math.max(high, id)];
    if (high < 0) low = 0;
    const span = high - low + 1;
    const counts = new Int32Array(span + 1);
    for (const id of ids) counts[id - low + 1]!++;
    for (let k = 0; k < span; k++) counts[k + 1]! += counts[k]!;
    const narrow = ids.length < 0x10000 && cues.length < 0x10000;
    const starts = narrow ? Uint16Array.from(counts) : counts;
    const cueIds = narrow ? new Uint16Array(ids.length) : new Int32Array(ids.length);
    const next = counts.slice(0, span);
    const always: number[] = [];
    cues.forEach((cue, c) => {
      if (cue.literals === null) always.push(c);
      else for (const id of cue.literals) cueIds[next[id - low]!++] = c;
    });
    this.starts = starts;
    this.cueIds = cueIds;
    this.low = low;
    this.high = high;
    this.always = Int32Array.from(always);
    this.stamp = new Int32Array(cues.length);
    this.picked = new Int32Array(cues.length);
  }

  /**
   * The indices, in ascending order, of the cues with no known literal or with one of their first set in
   * the text `index` scanned last: every cue whose literals allow a match is among them.
   */
  candidates(index: LiteralIndex): Int32Array {
    if (this.generation === 0x7fffffff) {
      this.generation = 0;
      this.stamp.fill(0);
    }
    const generation = ++this.generation;
    const { starts, cueIds, stamp, picked, low, high } = this;
    let count = 0;
    for (let i = 0; i < this.always.length; i++) {
      const cue = this.always[i]!;
      stamp[cue] = generation;
      picked[count++] = cue;
    }
    for (let i = 0, found = index.found; i < found; i++) {
      const id = index.foundAt(i);
      if (id < low || id > high) continue;
      for (let k = starts[id - low]!, end = starts[id - low + 1]!; k < end; k++) {
        const cue = cueIds[k]!;
        if (stamp[cue] === generation) continue;
        stamp[cue] = generation;
        picked[count++] = cue;
      }
    }
    // A copy: reading a cue's context may ask this lexicon again before the caller is done.
    return picked.slice(0, count).sort();
  }
}
