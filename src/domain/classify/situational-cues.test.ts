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
  ['en', "I'd like to see everything you've got on me.", 'access'],
  ['en', 'Please get rid of all my details, I am leaving.', 'erasure'],
  ['en', 'Leave me out of your customer research from now on.', 'objection'],
  ['en', 'Hand over my account data to my new provider, please.', 'portability'],
  ['en', 'I am taking back my permission to feature my review.', 'withdraw_consent'],
  ['en', 'Do not pass my browsing history on to advertisers or data brokers.', 'opt_out_sale'],
  ['en', 'Last year I agreed to your beta panel. I am withdrawing that today.', 'withdraw_consent'],
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
  ['it', 'Non voglio che i miei dati finiscano nel vostro marketing.', 'objection'],
  ['it', 'Tenete pure tutto, ma non usate i miei dati finché la contestazione non è chiusa.', 'restriction'],
  ['it', "Ritiro l'autorizzazione data alla registrazione.", 'withdraw_consent'],
  ['it', 'Mi serve un file che posso importare nel nuovo programma.', 'portability'],
  ['nl', 'Ik wil niet dat mijn locatiegegevens voor jullie reclame worden gebruikt.', 'objection'],
  ['nl', 'Bewaar alles, maar gebruik mijn gegevens niet tot het geschil voorbij is.', 'restriction'],
  ['nl', 'Die toestemming neem ik terug.', 'withdraw_consent'],
  ['nl', 'Ik wil een bestand dat ik elders kan importeren.', 'portability'],
  ['pt', 'Não quero que os meus dados sejam usados em publicidade.', 'objection'],
  ['pt', 'Podem guardar tudo, mas não usem os meus dados até a queixa estar resolvida.', 'restriction'],
  ['pt', 'Revogo a autorização que dei no registo.', 'withdraw_consent'],
  ['pt', 'Preciso de um ficheiro que possa importar noutro serviço.', 'portability'],
  ['pl', 'Nie chcę, żeby moje dane trafiały do Waszych kampanii reklamowych.', 'objection'],
  ['pl', 'Nie używajcie moich danych, dopóki reklamacja nie zostanie rozpatrzona.', 'restriction'],
  ['pl', 'Jeśli coś opiera się na mojej zgodzie, to ją wycofuję.', 'withdraw_consent'],
  ['pl', 'Potrzebuję pliku, który zaimportuję w nowej aplikacji.', 'portability'],
  ['sv', 'Jag vill inte att mina platsuppgifter används i er marknadsföring.', 'objection'],
  ['sv', 'Behåll allt, men använd inte mina uppgifter förrän tvisten är avgjord.', 'restriction'],
  ['sv', 'Det medgivandet drar jag tillbaka.', 'withdraw_consent'],
  ['sv', 'Jag behöver en fil som jag kan importera i den nya appen.', 'portability'],
  ['da', 'Jeg vil ikke have, at mine lokationsdata bruges til jeres reklame.', 'objection'],
  ['da', 'Gem det hele, men brug ikke mine oplysninger, før sagen er afgjort.', 'restriction'],
  ['da', 'Den tilladelse tilbagekalder jeg hermed.', 'withdraw_consent'],
  ['da', 'Jeg skal bruge en fil, jeg kan importere hos den nye udbyder.', 'portability'],
];

describe('situational request phrasing', () => {
  for (const [language, body, right] of cases) {
    it(`reads "${body}" (${language}) as ${right}`, () => {
      expect(rightsIn(language, body)).toContain(right);
    });
  }

  it('does not read a Swedish or Danish "delete nothing" as erasure', () => {
    expect(
      rightsIn('sv', 'Radera ingenting, men använd inte mina uppgifter förrän klagomålet är löst.'),
    ).toEqual(['restriction']);
    expect(rightsIn('da', 'Slet ikke min konto, jeg bruger den stadig.')).not.toContain('erasure');
  });

  // Named rights in everyday verbs other than the ones the law uses.
  for (const [language, body, right] of [
    ['sv', 'Jag motsätter mig att ni använder mina uppgifter för profilering.', 'objection'],
    ['da', 'Jeg modsætter mig brug af mine oplysninger til markedsføring.', 'objection'],
    ['nl', 'Ik herroep mijn toestemming voor de nieuwsbrief.', 'withdraw_consent'],
  ] as const) {
    it(`reads "${body}" (${language}) as ${right}`, () => {
      expect(rightsIn(language, body)).toContain(right);
    });
  }

  it("does not read a company's own promise or a support question as a request", () => {
    expect(rightsIn('en', 'We never share your data with advertisers or data brokers.')).toEqual([]);
    expect(rightsIn('nl', 'Hoe laat ik deze foutmelding verdwijnen?')).toEqual([]);
    expect(rightsIn('nl', 'De nieuwe versie wordt niet gebruikt tot de migratie klaar is.')).toEqual([]);
  });

  it('does not read a bare "stop using it" without a purpose as an objection', () => {
    expect(rightsIn('en', 'The app keeps crashing, so I will stop using it.')).toEqual([]);
  });
});
