import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';
import { trainNgramModel } from './train-ngram-model.js';

// A toy model of our own sentences that reads "access" and "copies" as an access request: the words it also
// meets in a regulator's circular, an academic survey or a processing agreement, which ask nothing.
const model = trainNgramModel(
  [
    { text: 'access to a copy of the data you hold, copies of records', types: ['access' as const] },
    { text: 'copies and access records of the logs', types: ['access' as const] },
    { text: 'access copies of data logs records', types: ['access' as const] },
    { text: 'the upload fails with a timeout on large files', types: ['not_a_request' as const] },
  ],
  { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 },
);
const classifier = createClassifier(createLanguageDetector(), undefined, model);
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;
const TOPIC = 'Access copies and records of logs';

describe('mail that says it asks for nothing keeps the model from naming a right', () => {
  it.each([
    'This circular on access copies and records of logs is informational and requires no reply.',
    'FYI, an article on access copies and records of logs.',
    'Our academic survey asks ten questions about access copies and records of logs.',
    'Please send us your data processing agreement and your sub-processors for access copies and records of logs.',
    'Dieses Rundschreiben zu access copies and records of logs dient nur zur Kenntnisnahme, keine Antwort erforderlich.',
    'Pour information : une enquête sur access copies and records of logs.',
    'Do not reply to this email: your access copies and records of logs are ready in the dashboard.',
    'Join our affiliate program for access copies and records of logs and earn 30% on every referral.',
    'Our jobs fail with rate limit exceeded on access copies and records of logs.',
    'Können Sie uns Kopien aller Rechnungen zu access copies and records of logs senden?',
  ])('"%s"', (body) => {
    const result = classify(TOPIC, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('near miss: the same words without the sign name the model’s guess, in triage', () => {
    const result = classify(TOPIC, 'About access copies and records of logs.');
    expect(result.types).toEqual(['access']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    'Do you share access copies and records of logs about me with advertisers? Just want to know before I sign up.',
    'Vocês compartilham access copies and records of logs com anunciantes? Só queria entender antes de assinar.',
  ])('a question about selling or sharing, before deciding: "%s"', (body) => {
    const result = classify(TOPIC, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('near miss: the same question, with nothing said about deciding, keeps the guess', () => {
    const result = classify(
      TOPIC,
      'Do you share access copies and records of logs about me with advertisers?',
    );
    expect(result.types).not.toEqual(['not_a_request']);
  });

  it('near miss: the writer’s own data keeps the guess', () => {
    const result = classify(TOPIC, 'FYI, access copies and records of logs about me and my account.');
    expect(result.types).not.toEqual(['not_a_request']);
  });
});
