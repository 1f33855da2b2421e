/**
 * Joins the cue lists of one language written in several files (a lexicon split by theme: rights named
 * in formal letters, everyday wording), right by right, in the order given.
 */
import type { Right } from '../../request-types.js';
import type { CueSpec, Lexicon } from './types.js';

export type Cues = Lexicon['cues'];

export function joinCues(...parts: readonly Cues[]): Cues {
  const joined: Partial<Record<Right, CueSpec[]>> = {};
  for (const part of parts)
    for (const [right, specs] of Object.entries(part) as [Right, readonly CueSpec[]][])
      (joined[right] ??= []).push(...specs);
  return joined;
}
