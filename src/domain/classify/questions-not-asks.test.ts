import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own: rights named in a question about how they work, or as the subject matter of mail
// written for another purpose (a study, a circular, an article, a security report). Near misses stay requests.
describe('a question about how a right works, asked before deciding anything', () => {
  it.each([
    [
      'Consent later?',
      'Before I sign up: if I tick the box now, can I withdraw my consent later, and how? Just want to know how it works.',
    ],
    [
      'Einwilligung',
      'Ich wollte nur wissen: kann ich meine Einwilligung später widerrufen, und wie geht das?',
    ],
    ['Consentimiento', 'Solo quería saber: ¿puedo retirar mi consentimiento más adelante? ¿Cómo se hace?'],
  ])('"%s" asks nothing yet', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    // A question that asks the organisation to act is a request in a question's form.
    ['Question', 'Just want to know: can you delete my account?', 'erasure'],
    // Asking what is held is access, whatever the form.
    ['Renewal', 'Before I renew, what data do you hold about me?', 'access'],
    // The ask is a statement, not the question.
    [
      'Consent',
      'I just want to know how it works. I withdraw my consent to marketing emails.',
      'withdraw_consent',
    ],
  ])('near miss "%s" stays a request', (subject, body, right) => {
    expect(classify(subject, body).types).toContain(right);
  });
});

describe('rights as the subject matter of a study, a circular, an article or a security report', () => {
  it.each([
    [
      'Academic study',
      'We are running an academic study on how companies handle erasure requests under Article 17. Would you take part in our short survey?',
    ],
    [
      'Leitlinien',
      'Die Behörde veröffentlicht Leitlinien zum Auskunftsrecht nach Art. 15 DSGVO. Dieses Schreiben dient der Information, keine Antwort erforderlich.',
    ],
    [
      'Article',
      "Je suis journaliste et j'écris sur le droit à l'effacement (article 17). Accepteriez-vous de répondre à quelques questions ?",
    ],
    [
      'Exposed bucket',
      'I found a publicly accessible bucket with JSON files that look like data exports. Do you have a disclosure programme?',
    ],
  ])('"%s" asks nothing', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    ['Surveys', 'Please stop sending me your satisfaction surveys after every order.', 'objection'],
    [
      'Survey',
      'I took part in your survey last year. Please delete my account and everything about me.',
      'erasure',
    ],
  ])('near miss "%s" stays a request', (subject, body, right) => {
    expect(classify(subject, body).types).toContain(right);
  });
});
