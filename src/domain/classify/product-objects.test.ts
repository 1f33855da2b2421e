import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own: a rights verb on the product's own objects, with a format hint left over, and the
// near misses where the object is the writer's own data.
describe("an export or deletion of the product's own objects", () => {
  it.each([
    [
      'Invoices',
      'Is there a way to export all our invoices for this year to CSV? Our bookkeeper wants one file.',
    ],
    [
      'Rechnungen',
      'Können wir alle Rechnungen des Jahres als CSV exportieren? Unsere Buchhaltung braucht eine Datei.',
    ],
    ['Presets', 'How do I delete a preset I no longer use? The button in the dashboard does nothing.'],
    [
      'Konfiguration',
      'Wie kann ich die Konfiguration eines Projekts löschen? Das Konto bleibt natürlich bestehen.',
    ],
  ])('is no request, stated with confidence: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Export', 'Can I export all my personal data to CSV so I can move to another provider?'],
    ['Export', 'Please export all the invoices and then delete my account.'],
  ])('but not where the object is the writer\'s own: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).not.toEqual(['not_a_request']);
  });
});
