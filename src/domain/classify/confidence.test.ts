import { describe, expect, it } from 'vitest';
import {
  BASIC_LANGUAGE_NO_REQUEST,
  confidenceOf,
  confidenceSteps,
  HYPOTHETICAL_ASK,
  PRIVACY_TOPIC,
  SAFETY_NET_CAP,
  UNSUPPORTED_LANGUAGE_CAP,
} from './confidence.js';
import type { RightScores } from './score-rights.js';

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

describe('a verdict of no request where the rights words were refused or hypothetical', () => {
  /** No cue counted; the erasure cues were refused ("don't delete anything") and halved to a hint. */
  const refused: RightScores = {
    ...nothingFound,
    scores: new Map([['erasure' as const, 0.5]]),
    setAside: [{ right: 'erasure' as const, phrase: "don't delete anything", why: 'negated' as const }],
    erasureDoubt: "don't delete",
  };
  const hypothetical: RightScores = {
    ...nothingFound,
    setAside: [
      { right: 'erasure' as const, phrase: 'if i ever wanted you to delete', why: 'hypothetical' as const },
    ],
  };
  const input = (rights: RightScores) => ({
    ...noRequestInput(),
    rights,
    ordinaryTopic: false,
    privacyVocabulary: true,
    rightsWords: true,
    modelQuiet: true,
  });

  it('leaves triage for a hypothetical where the model sees no right at all', () => {
    expect(confidenceOf(input(hypothetical))).toBe(HYPOTHETICAL_ASK);
    expect(confidenceSteps(input(hypothetical)).map((s) => s.rule)).toEqual(['no request: hypothetical']);
  });

  it('keeps a refused deletion with the safety net, even where the model sees no right', () => {
    expect(confidenceOf(input(refused))).toBe(SAFETY_NET_CAP);
    expect(confidenceSteps(input(refused)).map((s) => s.rule)).toEqual(['no request: safety net']);
  });

  it('stays with the safety net where the writer turns from the refusal to ask something else', () => {
    expect(confidenceOf({ ...input(refused), asksSomethingElse: true })).toBe(SAFETY_NET_CAP);
  });

  it('stays with the safety net where the model stirs or did not run', () => {
    expect(confidenceOf({ ...input(refused), modelQuiet: false })).toBe(SAFETY_NET_CAP);
    expect(confidenceOf({ ...input(hypothetical), modelQuiet: undefined })).toBe(SAFETY_NET_CAP);
  });

  it('stays with the safety net where a hint of another right remains', () => {
    const objectionHint: RightScores = { ...refused, scores: new Map([['objection' as const, 0.5]]) };
    expect(confidenceOf(input(objectionHint))).toBe(SAFETY_NET_CAP);
  });

  it('stays with the safety net where a cue was set aside for another reason', () => {
    const earlier: RightScores = {
      ...nothingFound,
      setAside: [
        {
          right: 'erasure' as const,
          phrase: 'i already asked you to delete',
          why: 'earlier request' as const,
        },
      ],
    };
    expect(confidenceOf(input(earlier))).toBe(SAFETY_NET_CAP);
    const negatedOnly: RightScores = { ...hypothetical, setAside: [{ ...refused.setAside[0]! }] };
    expect(confidenceOf(input(negatedOnly))).toBe(SAFETY_NET_CAP);
  });

  it('keeps the basic-language cap', () => {
    expect(confidenceOf({ ...input(refused), supportedLanguage: false })).toBe(UNSUPPORTED_LANGUAGE_CAP);
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
