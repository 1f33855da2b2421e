import { describe, expect, it } from 'vitest';
import { trainLinearModel } from './linear-model.js';

const examples = [
  { text: 'please delete my account', types: ['erasure'] as const },
  { text: 'delete my account and data', types: ['erasure'] as const },
  { text: 'send me a copy of my data', types: ['access'] as const },
  { text: 'what data do you hold about me', types: ['access'] as const },
  { text: 'job failed with error 403', types: ['not_a_request'] as const },
  { text: 'invoice charged twice', types: ['not_a_request'] as const },
];

describe('trainLinearModel', () => {
  it('learns separable training examples', () => {
    const model = trainLinearModel(examples);
    expect(model.predict('please delete my account')).toEqual(['erasure']);
    expect(model.predict('job failed with error 403')).toEqual(['not_a_request']);
  });

  it('is deterministic: two trainings give the same probabilities', () => {
    const a = trainLinearModel(examples).probabilities('copy of my data');
    const b = trainLinearModel(examples).probabilities('copy of my data');
    expect([...a.entries()]).toEqual([...b.entries()]);
  });
});
