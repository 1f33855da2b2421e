// Twelfth round: restriction asked for a time without its name, the objection beside a consent withdrawal,
// and the look-alikes. Sentences written for this test, not taken from any set.
import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import type { SupportedLanguage } from './lexicon/index.js';
import { rightsIn } from './implicit-asks.test-support.js';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { classifyAlone } from './lexicon-alone.test-support.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());

const restrictions: readonly (readonly [SupportedLanguage, string])[] = [
  ['en', 'Until the correction is done, please do not use the old address for anything.'],
  ['en', 'Until that is sorted, please do not use my old phone number for billing.'],
  ['en', 'Please also limit any processing of sensitive data about me.'],
  ['en', "Don't delete anything, but freeze its use until further notice."],
  ['de', 'Bitte löschen Sie nichts, schränken Sie aber die Verarbeitung ein.'],
  ['de', 'Schränken Sie die Verarbeitung meiner Daten bitte ein, bis das geklärt ist.'],
  ['de', 'Bis zur Klärung dürfen diese Daten nicht weiter verwendet werden.'],
  ['de', 'Bis die Korrektur erfolgt ist, verwenden Sie die alte Adresse bitte nicht mehr.'],
  ['de', 'Ich verlange, dass die Angaben mit einem Bestreitungsvermerk versehen werden.'],
  ['fr', 'Ne supprimez rien, mais gelez leur utilisation jusqu’à nouvel ordre.'],
  ['fr', "Tant que la correction n'est pas faite, n'utilisez pas ces données pour la facturation."],
  ['es', 'Mientras no se haga la corrección, no utilicen esos datos para el cobro.'],
  ['es', 'No borren nada, pero congelen su uso hasta nuevo aviso.'],
  ['it', 'Finché la correzione non sarà fatta, non usate quei dati per la fatturazione.'],
  ['it', 'Non cancellate nulla, ma congelate il loro utilizzo fino a nuovo avviso.'],
  ['nl', 'Zolang de correctie niet is doorgevoerd, gebruik die gegevens dan niet voor de facturering.'],
  ['nl', 'Verwijder niets, maar bevries het gebruik ervan tot nader order.'],
  ['pt', 'Enquanto a correção não for feita, peço que não utilizem esses dados para cobrança.'],
  ['pl', 'Dopóki korekta nie zostanie wprowadzona, nie używajcie tych danych do rozliczeń.'],
  ['pl', 'Niczego nie usuwajcie, ale zamroźcie ich wykorzystanie do odwołania.'],
  ['sv', 'Tills rättelsen är gjord, använd inte de uppgifterna för fakturering.'],
  ['da', 'Indtil rettelsen er foretaget, må I ikke bruge de oplysninger til fakturering.'],
];

// Look-alikes: a stop for good, a product or card, a frozen lake, access limited for a colleague.
const notRestriction: readonly (readonly [SupportedLanguage, string])[] = [
  ['en', "Please don't use the old address anymore, I moved."],
  ['en', "Until I get my invoice, don't use the old card."],
  ['en', 'Is there a limit to the processing of large files, or any limit on processing time?'],
  ['de', 'Schränken Sie den Zugang für den Praktikanten ein.'],
  ['de', 'Bis zur Klärung der Rechnung zahle ich nicht.'],
  ['fr', "Le lac a gelé jusqu'à nouvel ordre."],
  ['es', 'Mientras no se arregle el error, no usen la versión nueva.'],
  ['pt', 'Enquanto o pagamento não for processado, não usem o cartão antigo.'],
  ['nl', 'Zolang de storing duurt, gebruik de app niet.'],
  ['sv', 'Tills uppdateringen är klar, använd inte appen.'],
];

describe('restriction for a time, without its name (ten full languages)', () => {
  it.each(restrictions)('%s: %s', (language, body) =>
    expect(rightsIn(language, body)).toContain<Right>('restriction'),
  );
  it.each(notRestriction)('not a restriction (%s): %s', (language, body) =>
    expect(rightsIn(language, body)).not.toContain<Right>('restriction'),
  );
});

describe('a stop of marketing beside a consent withdrawal', () => {
  it.each([
    'I withdraw my consent for the newsletter, and please stop sending me marketing emails.',
    'Ik trek mijn toestemming voor de nieuwsbrief in. Geen reclame meer, graag.',
    'Revogo o consentimento da newsletter e parem de me mandar e-mails promocionais.',
  ])('is an objection as well when marketing is named: %s', (body) =>
    expect(classifyAlone(body).types).toEqual(expect.arrayContaining(['withdraw_consent', 'objection'])),
  );
  it.each([
    'I withdraw the consent I gave for the newsletter. Please unsubscribe me.',
    'Revoco il consenso prestato per la newsletter e vi chiedo di non inviarle più alcuna comunicazione.',
  ])('is part of the withdrawal when it stops only what was consented to: %s', (body) =>
    expect(classifyAlone(body).types).toEqual(['withdraw_consent']),
  );
  it('does not read a Polish complaint ("reklamacja") as marketing', () =>
    expect(
      classifyAlone('Wycofuję zgodę na newsletter, proszę mnie wypisać. Reklamacja w osobnym mailu.').types,
    ).toEqual(['withdraw_consent']));
});

describe('objection: everyday stops and questions that only think it over', () => {
  it.each([
    ['da', 'Stop venligst med at sende mig reklamemails.'],
    ['da', 'Indtil det er sket, vil jeg ikke modtage mere markedsføring.'],
    ['nl', 'Ik krijg nog steeds reclame van jullie. Stop daar nu echt mee.'],
  ] as const)('%s: %s', (language, body) => expect(rightsIn(language, body)).toContain<Right>('objection'));
  it.each([
    'De printer maakt een raar geluid. Stop daar maar mee.',
    'Kan man invända mot er analys av användningsdata, och i så fall hur? Jag funderar bara.',
    'Can I object to your analytics, and if so how? I am just thinking about it.',
    'Kann man der Analyse widersprechen, und wenn ja, wie? Ich überlege noch.',
  ])('no request: %s', (body) => expect(classifyAlone(body).types).toEqual(['not_a_request']));
});

describe('article numbers under another law', () => {
  it('reads LGPD art. 18, VI at the end of a subject line as deletion, not GDPR restriction', () => {
    const email = textEmail(
      'Solicito a eliminação dos meus dados pessoais.',
      'Eliminação de dados - art. 18, vi',
    );
    const types = classifyEmail(classifier, email).types;
    expect(types).toContain<Right>('erasure');
    expect(types).not.toContain<Right>('restriction');
  });
  it('still reads GDPR art. 18 followed by a sentence', () =>
    expect(
      classifyAlone('Under art. 18, i ask you to restrict the processing of my data.').types,
    ).toContain<Right>('restriction'));
  it("reads the Mexican federal law's articles 22 to 27 (ARCO) as no GDPR objection", () =>
    expect(
      classifyAlone(
        'Con fundamento en los artículos 22 a 27 de la ley federal de protección de datos, solicito acceso a mis datos personales.',
      ).types,
    ).not.toContain<Right>('objection'));
});
