// Rights asked in everyday words that never name them, per full language: each ask must be read as its right
// by the language's own lexicon; each near miss (a question about it, a negation, a hypothetical, a product
// object) must be read as no request by the whole classifier without the model; a right named in `notRead`
// must not be read in its sentence ("delete everything you have on me" is no access request).
import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { classifyAlone } from './lexicon-alone.test-support.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();

export const rightsIn = (language: SupportedLanguage, body: string): readonly Right[] =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

export type Asks = Partial<Record<Right, readonly string[]>>;

export function describeImplicitAsks(
  language: SupportedLanguage,
  asks: Asks,
  nearMisses: readonly string[],
  notRead: readonly (readonly [body: string, right: Right])[] = [],
): void {
  describe(`rights asked without their name (${language})`, () => {
    for (const [right, bodies] of Object.entries(asks) as [Right, readonly string[]][])
      it.each(bodies)(`${right}: %s`, (body) => expect(rightsIn(language, body)).toContain(right));
    it.each(nearMisses)('no request: %s', (body) =>
      expect(classifyAlone(body).types).toEqual(['not_a_request']),
    );
    if (notRead.length > 0)
      it.each(notRead)('not read: %s (%s)', (body, right) =>
        expect(rightsIn(language, body)).not.toContain(right),
      );
  });
}
