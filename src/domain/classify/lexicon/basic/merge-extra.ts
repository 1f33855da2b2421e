/**
 * Joins two sets of extra cues, right by right: a language's own cues and its everyday wordings kept in a
 * file of their own, so that neither file outgrows the house limit.
 */
import type { Right } from '../../../request-types.js';
import type { CueSpec } from '../types.js';

export type Extra = Partial<Record<Right, readonly CueSpec[]>>;

export function mergeExtra(first: Extra, second: Extra): Extra {
  const out: Partial<Record<Right, readonly CueSpec[]>> = { ...first };
  for (const right of Object.keys(second) as Right[]) {
    out[right] = [...(first[right] ?? []), ...(second[right] ?? [])];
  }
  return out;
}
