import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { SAFETY_NET_CAP } from './confidence.js';
import { createLanguageDetector } from './language.js';
import { maskSupportActions, SUPPORT_MASK } from './lexicon/support-topic.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));

// Sentences of our own, none taken from a corpus.
describe('support mail about the product’s own objects', () => {
  it.each([
    [
      'Delete a project',
      'Hi, how do I delete a project? I cannot find the button in the settings. Thanks, Tom',
    ],
    ['Export invoices', 'Hello, can we export our invoices as CSV for our accountant? We need all of 2025.'],
    ['Billing contact', 'Hi, please change the billing contact on our account to the finance team. Thanks'],
    ['Invoice address', 'Could you update the company address on our invoices? We moved to Berlin.'],
    ['Old uploads', 'How do I delete old uploads to free up storage? We hit the quota on our plan.'],
    ['Sync error', 'Our integration calls the data export endpoint and gets a 500 error since this morning.'],
    ['Rename', 'Can I rename our workspace? The old name was a typo.'],
    ['Comments', 'Is there a way to delete all the comments on a document at once?'],
    ['Locked', 'My account got locked after too many login attempts. Can you unlock it?'],
    ['Projekt', 'Hallo, wie kann ich ein altes Projekt löschen? Der Knopf ist ausgegraut.'],
    ['Facture', 'Bonjour, comment exporter nos factures de 2025 pour le comptable ?'],
  ])('reads "%s" as no request', (subject, body) => {
    expect(classify(subject, body).types).toEqual(['not_a_request']);
  });

  it.each([
    ['Password', 'Hi, the password reset email never arrives. Can you help me get back into the workspace?'],
    ['Remove a colleague', 'How can I remove a former colleague from our workspace? He left the company.'],
  ])('states no request above the triage threshold for "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    [
      'Security questionnaire',
      'Bonjour, merci de compléter le questionnaire de sécurité fournisseur avant la fin du mois.',
    ],
    ['[RD-1234] Done', 'Thanks for sorting this out so quickly, you can close the ticket.'],
    ['[RD-1234] Erledigt', 'Vielen Dank, das Ticket kann geschlossen werden.'],
  ])(
    'reads vendor mail and thanks on a finished ticket as no request above the threshold: "%s"',
    (subject, body) => {
      const result = classify(subject, body);
      expect(result.types).toEqual(['not_a_request']);
      expect(result.confidence).toBeGreaterThanOrEqual(0.6);
    },
  );

  it('keeps thanks that go on to ask about personal data below the threshold', () => {
    const result = classify(
      '[RD-1234] Done',
      'Thanks, you can close the ticket. Do you still keep my personal data?',
    );
    expect(result.confidence).toBeLessThanOrEqual(SAFETY_NET_CAP);
  });

  it('reads a locked-out writer who asks that nothing be deleted as no request: the right is only refused', () => {
    const result = classify(
      'Locked out',
      "I can't log in. Please help me recover my account, don't delete anything!",
    );
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads a locked-out writer who also asks what is kept about them as a request', () => {
    const result = classify(
      'Locked out',
      "I can't log in. Don't delete anything, but tell me what you still keep about me.",
    );
    expect(result.types).toEqual(['access']);
  });
});

describe('rights requests that mention the same objects', () => {
  it.each([
    ['erasure', 'Please delete my account and all the personal data you hold about me, projects included.'],
    ['erasure', 'Close my account and erase my data, including my files and projects.'],
    ['erasure', 'Please delete the project and all my personal data as well.'],
    [
      'access',
      'I want a copy of all the personal data you have on me, including invoices and login history.',
    ],
    [
      'portability',
      'Please export all my projects and files in a machine-readable format for another provider.',
    ],
    ['rectification', 'Please correct my billing address, it is wrong on every invoice.'],
    ['erasure', 'I no longer use your service. Delete my login and everything you store about me.'],
  ])('still finds %s', (right, body) => {
    expect(classify('Request', body).types).toContain(right);
  });
});

describe('masking actions on product objects', () => {
  it('masks an action on a project, a file or an invoice', () => {
    expect(maskSupportActions('how do i delete a single failed job?')).toBe(`how do i ${SUPPORT_MASK}?`);
    expect(maskSupportActions('wie kann ich das projekt löschen?')).toContain(SUPPORT_MASK);
  });

  it("never masks the writer's own things or their data", () => {
    for (const text of [
      'necesito todos mis proyectos y el historial de trabajos en un archivo que pueda importar',
      'please delete my files',
      'delete the data of my account',
      'supprimer mon compte et mes fichiers',
      'please delete all the files i uploaded and then my account.',
      "merci de supprimer les fichiers que j'ai envoyés ainsi que mon compte.",
      'löschen sie meine daten und dateien',
    ])
      expect(maskSupportActions(text)).toBe(text);
  });
});
