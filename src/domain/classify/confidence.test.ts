import { describe, expect, it } from 'vitest';
import { confidenceOf, PRIVACY_TALK_CAP } from './confidence.js';

const noRight = { chosen: [], scores: new Map(), setAside: [], erasureDoubt: null };

describe('confidence of a verdict of no request', () => {
  it('stays below the default triage threshold when the mail talks about personal data', () => {
    const input = {
      rights: noRight,
      supportedLanguage: true,
      reliableLanguage: true,
      privacyVocabulary: true,
    };
    expect(confidenceOf(input as never)).toBeLessThanOrEqual(PRIVACY_TALK_CAP);
    expect(confidenceOf(input as never)).toBeLessThan(0.6);
  });

  it('is high for mail with no privacy vocabulary at all', () => {
    const input = {
      rights: noRight,
      supportedLanguage: true,
      reliableLanguage: true,
      privacyVocabulary: false,
    };
    expect(confidenceOf(input as never)).toBeGreaterThanOrEqual(0.6);
  });
});
