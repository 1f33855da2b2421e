import { describe, expect, it } from 'vitest';
import { confidenceOf, PRIVACY_TALK_CAP } from './confidence.js';

/** The confidence of a verdict of no request, with or without privacy talk in the mail. */
function noRequestConfidence(privacyVocabulary: boolean): number {
  const rights = {
    scores: new Map(),
    chosen: [],
    evidence: [],
    setAside: [],
    erasureDoubt: null,
    absorbed: [],
  };
  return confidenceOf({ rights, supportedLanguage: true, reliableLanguage: true, privacyVocabulary });
}

describe('confidence of a verdict of no request', () => {
  it('stays below the default triage threshold when the mail talks about personal data', () => {
    expect(noRequestConfidence(true)).toBeLessThanOrEqual(PRIVACY_TALK_CAP);
    expect(noRequestConfidence(true)).toBeLessThan(0.6);
  });

  it('is high for mail with no privacy vocabulary at all', () => {
    expect(noRequestConfidence(false)).toBeGreaterThanOrEqual(0.6);
  });
});
