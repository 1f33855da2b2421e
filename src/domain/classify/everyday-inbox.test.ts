import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: SupportedLanguage, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

// Short everyday mail to a shared privacy inbox: an adverb inside the question, the verb before its
// subject, slang, a missing accent, a wish that something "disappear". Sentences written for this test.
const asks: readonly (readonly [language: SupportedLanguage, body: string, right: Right])[] = [
  // What do you (even, really) know about me; send me what you have logged (Art. 15(1)).
  ['en', 'Honestly, what do you really know about me? I only used the app once.', 'access'],
  ['en', 'Please just show me what you have stored under my account.', 'access'],
  ['de', 'Was wissen Sie eigentlich über mich?', 'access'],
  ['de', 'Was genau habt ihr alles zu meiner Person gespeichert?', 'access'],
  ['da', 'Hvad har I egentlig om mig? Jeg har aldrig oprettet en konto.', 'access'],
  ['sv', 'Vad vet ni egentligen om mig? Jag har aldrig registrerat mig.', 'access'],
  ['fr', "D'où avez-vous mes coordonnées ? Je ne vous connais pas.", 'access'],
  // Get rid of everything, I want it gone, let it disappear, slang "virer" (Art. 17).
  ['en', 'Could you get rid of everything you hold about me, thanks.', 'erasure'],
  ['en', 'My father wants his profile gone, he no longer uses it.', 'erasure'],
  ['fr', 'virez mon compte svp, je m en sers plus', 'erasure'],
  ['da', 'Jeg vil gerne have at alt I gemmer om mig bliver slettet.', 'erasure'],
  ['sv', 'Jag vill att allt ni har sparat om mig försvinner.', 'erasure'],
  ['en', 'Please remove whatever your tracking pixel recorded about me.', 'erasure'],
  ['en', 'Just delete all my stuff, I am leaving.', 'erasure'],
  // Asked first, then erased by a pronoun: "tell me what you hold, and then delete it all".
  ['es', 'Quiero ver qué información tienen de mí y que luego la borren.', 'erasure'],
  ['es', 'Cambien mi teléfono y eliminen el antiguo del todo.', 'erasure'],
  ['pt', 'Mandem-me os dados que têm e depois que os apaguem.', 'erasure'],
  // An agent writes for a client (Art. 21(1)).
  ['fr', "Ma cliente s'oppose au traitement de ses données à des fins de prospection.", 'objection'],
  // The data named, then erased by a pronoun in the imperative.
  ['fr', 'Vous avez mon numéro sans mon accord. Effacez-le.', 'erasure'],
  ['es', 'Tienen mi correo de un sorteo antiguo; elimínenlo, gracias.', 'erasure'],
  ['pt', 'Não sei como obtiveram o meu telefone. Removam-no já.', 'erasure'],
  ['it', 'Come avete avuto il mio numero? Eliminatelo, per favore.', 'erasure'],
  // The name is written wrong, please correct (Art. 16).
  ['fr', "Mon prénom est orthographié Matthieu, c'est Mathieu. Merci de corriger.", 'rectification'],
  // Keep it, don't use it until this is settled; freeze it (Art. 18(1)).
  ['en', "Until the audit is over, please don't use or share my account data.", 'restriction'],
  ['en', 'Please freeze my personal data for now, there is a dispute about the account.', 'restriction'],
  ['it', 'Smettete di usare i miei dati fino a quando la contestazione non è chiusa.', 'restriction'],
  ['it', 'Non cancellate nulla, vorrei solo che i miei dati restino congelati.', 'restriction'],
  // No more advertising mail, typed without accents or as one word (Art. 21(2)).
  ['de', 'Ich möchte keine Werbemails mehr bekommen.', 'objection'],
  ['fr', 'arretez de m envoyer vos promos svp', 'objection'],
  ['fr', "Arretez de m'envoyer des offres.", 'objection'],
];

describe('everyday inbox wording', () => {
  it.each(asks)('%s: "%s" is %s', (language, body, right) => {
    expect(rightsIn(language, body)).toContain(right);
  });
});

const nearMisses: readonly (readonly [language: SupportedLanguage, body: string, right: Right])[] = [
  ['en', 'Why did you freeze my account? I paid the invoice yesterday.', 'restriction'],
  ['en', "Until the refund arrives, don't use my card again for renewals.", 'restriction'],
  ['en', 'Until then, stop using my data for marketing; I object to it.', 'restriction'],
  ['en', 'We want the old logo gone from the invoice header.', 'erasure'],
  ['en', 'What do you even know about machine learning? Just curious about the feature.', 'access'],
  ['de', 'Was haben Sie von mir bekommen? Die Zahlung ist doch raus.', 'access'],
  ['it', 'Perché i miei pagamenti sono bloccati?', 'restriction'],
  ['fr', 'Mon nom est écrit correctement, merci pour la facture.', 'rectification'],
  ['da', 'Hvad har I gjort ved min bestilling?', 'access'],
  ['en', 'Please delete what I wrote in my last ticket, it had a typo.', 'access'],
  ['es', 'Quiero que los pedidos lleguen antes, ¿que los envíen por avión?', 'erasure'],
  ['pt', 'Os anexos estão errados, não sei se os apaguem ou não.', 'erasure'],
  ['fr', "Le client ne s'oppose pas au devis, il veut juste un délai.", 'objection'],
  ['es', 'La dirección de envío estaba mal, la borré y puse la nueva.', 'erasure'],
  ['pt', 'O ficheiro do relatório está corrompido, apaguem-no e eu reenvio.', 'erasure'],
];

describe('near misses of everyday inbox wording', () => {
  it.each(nearMisses)('%s: does not read "%s" as %s', (language, body, right) => {
    expect(rightsIn(language, body)).not.toContain(right);
  });
});
