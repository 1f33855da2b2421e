/**
 * Joins sets of extra cues, right by right: a language's own cues and its everyday and implicit wordings
 * kept in files of their own, so that no file outgrows the house limit.
 */
import type { Right } from '../../../request-types.js';
import type { CueSpec } from '../types.js';

export type Extra = Partial<Record<Right, readonly CueSpec[]>>;

export function mergeExtra(first: Extra, ...more: readonly Extra[]): Extra {
  const out: Partial<Record<Right, readonly CueSpec[]>> = { ...first };
  for (const next of more) {
    for (const right of Object.keys(next) as Right[]) {
      out[right] = [...(out[right] ?? []), ...(next[right] ?? [])];
    }
  }
  return out;
}
