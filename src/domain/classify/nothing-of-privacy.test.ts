import { describe, expect, it } from 'vitest';
import { type ConfidenceInput, confidenceSteps, NOTHING_OF_PRIVACY, SAFETY_NET_CAP } from './confidence.js';
import type { RightScores } from './score-rights.js';

// Twelfth round: a verdict of no request leaves triage when nothing in the mail touches privacy and the
// model agrees; any rights verb, personal-data word, cue, hint or doubt keeps it with the safety net.
const nothingFound: RightScores = {
  scores: new Map(),
  chosen: [],
  evidence: [],
  setAside: [],
  erasureDoubt: null,
  absorbed: [],
};

const quietMail: ConfidenceInput = {
  rights: nothingFound,
  supportedLanguage: true,
  reliableLanguage: true,
  privacyVocabulary: false,
  ownData: false,
  vocabularyCovers: true,
  rightsWords: false,
  ordinaryTopic: false,
  modelQuiet: true,
};

const last = (input: ConfidenceInput) => confidenceSteps(input).at(-1)!;

describe('no request where nothing touches privacy', () => {
  it('leaves triage when lexicon and model both see nothing of privacy', () => {
    expect(last(quietMail)).toEqual({
      rule: 'no request: nothing of privacy',
      confidence: NOTHING_OF_PRIVACY,
    });
    expect(NOTHING_OF_PRIVACY).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves triage in a language read by a basic lexicon whose vocabulary the safety net covers', () => {
    expect(last({ ...quietMail, supportedLanguage: false }).confidence).toBe(NOTHING_OF_PRIVACY);
  });

  it.each<[string, Partial<ConfidenceInput>]>([
    ['a rights verb', { rightsWords: true }],
    ['a personal-data word', { privacyVocabulary: true }],
    ["the writer's own data", { ownData: true }],
    ['rights words that are not the ask', { notAsked: true }],
    ['a model that sees a right', { modelQuiet: false }],
    ['no model at all', { modelQuiet: undefined }],
    ['a language the vocabulary does not cover', { supportedLanguage: false, vocabularyCovers: false }],
  ])('stays with the safety net beside %s', (_, change) => {
    expect(last({ ...quietMail, ...change }).confidence).toBeLessThan(0.6);
  });

  it('stays with the safety net where a hint of a right was read', () => {
    const hint: RightScores = { ...nothingFound, scores: new Map([['erasure', 0.5]]) };
    expect(last({ ...quietMail, rights: hint })).toEqual({
      rule: 'no request: safety net',
      confidence: SAFETY_NET_CAP,
    });
  });

  it('leaves a refused deletion to its own rule, and to the safety net when the writer turns to ask', () => {
    const doubted: RightScores = { ...nothingFound, erasureDoubt: 'delete my account' };
    expect(last({ ...quietMail, rights: doubted }).rule).toBe('no request: declined or hypothetical');
    expect(last({ ...quietMail, rights: doubted, asksSomethingElse: true })).toEqual({
      rule: 'no request: safety net',
      confidence: SAFETY_NET_CAP,
    });
  });

  it('still loses confidence when the language is unsure', () => {
    expect(last({ ...quietMail, reliableLanguage: false }).confidence).toBeLessThan(0.6);
  });
});
