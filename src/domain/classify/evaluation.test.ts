import { describe, expect, it } from 'vitest';
import { evaluate, reliability } from './evaluation.js';

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

describe('reliability', () => {
  it('puts each prediction in the band of its stated confidence and scores the band', () => {
    const at = (confidence: number, right: boolean) => ({
      file: String(confidence),
      gold: ['erasure' as const],
      predicted: right ? (['erasure'] as const) : (['not_a_request'] as const),
      goldAuto: false,
      predictedAuto: false,
      confidence,
    });
    const bands = reliability([at(0.3, false), at(0.95, true), at(0.91, false)], [0, 0.6, 0.9, 1]);
    expect(bands.map((b) => b.emails)).toEqual([1, 0, 2]);
    expect(bands[2]).toMatchObject({ exact: 0.5, requestOrNot: 0.5 });
    expect(bands[2]!.stated).toBeCloseTo(0.93);
  });

  it('counts a request called not_a_request at or above the threshold as a confident miss', () => {
    const miss = {
      file: 'm',
      gold: ['access' as const],
      predicted: ['not_a_request' as const],
      goldAuto: false,
      predictedAuto: false,
      confidence: 0.6,
    };
    expect(evaluate([miss], 0.6).confidentMisses).toBe(1);
    expect(evaluate([{ ...miss, confidence: 0.59 }], 0.6).confidentMisses).toBe(0);
  });
});
