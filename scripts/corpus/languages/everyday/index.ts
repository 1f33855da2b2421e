// Everyday mail per voice id (train only); see scripts/corpus/everyday.ts. The chasing asks come after each
// right's everyday wordings.
import { type EverydaySet } from '../../everyday.js';
import { RIGHTS } from '../../types.js';
import { CHASE } from './chase.js';
import { EAST } from './east.js';
import { NORTH } from './north.js';
import { WEST } from './west.js';
import { WORLD } from './world.js';

const SETS: Readonly<Record<string, EverydaySet>> = { ...WEST, ...NORTH, ...EAST, ...WORLD };

export const EVERYDAY: Readonly<Record<string, EverydaySet>> = Object.fromEntries(
  Object.entries(SETS).map(([id, set]) => [
    id,
    {
      ...set,
      asks: Object.fromEntries(
        RIGHTS.map((right) => [right, [...(set.asks[right] ?? []), ...(CHASE[id]?.[right] ?? [])]]),
      ),
    },
  ]),
);
