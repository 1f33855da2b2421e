import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: SupportedLanguage, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

// Requests described by the situation rather than by the right's name; sentences written for this test.
const cases: readonly (readonly [language: SupportedLanguage, body: string, right: Right])[] = [
  ['en', 'I do not want my browsing data used for your marketing analytics any more.', 'objection'],
  [
    'en',
    'You can keep my file, but do not use my information for anything until the dispute is over.',
    'restriction',
  ],
  ['en', 'I need my playlists in a format I can import elsewhere.', 'portability'],
  [
    'en',
    'Back in March I gave you that permission for research; I am revoking that permission now.',
    'withdraw_consent',
  ],
  ['de', 'Ich möchte nicht, dass meine Standortdaten in Ihre Marketing-Statistik einfließen.', 'objection'],
  [
    'de',
    'Bitte behalten Sie alles, aber meine Angaben nicht mehr verwenden, bis der Streit geklärt ist.',
    'restriction',
  ],
  ['de', 'Diese Zustimmung ziehe ich zurück.', 'withdraw_consent'],
  ['de', 'Ich brauche meine Fotos als Datei, die ich anderswo importieren kann.', 'portability'],
  ['fr', 'Je ne souhaite plus que mes informations servent à vos campagnes.', 'objection'],
  ['fr', "N'utilisez plus mes données jusqu'à la fin de l'enquête.", 'restriction'],
  ['fr', 'Je retire mon accord donné en janvier.', 'withdraw_consent'],
  ['fr', 'Envoyez-moi un fichier que je puisse importer chez mon nouveau fournisseur.', 'portability'],
  ['es', 'No quiero que mis datos se usen para publicidad.', 'objection'],
  ['es', 'No utilicen mis datos mientras revisan mi queja.', 'restriction'],
  ['es', 'Revoco esa autorización que di al registrarme.', 'withdraw_consent'],
  ['es', 'Necesito un archivo que pueda importar en el otro servicio.', 'portability'],
];

describe('situational request phrasing', () => {
  for (const [language, body, right] of cases) {
    it(`reads "${body}" (${language}) as ${right}`, () => {
      expect(rightsIn(language, body)).toContain(right);
    });
  }

  it('does not read a bare "stop using it" without a purpose as an objection', () => {
    expect(rightsIn('en', 'The app keeps crashing, so I will stop using it.')).toEqual([]);
  });
});
