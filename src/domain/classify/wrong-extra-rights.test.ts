import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { combineWithModel } from './combine-model.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';
import { trainNgramModel } from './train-ngram-model.js';

// Tenth round: rights the writer never asked that the lexicon or the model added. Sentences written for
// this test; each cause has near misses that must keep the right.
const lexicons = compileLexicons();
const rightsIn = (language: SupportedLanguage, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

type Case = readonly [language: SupportedLanguage, body: string, rights: readonly Right[]];

const cases: Readonly<Record<string, readonly Case[]>> = {
  // An authorised agent's letter cites CCPA § 1798.135 for its own standing, not for an opt-out.
  'an agent citing § 1798.135': [
    [
      'en',
      'We act as the registered authorized agent of the consumer under Cal. Civ. Code § 1798.135. Please delete her personal information under § 1798.105.',
      ['erasure'],
    ],
    [
      'en',
      'As authorised agents (Cal. Civ. Code 1798.135, 11 CCR 7063) we ask for the specific pieces of personal information you hold about him.',
      ['access'],
    ],
    // Near misses: the writer's own opt-out under the same section.
    ['en', 'I am opting out under Cal. Civ. Code 1798.135, effective today.', ['opt_out_sale']],
    ['en', 'Per § 1798.135, please honour my request to limit the sale.', ['opt_out_sale']],
  ],
  // Keep the data for one use only, or stop a use for marketing until something happens.
  'a use kept or stopped': [
    [
      'en',
      'Keep the records, but stop using them for anything else until the audit is over.',
      ['restriction'],
    ],
    ['en', 'Please stop using it for everything beyond billing while this is investigated.', ['restriction']],
    ['en', "Don't use my information for advertising until I tell you otherwise.", ['objection']],
    ['en', 'Stop using my details in profiling until further notice.', ['objection']],
    // Near misses: the restriction and the objection read as before.
    ['en', "Please don't use those details until the billing dispute is settled.", ['restriction']],
    ['en', 'Please stop using them for your newsletters.', ['objection']],
  ],
  // GDPR Art. 18(1)(d): a restriction while an objection already made is verified.
  'a restriction waiting on an objection already made': [
    [
      'en',
      'We filed an objection to the use of my call recordings last month. Until it has been assessed, restrict the processing of that data.',
      ['restriction'],
    ],
    [
      'de',
      'Ich hatte gegen die Profilbildung bereits Widerspruch erhoben. Bis zur Prüfung verlange ich die Einschränkung der Verarbeitung.',
      ['restriction'],
    ],
    [
      'fr',
      "Nous avons formulé une opposition au traitement de nos données à des fins d'analyse. Dans l'attente, je demande la limitation du traitement.",
      ['restriction'],
    ],
    [
      'es',
      'He presentado oposición al tratamiento de mis datos para perfiles. Mientras se decide, solicito la limitación del tratamiento.',
      ['restriction'],
    ],
    [
      'nl',
      'Ik heb vorige week bezwaar gemaakt tegen het gebruik van mijn gegevens voor analyses. Tot daarover is beslist, vraag ik om beperking van de verwerking.',
      ['restriction'],
    ],
    // Near misses: the objection is made in this mail, or a chaser asks no restriction.
    [
      'en',
      'I object to the profiling of my purchases. Until you have assessed my objection, restrict the processing of my data.',
      ['restriction', 'objection'],
    ],
    [
      'en',
      'I filed an objection to the profiling in May and I object again: stop profiling me.',
      ['objection'],
    ],
    [
      'de',
      'Ich habe Widerspruch eingelegt und nie eine Antwort erhalten. Ich widerspreche hiermit erneut der Verarbeitung meiner Daten.',
      ['objection'],
    ],
  ],
  // French "les données me concernant" as the object of another right's verb, or sent on to a new provider.
  'the data about me that another right governs': [
    ['fr', 'Merci de supprimer toutes les données me concernant.', ['erasure']],
    ['fr', "Je vous demande d'effacer toutes les informations à mon sujet.", ['erasure']],
    ['fr', 'Veuillez supprimer mon compte et les données personnelles que vous avez sur moi.', ['erasure']],
    [
      'fr',
      'Je souhaite exercer mon droit à la portabilité : merci de transmettre mes données à mon nouveau prestataire.',
      ['portability'],
    ],
    [
      'fr',
      'Non, je ne parle pas de supprimer des projets ! Je vous demande de supprimer mon compte et toutes mes données.',
      ['erasure'],
    ],
    // Near misses: the data asked for as well, or a refusal.
    ['fr', 'Envoyez-moi une copie des données me concernant, puis supprimez-les.', ['access', 'erasure']],
    [
      'fr',
      "Supprimez mon compte et envoyez-moi d'abord toutes les données me concernant.",
      ['access', 'erasure'],
    ],
    ['fr', 'Je souhaite connaître les données me concernant que vous traitez.', ['access']],
    ['fr', "Ne supprimez pas mon compte, je l'utilise encore.", []],
  ],
};

describe('rights the writer never asked (tenth round)', () => {
  for (const [cause, list] of Object.entries(cases)) {
    it(cause, () => {
      for (const [language, body, rights] of list)
        expect([language, body, rightsIn(language, body)]).toEqual([language, body, rights]);
    });
  }
});

// A toy model of our own sentences that reads "opt out" as a sale opt-out, and "object" as an objection.
const model = trainNgramModel(
  [
    { text: 'opt out of the sale of my personal information', types: ['opt_out_sale'] },
    { text: 'i opt out of sharing, do not sell my data', types: ['opt_out_sale'] },
    { text: 'i object to the profiling of my data', types: ['objection'] },
    { text: 'i object to you using my data for analytics', types: ['objection'] },
    { text: 'restrict the processing while you check it', types: ['restriction'] },
    { text: 'the export button does not work', types: ['not_a_request'] },
  ],
  { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 },
);
const full = { erasureDoubted: false, ordinaryTopic: false, fullLexicon: true };

describe('what the model may not add beside the lexicon (tenth round)', () => {
  it('adds no sale opt-out to an objection to marketing mail that names no sale', () => {
    const text =
      'opt out of the sale of my personal information, opt out of the sale of my personal information';
    const opinion = combineWithModel(model, text, ['objection'], { ...full, cued: ['objection'] });
    expect(opinion.chosen).toEqual(['objection']);
    // Near miss: where the lexicon read a sale cue too, the model's opt-out is added.
    const cued = combineWithModel(model, text, ['objection'], {
      ...full,
      cued: ['objection', 'opt_out_sale'],
    });
    expect(cued.chosen).toEqual(['objection', 'opt_out_sale']);
  });

  it('adds no right the writer reports as asked earlier', () => {
    const text = 'i object to the profiling of my data, i object to the profiling of my data';
    const context = { ...full, cued: ['restriction' as const, 'objection' as const] };
    expect(combineWithModel(model, text, ['restriction'], context).chosen).toEqual([
      'restriction',
      'objection',
    ]);
    const earlier = combineWithModel(model, text, ['restriction'], { ...context, earlier: ['objection'] });
    expect(earlier.chosen).toEqual(['restriction']);
  });
});
