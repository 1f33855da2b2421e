// More plain-family wordings per right and pack id (train split only), written fresh for this purpose: none is
// taken from a pack's situational (validation) or implicit (test) family.
import { type Paraphrases } from '../../types.js';
import { ASIA } from './asia.js';
import { EAST } from './east.js';
import { EUROPE } from './europe.js';
import { NORTH } from './north.js';
import { WEST } from './west.js';

export const PARAPHRASES: Readonly<Record<string, Paraphrases>> = { ...WEST, ...NORTH, ...ASIA, ...EAST, ...EUROPE };
