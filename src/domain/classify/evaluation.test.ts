import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluation.js';

describe('evaluate', () => {
  it('counts a request filed as not_a_request against request recall and lists it as a mistake', () => {
    const result = evaluate([
      {
        file: 'a',
        gold: ['erasure'],
        predicted: ['erasure'],
        goldAuto: false,
        predictedAuto: false,
        confidence: 0.9,
      },
      {
        file: 'b',
        gold: ['access'],
        predicted: ['not_a_request'],
        goldAuto: false,
        predictedAuto: false,
        confidence: 0.5,
      },
      {
        file: 'c',
        gold: ['not_a_request'],
        predicted: ['not_a_request'],
        goldAuto: true,
        predictedAuto: true,
        confidence: 1,
      },
    ]);
    expect(result.requestRecall).toBe(0.5);
    expect(result.autoAccuracy).toBe(1);
    expect(result.mistakes.map((m) => m.file)).toEqual(['b']);
    expect(result.perType.find((t) => t.type === 'access')).toMatchObject({ recall: 0, f1: 0 });
  });
});
