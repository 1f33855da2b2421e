import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { isCompanyBilling } from './lexicon/support-topic.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));

// Sentences of our own: the organisation's own details on an invoice corrected, which is billing, and the
// writer's own name or address on it, which stays a possible correction of personal data (Art. 16).
describe("a correction of the organisation's details on an invoice", () => {
  it.each([
    [
      'Wrong VAT ID',
      'Hi, the October invoice shows our VAT number with two digits swapped. Please correct it and reissue the invoice.',
    ],
    [
      'Rechnung',
      'Hallo, auf der Rechnung steht die falsche Umsatzsteuer-ID unserer Firma. Bitte korrigieren Sie das und schicken Sie eine neue Rechnung.',
    ],
    [
      'Facture',
      'Bonjour, le nom de notre société est mal écrit sur la facture de mars (Dupont SARL). Pouvez-vous corriger et renvoyer la facture ?',
    ],
    [
      'Factura',
      'Hola, en la factura aparece mal nuestro NIF intracomunitario. ¿Pueden corregirlo y emitir una factura nueva?',
    ],
    [
      'Fattura',
      'Buongiorno, sulla fattura la partita IVA della nostra azienda è sbagliata. Potete correggerla e riemetterla?',
    ],
    [
      'Factuur',
      'Goedemiddag, op de factuur staat het btw-nummer van ons bedrijf verkeerd. Kunt u dit corrigeren?',
    ],
  ])('is billing, no rectification: "%s"', (subject, body) => {
    expect(classify(subject, body).types).toEqual(['not_a_request']);
  });

  it.each([
    [
      'Name on invoices',
      'Hi, my name is misspelled on every invoice (Jon instead of John). Please correct it.',
    ],
    [
      'Rechnung',
      'Hallo, mein Nachname ist auf allen Rechnungen falsch geschrieben. Bitte korrigieren Sie ihn.',
    ],
    ['Facture', "Bonjour, j'ai déménagé : mon adresse sur les factures est fausse, merci de la corriger."],
    ['Factura', 'Hola, mi apellido aparece mal en las facturas de nuestra empresa. ¿Pueden corregirlo?'],
  ])('but the writer\'s own detail stays a rectification: "%s"', (subject, body) => {
    expect(classify(subject, body).types).toContain('rectification');
  });

  it.each([
    [
      'Rechnungsanschrift',
      'Hallo, unsere Firma ist umgezogen. Bitte ändern Sie die Rechnungsanschrift der Muster GmbH ab der nächsten Rechnung.',
    ],
    ['Számla', 'Jó napot, a számlán hibás a cégünk adószáma. Kérem, küldjenek javított számlát.'],
  ])('is stated with confidence: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("is not read from the organisation's legal form alone", () => {
    const text =
      'please correct the name on the invoice: it is anna smith, not ana smith. thanks, a zm api ltd customer';
    expect(isCompanyBilling(text)).toBe(false);
  });

  it('needs an invoice', () => {
    expect(isCompanyBilling('please correct our vat number in the account settings')).toBe(false);
    expect(isCompanyBilling('please correct our vat number on the invoice')).toBe(true);
  });
});
