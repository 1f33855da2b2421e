import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { joinedSteps, vouchedInBasicLanguage } from './assemble-confidence.js';
import { MODEL_ONLY, type ModelOpinion } from './combine-model.js';
import type { ConfidenceStep } from './confidence.js';
import type { RightScores } from './score-rights.js';

/** A lexicon verdict of `rights`, each resting on `points` of evidence from the phrases `cues`. */
function lexicon(
  rights: readonly Right[],
  points: number,
  cues: readonly string[] = ['one cue'],
): RightScores {
  return {
    scores: new Map(rights.map((r) => [r, points])),
    chosen: rights,
    evidence: rights.flatMap((right) =>
      cues.map((phrase) => ({
        right,
        weight: points / cues.length,
        phrase,
        absorbable: false,
        language: 'cs',
      })),
    ),
    setAside: [],
    erasureDoubt: null,
    absorbed: [],
  };
}

function opinion(chosen: readonly Right[], penalty: number, agrees = false): ModelOpinion {
  return { chosen, cap: 1, penalty, reasons: [], agrees };
}

describe('a basic-language verdict the model vouches for', () => {
  it('leaves the cap where the model confirms every right', () => {
    expect(vouchedInBasicLanguage(lexicon(['erasure'], 1), opinion(['erasure'], 0, true))).toBe(true);
  });

  it('leaves the cap where the model disputes nothing, even below confirming', () => {
    expect(vouchedInBasicLanguage(lexicon(['access'], 1), opinion(['access'], 0))).toBe(true);
  });

  it('leaves the cap on two points for every right where the model only doubts mildly', () => {
    const strong = lexicon(['access', 'erasure'], 2);
    expect(vouchedInBasicLanguage(strong, opinion(['access', 'erasure'], 0.05))).toBe(true);
  });

  it('asks for two different cues per right where the model disputes more', () => {
    const named = lexicon(['restriction', 'objection'], 2);
    expect(vouchedInBasicLanguage(named, opinion(['restriction', 'objection'], 0.15))).toBe(false);
    const twice = lexicon(['restriction', 'objection'], 2, ['omezení zpracování', 'článku 18']);
    expect(vouchedInBasicLanguage(twice, opinion(['restriction', 'objection'], 0.15))).toBe(true);
    const sameWordTwice = lexicon(['objection'], 2, ['námitku', 'námitku']);
    expect(vouchedInBasicLanguage(sameWordTwice, opinion(['objection'], 0.15))).toBe(false);
  });

  it('keeps the cap on a phrase and a hint the model doubts', () => {
    expect(vouchedInBasicLanguage(lexicon(['erasure'], 1.5), opinion(['erasure'], 0.05))).toBe(false);
  });

  it('keeps the cap where the model adds a right of its own, however strong the cues', () => {
    expect(vouchedInBasicLanguage(lexicon(['erasure'], 3), opinion(['erasure', 'access'], 0.15))).toBe(false);
  });

  it('vouches for no verdict of no request and nothing without a model', () => {
    expect(vouchedInBasicLanguage(lexicon([], 0), opinion([], 0))).toBe(false);
    expect(vouchedInBasicLanguage(lexicon(['erasure'], 3), null)).toBe(false);
  });
});

describe('the joined confidence', () => {
  const twoCues: ConfidenceStep[] = [{ rule: 'cues', confidence: 0.85 }];

  it('keeps a lexicon verdict the model agrees with', () => {
    expect(joinedSteps(twoCues, ['erasure'], opinion(['erasure'], 0)).at(-1)).toEqual(twoCues[0]);
  });

  it('lowers a verdict the model disputes by its penalty', () => {
    expect(joinedSteps(twoCues, ['erasure'], opinion(['erasure'], 0.15)).at(-1)).toEqual({
      rule: 'model disagrees',
      confidence: 0.7,
    });
  });

  it('sends a verdict to triage where the model added a right the lexicon did not find', () => {
    const steps = joinedSteps(twoCues, ['erasure'], opinion(['erasure', 'objection'], 0.15));
    expect(steps.at(-1)).toEqual({ rule: 'model-added right', confidence: MODEL_ONLY });
  });
});
