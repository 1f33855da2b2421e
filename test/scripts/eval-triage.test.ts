// Triage by rule (scripts/eval-triage.ts) on sentences of our own, read by the lexicon alone.
import { describe, expect, it } from 'vitest';
import { createClassifier, traceClassification } from '../../src/domain/classify/classify-email.js';
import { createLanguageDetector } from '../../src/domain/classify/language.js';
import { textEmail } from '../../src/domain/classify/text-email.test-support.js';
import type { Scored } from '../../scripts/eval-report.js';
import { triageRule } from '../../scripts/eval-triage.js';

const classifier = createClassifier(createLanguageDetector());

function scored(body: string): Scored {
  const trace = traceClassification(classifier, textEmail(body));
  const c = trace.classification;
  return {
    file: 'x.eml',
    gold: ['not_a_request'],
    predicted: c.types,
    goldAuto: false,
    predictedAuto: c.auto,
    confidence: c.confidence,
    language: c.language,
    trace,
  };
}

describe('triage by rule', () => {
  it('names no rule for a verdict above the threshold', () => {
    const s = scored('Please delete my account and all the personal data you hold about me.');
    expect(s.trace?.steps.at(-1)?.confidence).toBe(s.confidence);
    expect(triageRule(s)).toBeNull();
  });

  it('names the safety net for a refused deletion the model did not read', () => {
    const s = scored("Please don't delete my account, I only need help signing in again.");
    expect(s.predicted).toEqual(['not_a_request']);
    expect(triageRule(s)).toBe('no request: safety net');
  });

  it('names the basic-language cap where it alone sent a request to triage', () => {
    const s = scored('Prosím smažte můj účet a všechna moje osobní data, děkuji.');
    expect(s.trace?.languageGroup).toBe('basic');
    expect(triageRule(s)).toBe('basic-language cap');
  });

  it('names the first rule that went below the threshold, not the last', () => {
    const s = scored('Prosím smažte můj účet a všechna moje osobní data, děkuji.');
    const steps = [
      { rule: 'cues' as const, confidence: 0.7 },
      { rule: 'model disagrees' as const, confidence: 0.55 },
      { rule: 'basic-language cap' as const, confidence: 0.4 },
    ];
    expect(triageRule({ ...s, trace: { ...s.trace!, steps } })).toBe('model disagrees');
    expect(triageRule({ ...s, trace: { ...s.trace!, steps } }, 0.5)).toBe('basic-language cap');
  });
});
