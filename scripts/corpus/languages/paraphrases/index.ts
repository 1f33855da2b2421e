// More plain-family wordings per right and pack id (train split only), written fresh for this purpose: none is
// taken from a pack's situational (validation) or implicit (test) family. Sets for the same pack are joined,
// earlier wordings first, so that adding a set never reorders the emails of the wordings before it.
import { type Paraphrases, RIGHTS } from '../../types.js';
import { ASIA } from './asia.js';
import { ASIA_MORE } from './asia-more.js';
import { EAST } from './east.js';
import { EUROPE } from './europe.js';
import { EUROPE_MORE } from './europe-more.js';
import { NORTH } from './north.js';
import { WEST } from './west.js';

function joined(...sets: readonly Readonly<Record<string, Paraphrases>>[]): Record<string, Paraphrases> {
  const all: Record<string, Paraphrases> = {};
  for (const set of sets) {
    for (const [id, paraphrases] of Object.entries(set)) {
      const before = all[id] ?? {};
      all[id] = Object.fromEntries(
        RIGHTS.map((right) => [right, [...(before[right] ?? []), ...(paraphrases[right] ?? [])]]),
      );
    }
  }
  return all;
}

export const PARAPHRASES: Readonly<Record<string, Paraphrases>> = joined(
  WEST,
  NORTH,
  ASIA,
  EAST,
  EUROPE,
  ASIA_MORE,
  EUROPE_MORE,
);
