import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { TURN_TO_ASK, UNWILLING } from './lexicon/asks-about-right.js';
import { textEmail } from './text-email.test-support.js';
import { trainNgramModel } from './train-ngram-model.js';

// A toy model of our own sentences that reads the selling verbs of six languages as an opt-out of sale.
const SELLING = 'sell verkaufen vendete verkopen sprzedajecie vendem my data meine daten i miei dati';
const model = trainNgramModel(
  [
    { text: SELLING, types: ['opt_out_sale' as const] },
    { text: `${SELLING} stop`, types: ['opt_out_sale' as const] },
    { text: 'the upload fails with a timeout on large files', types: ['not_a_request' as const] },
  ],
  { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 },
);
const classifier = createClassifier(createLanguageDetector(), undefined, model);
const classify = (body: string) => classifyEmail(classifier, textEmail(body, 'Data'));

// Sentences of our own: a question whether the service sells the writer's data asks nothing, but the same
// question followed by the writer's refusal of the practice asks for it to stop (an opt-out in triage).
describe('a question about selling, followed by the writer refusing it or asking to stop if so', () => {
  it.each([
    ['de', 'Verkaufen Sie meine Daten? Das möchte ich nicht.'],
    ['it', "Vendete i miei dati? Non sono d'accordo."],
    ['nl', 'Verkopen jullie mijn gegevens? Dat wil ik niet.'],
    ['pl', 'Czy sprzedajecie moje dane? Nie zgadzam się na to.'],
    ['pt', 'Vocês vendem os meus dados? Não concordo com isso.'],
    ['de', 'Ich möchte wissen, ob Sie meine Daten verkaufen, und falls ja, hören Sie bitte damit auf.'],
    ['it', 'Vorrei sapere se vendete i miei dati e, in tal caso, smettete.'],
    ['nl', 'Ik wil weten of jullie mijn gegevens verkopen en zo ja, stop daarmee.'],
    ['pt', 'Gostaria de saber se vendem os meus dados e, se sim, parem.'],
    ['pl', 'Chciałbym wiedzieć, czy sprzedajecie moje dane, a jeśli tak, proszę przestać.'],
  ])('%s: leaves the model its opt-out', (_, body) => {
    expect(classify(body).types).toEqual(['opt_out_sale']);
  });

  it.each([
    ['de', 'Verkaufen Sie meine Daten?'],
    ['it', 'Vendete i miei dati?'],
    ['nl', 'Verkopen jullie mijn gegevens?'],
  ])('%s: the question alone asks nothing', (_, body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('the refusal words', () => {
  it.each([
    "do you sell my data? i'd rather you didn't.",
    'is my data sold? i do not agree to that.',
    'je ne le souhaite pas.',
    'no estoy de acuerdo con eso.',
    'jag godkänner inte det.',
    'and if you do, please stop.',
    'e, se sim, parem.',
  ])('"%s"', (text) => expect(UNWILLING.test(text)).toBe(true));

  it.each([
    'i want to know more.',
    'das möchte ich wissen.',
    'não sei se concordo.',
    'je refusera plus tard',
  ])('but not "%s"', (text) => expect(UNWILLING.test(text)).toBe(false));
});

// Sentences of our own: a refused deletion followed by a turn to another ask keeps that ask possible.
describe('a turn from a refused deletion to another ask', () => {
  it.each([
    'surtout ne supprimez pas mon compte, j’en ai besoin. mais je vous demande de bloquer l’usage de mes données.',
    'no borren nada, necesito esos datos. pero les pido que congelen su uso hasta nuevo aviso.',
    "please don't delete my account. but i ask you to stop using my data while the dispute lasts.",
    'bitte löschen sie nichts, aber bitte nutzen sie meine daten vorerst nicht.',
  ])('"%s"', (text) => expect(TURN_TO_ASK.test(text)).toBe(true));

  it.each([
    "please don't delete anything, i just need to get back in.",
    'ne supprimez rien, je veux seulement changer mon mot de passe.',
    'no borren nada, pero gracias por avisar.',
  ])('but not "%s"', (text) => expect(TURN_TO_ASK.test(text)).toBe(false));
});
