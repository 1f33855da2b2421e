import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// Twelfth round: a firm's note to all its clients, or a list mailing that says why the reader receives it,
// names rights as its subject matter and asks nothing. Sentences of our own; near misses where a reader
// asks for their own data in such a mail, or forwards one with an ask on top.
describe('a note written to many readers', () => {
  it.each([
    'Gentili clienti, il Garante ha pubblicato nuove linee guida sul diritto alla cancellazione (art. 17 GDPR). Restiamo a disposizione.',
    'Sehr geehrte Mandantinnen und Mandanten, das Gericht hat zum Recht auf Datenübertragbarkeit nach Art. 20 DSGVO entschieden.',
    'Dear clients, the regulator has issued new guidance on the right of access under Article 15 GDPR. We remain at your disposal.',
    "Chers clients, la CNIL précise le droit d'accès au titre de l'article 15 du RGPD. Notre cabinet reste à votre écoute.",
    'Estimados clientes, la AEPD ha publicado una guía sobre el derecho de rectificación del artículo 16 del RGPD.',
    'Beste klanten, de AP heeft nieuwe richtsnoeren over het recht op inzage (artikel 15 AVG) gepubliceerd.',
    'This month: new guidance on the right to erasure under Article 17. You are receiving this email because you subscribed to our updates.',
    'Ce mois-ci : le droit à la portabilité (article 20 du RGPD) expliqué. Vous recevez ce message car vous êtes inscrit à notre lettre.',
  ])('is no request: "%s"', (body) => {
    expect(classifyAlone(body).types).toEqual(['not_a_request']);
  });

  it.each([
    'Sehr geehrte Mandantinnen und Mandanten, bitte löschen Sie meine Daten.',
    'Erase everything you have about me.\n\nYou are receiving this because you subscribed.',
    'Dear customers team, I want a copy of all the personal data you hold about me under Article 15.',
    'Gentili clienti? No: sono io il cliente, e vi chiedo di cancellare i miei dati personali.',
  ])('stays a request: "%s"', (body) => {
    expect(classifyAlone(body).types).not.toContain('not_a_request');
  });
});
