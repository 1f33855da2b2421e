import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeNgramModel } from './ngram-model-codec.js';
import { rightProbabilities } from './ngram-model.js';
import { trainNgramModel, type TrainingOptions } from './train-ngram-model.js';

const examples = [
  { text: 'could you wipe my profile and remove all records of me', types: ['erasure' as const] },
  { text: 'remove my profile, wipe whatever you stored on me', types: ['erasure' as const] },
  { text: 'i want to see every record you keep on me, a full copy', types: ['access' as const] },
  { text: 'which records do you keep on me? a copy please', types: ['access' as const] },
  { text: 'the export button greys out after the update', types: ['not_a_request' as const] },
  { text: 'we were charged twice for the annual plan', types: ['not_a_request' as const] },
];
const plain: TrainingOptions = { epochs: 12, learningRate: 4, l2: 1e-6, seed: 3, positiveWeight: 1 };
// The file's digest and length: comparing 2 MB of bytes element by element takes the test runner minutes.
const bytes = (options: TrainingOptions): string => {
  const file = encodeNgramModel(trainNgramModel(examples, options));
  return `${file.length} ${createHash('sha256').update(file).digest('hex')}`;
};

describe('training the n-gram model with averaged weights', () => {
  it('leaves a run unchanged when nothing is averaged', () => {
    expect(bytes({ ...plain, averageEpochs: 0, seeds: 1 })).toEqual(bytes(plain));
  });

  it('gives other weights when the last epochs are averaged, the same ones on every run', () => {
    const averaged = { ...plain, averageEpochs: 6 };
    expect(bytes(averaged)).not.toEqual(bytes(plain));
    expect(bytes(averaged)).toEqual(bytes(averaged));
  });

  it('averages several shuffles into a file of the same size, the same one on every run', () => {
    const three = { ...plain, seeds: 3 };
    expect(bytes(three)).not.toEqual(bytes(plain));
    expect(bytes(three)).toEqual(bytes(three));
    expect(bytes(three).split(' ')[0]).toBe(bytes(plain).split(' ')[0]);
  });

  it('still learns which right an unseen text asks for, averaged over epochs and shuffles', () => {
    const model = trainNgramModel(examples, { ...plain, averageEpochs: 6, seeds: 3 });
    const wipe = rightProbabilities(model, 'please wipe my profile');
    const copy = rightProbabilities(model, 'i want a full copy, please');
    // RIGHTS order: access 0, erasure 2.
    expect(wipe[2]).toBeGreaterThan(wipe[0]!);
    expect(copy[0]).toBeGreaterThan(copy[2]!);
  });
});
