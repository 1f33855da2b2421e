import { describe, expect, it } from 'vitest';
import {
  BASIC_LANGUAGE_NO_REQUEST,
  confidenceOf,
  PRIVACY_TOPIC,
  SAFETY_NET_CAP,
  UNSUPPORTED_LANGUAGE_CAP,
} from './confidence.js';

const nothingFound = {
  scores: new Map(),
  chosen: [],
  evidence: [],
  setAside: [],
  erasureDoubt: null,
  absorbed: [],
};

/** The confidence of a verdict of no request, given what the mail talks about. */
function noRequestConfidence(words: { privacy: boolean; rights: boolean; ordinary: boolean }): number {
  return confidenceOf({
    rights: nothingFound,
    supportedLanguage: true,
    reliableLanguage: true,
    privacyVocabulary: words.privacy,
    rightsWords: words.rights,
    ordinaryTopic: words.ordinary,
  });
}

describe('confidence of a verdict of no request', () => {
  it('stays below the default triage threshold when the mail talks about personal data', () => {
    expect(noRequestConfidence({ privacy: true, rights: false, ordinary: true })).toBeLessThan(0.6);
  });

  it('stays below the default triage threshold when the mail uses a rights verb', () => {
    expect(noRequestConfidence({ privacy: false, rights: true, ordinary: true })).toBeLessThan(0.6);
  });

  it('stays below the default triage threshold without positive evidence of an ordinary topic', () => {
    expect(noRequestConfidence({ privacy: false, rights: false, ordinary: false })).toBe(SAFETY_NET_CAP);
  });

  it('is high for an ordinary support topic with no privacy or rights vocabulary', () => {
    expect(noRequestConfidence({ privacy: false, rights: false, ordinary: true })).toBeGreaterThanOrEqual(
      0.6,
    );
  });

  it('is stated for business mail that names privacy only in general, below plain support mail', () => {
    const generic = { ...noRequestInput(), privacyVocabulary: true, ownData: false };
    expect(confidenceOf(generic)).toBe(PRIVACY_TOPIC);
    expect(confidenceOf({ ...generic, ownData: true })).toBe(SAFETY_NET_CAP);
  });

  it('leaves the basic-language cap only on an ordinary topic in a language the vocabulary covers', () => {
    const basic = { ...noRequestInput(), supportedLanguage: false };
    expect(confidenceOf({ ...basic, vocabularyCovers: true })).toBe(BASIC_LANGUAGE_NO_REQUEST);
    expect(confidenceOf(basic)).toBe(UNSUPPORTED_LANGUAGE_CAP);
    expect(confidenceOf({ ...basic, vocabularyCovers: true, rightsWords: true })).toBe(
      UNSUPPORTED_LANGUAGE_CAP,
    );
  });
});

/** A verdict of no request on an ordinary topic with no privacy or rights word, in a full language. */
function noRequestInput() {
  return {
    rights: nothingFound,
    supportedLanguage: true,
    reliableLanguage: true,
    privacyVocabulary: false,
    rightsWords: false,
    ordinaryTopic: true,
  };
}
