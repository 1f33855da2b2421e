import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: string, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

// Requests described by the situation rather than by the right's name; sentences written for this test.
const cases: readonly (readonly [language: string, body: string, right: Right])[] = [
  ['en', 'I do not want my browsing data used for your marketing analytics any more.', 'objection'],
  [
    'en',
    'You can keep my file, but do not use my information for anything until the dispute is over.',
    'restriction',
  ],
  ['en', 'I need my playlists in a format I can import elsewhere.', 'portability'],
  [
    'en',
    'Back in March I gave you that permission for research; I am revoking that permission now.',
    'withdraw_consent',
  ],
];

describe('situational request phrasing', () => {
  for (const [language, body, right] of cases) {
    it(`reads "${body}" (${language}) as ${right}`, () => {
      expect(rightsIn(language, body)).toContain(right);
    });
  }

  it('does not read a bare "stop using it" without a purpose as an objection', () => {
    expect(rightsIn('en', 'The app keeps crashing, so I will stop using it.')).toEqual([]);
  });
});
