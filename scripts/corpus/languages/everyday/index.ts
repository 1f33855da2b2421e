// Everyday mail per voice id (train only); see scripts/corpus/everyday.ts.
import { type EverydaySet } from '../../everyday.js';
import { EAST } from './east.js';
import { NORTH } from './north.js';
import { WEST } from './west.js';
import { WORLD } from './world.js';

export const EVERYDAY: Readonly<Record<string, EverydaySet>> = { ...WEST, ...NORTH, ...EAST, ...WORLD };
