// Mutation fuzz of what staff read in the quarantine (`rightsdesk quarantine show`): the dev corpus and
// its seeded hostile variants (byte flips, truncations, deep nesting, huge headers, broken encodings,
// lying charsets, NUL bytes, 5,000 parts) are viewed as the parser refused them, masked. The view never
// throws, shows no address whole, and never the sender's name as it was written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewQuarantined } from '../../src/domain/intake/quarantined-view.js';
import { corpusDir } from '../support/test-app.js';
import { hostileVariants } from './hostile-variants.js';

const SEED = 26;
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f)));
const variants = [
  ...corpus.map((raw, i) => ({ name: `dev ${i}`, raw })),
  ...hostileVariants(corpus, SEED, 10),
];
/** An address with more than its first character shown; the lookbehind reads each run once. */
const WHOLE_ADDRESS = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]{2,}@[\p{L}\p{N}-]+\.\p{L}{2,}/u;
const SENDER = /^From: *"?(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)"? *</mu;

describe('a quarantined message as staff read it, masked', () => {
  it('shows no address whole and not the sender’s name, for every variant', () => {
    for (const { name, raw } of variants) {
      const view = viewQuarantined(raw, null, { reveal: false });
      const shown = [...view.headers.map((h) => h.value), view.text].join('\n');
      expect(shown.match(WHOLE_ADDRESS)?.[0], name).toBeUndefined();
      const sender = SENDER.exec(raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '')?.[1];
      if (sender) expect(shown.includes(sender), name).toBe(false);
    }
  });
});
