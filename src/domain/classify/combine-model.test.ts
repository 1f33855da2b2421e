import { describe, expect, it } from 'vitest';
import {
  combineWithModel,
  DISAGREEMENT_PENALTY,
  MODEL_ADDS,
  MODEL_ADDS_UNCUED,
  MODEL_ONLY,
} from './combine-model.js';
import { rightProbabilities } from './ngram-model.js';
import { trainNgramModel } from './train-ngram-model.js';

// A toy model of our own sentences: it learns "consent" for withdrawal and "csv" for portability, the very
// words it also meets in cookie banners and export questions.
const examples = [
  { text: 'i withdraw my consent to the newsletter', types: ['withdraw_consent' as const] },
  { text: 'my consent is withdrawn as of today', types: ['withdraw_consent' as const] },
  { text: 'send my data as a csv file to the new provider', types: ['portability' as const] },
  { text: 'my data in csv so i can move it elsewhere', types: ['portability' as const] },
  { text: 'please delete my account and erase everything', types: ['erasure' as const] },
  { text: 'the upload fails with a timeout on large files', types: ['not_a_request' as const] },
];
const model = trainNgramModel(examples, {
  epochs: 30,
  learningRate: 4,
  l2: 1e-6,
  seed: 7,
  positiveWeight: 1,
});
const noContext = { erasureDoubted: false, ordinaryTopic: false };

describe('rights the model may not suggest on its own', () => {
  it('never suggests a withdrawal of consent alone, but keeps the mail in triage', () => {
    const opinion = combineWithModel(model, 'our cookie consent banner vendor', [], noContext);
    expect(opinion.chosen).not.toContain('withdraw_consent');
    expect(opinion.cap).toBe(MODEL_ONLY);
    expect(opinion.reasons.join(' ')).toMatch(/model: likely withdraw consent/);
  });

  it('suggests portability alone only where the mail speaks of personal data', () => {
    const text = 'export the report as a csv file';
    const support = combineWithModel(model, text, [], noContext);
    expect(support.chosen).not.toContain('portability');
    expect(support.cap).toBe(MODEL_ONLY);
    const personal = combineWithModel(model, text, [], { ...noContext, privacyVocabulary: true });
    expect(personal.chosen).toContain('portability');
  });

  it('never adds a withdrawal of consent to what the lexicon found, nor counts it as a disagreement', () => {
    const opinion = combineWithModel(
      model,
      'i withdraw my consent to the newsletter',
      ['objection'],
      noContext,
    );
    expect(opinion.chosen).toEqual(['objection']);
    expect(opinion.reasons.join(' ')).not.toMatch(/likely withdraw consent/);
  });

  it('never adds access to a portability the lexicon found: the copy in a format is the portability', () => {
    const text = 'send my data as a csv file to the new provider and what information do you hold';
    const opinion = combineWithModel(model, text, ['portability'], noContext);
    expect(opinion.chosen).not.toContain('access');
  });

  it('still suggests other rights alone', () => {
    const opinion = combineWithModel(model, 'please delete my account and erase everything', [], noContext);
    expect(opinion.chosen).toContain('erasure');
  });
});

describe('a right the model adds beside the lexicon verdict', () => {
  // The toy model reads the first sentence as erasure between MODEL_ADDS and MODEL_ADDS_UNCUED, and the
  // repeated one above MODEL_ADDS_UNCUED.
  const likely = 'please delete my account and erase everything';
  const certain = 'please delete my account and erase everything, delete my account and erase everything';
  const erasure = (text: string) => rightProbabilities(model, text)[2]!;

  it('reads the sentences in the bands the tests below need', () => {
    expect(erasure(likely)).toBeGreaterThanOrEqual(MODEL_ADDS);
    expect(erasure(likely)).toBeLessThan(MODEL_ADDS_UNCUED);
    expect(erasure(certain)).toBeGreaterThanOrEqual(MODEL_ADDS_UNCUED);
  });

  it('adds a right the lexicon read a cue for that did not add up to a choice', () => {
    const opinion = combineWithModel(model, likely, ['access'], {
      ...noContext,
      cued: ['access', 'erasure'],
    });
    expect(opinion.chosen).toEqual(['access', 'erasure']);
  });

  it('does not add a likely right the lexicon read nothing for, but still sends the verdict towards triage', () => {
    const context = { ...noContext, cued: ['access' as const], fullLexicon: true };
    const opinion = combineWithModel(model, likely, ['access'], context);
    expect(opinion.chosen).toEqual(['access']);
    expect(opinion.penalty).toBe(DISAGREEMENT_PENALTY);
    expect(opinion.reasons.join(' ')).toMatch(/model: likely erasure/);
  });

  it('adds a right the lexicon read nothing for only when the model is near certain, in a full language', () => {
    const full = { ...noContext, cued: ['access' as const], fullLexicon: true };
    expect(combineWithModel(model, certain, ['access'], full).chosen).toEqual(['access', 'erasure']);
    const basic = { ...full, fullLexicon: false };
    const opinion = combineWithModel(model, certain, ['access'], basic);
    expect(opinion.chosen).toEqual(['access']);
    expect(opinion.penalty).toBe(DISAGREEMENT_PENALTY);
  });
});
