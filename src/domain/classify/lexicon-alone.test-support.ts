// The lexicon alone (no model) on sentences of our own, as the basic-language tests read them.
import { expect } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());

export const classifyAlone = (body: string) => classifyEmail(classifier, textEmail(body));

/** The right is among the types the lexicon reads in the sentence. */
export function expectFound(right: string, body: string): void {
  expect(classifyAlone(body).types).toContain(right);
}

/** A near miss: the lexicon reads no request in it. */
export function expectNone(body: string): void {
  expect(classifyAlone(body).types).toEqual(['not_a_request']);
}
