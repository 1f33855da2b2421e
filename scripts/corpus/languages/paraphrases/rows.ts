// Paraphrases written as one row of wordings per right, in the order of RIGHTS.
import { type Paraphrases, RIGHTS } from '../../types.js';

export function rows(wordings: readonly (readonly string[])[]): Paraphrases {
  return Object.fromEntries(RIGHTS.map((right, i) => [right, wordings[i] ?? []]));
}
