import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own: a question about how long things are kept or whether data is sold, in languages
// read by a basic lexicon, and the near misses that ask about or for the writer's own data.
describe('a question about practice in a language read by a basic lexicon', () => {
  it.each([
    ['Въпрос', 'Здравейте, колко дълго съхранявате качените файлове? Питаме за нашия одит.'],
    ['Kysymys', 'Hei, kuinka kauan säilytätte ladattuja tiedostoja palvelimillanne? Kiitos.'],
    ['Pitanje', 'Pozdrav, koliko dugo čuvate logove nakon završetka projekta? Hvala.'],
  ])('is no request, stated with confidence: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Въпрос', 'Здравейте, колко дълго съхранявате моите лични данни? Моля, изтрийте ги.'],
    ['Kysymys', 'Hei, kuinka kauan säilytätte minun henkilötietojani? Haluan tietää.'],
  ])('but not where the writer\'s own data is asked about: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types.includes('not_a_request') && result.confidence >= THRESHOLD).toBe(false);
  });
});
