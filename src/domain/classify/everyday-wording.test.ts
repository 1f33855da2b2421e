import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: SupportedLanguage, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

// Requests that say what the writer wants without naming the right, grouped by meaning; sentences
// written for this test, in each language where the meaning applies.
const asks: readonly (readonly [language: SupportedLanguage, body: string, right: Right])[] = [
  // What do you have on me, who got it, where did it come from (Art. 15(1)(c) and (g)).
  ['en', 'What do you actually have on me? I never signed up.', 'access'],
  ['en', 'Which companies have you passed my phone number to?', 'access'],
  ['en', 'Where did you get my email address from?', 'access'],
  ['en', 'Could I get a copy of the call recordings that mention me?', 'access'],
  [
    'en',
    'Under the Connecticut privacy act, confirm whether your company processes my personal data.',
    'access',
  ],
  ['de', 'An welche Firmen haben Sie meine Daten weitergegeben?', 'access'],
  ['de', 'Woher haben Sie meine Telefonnummer?', 'access'],
  ['fr', 'À qui avez-vous transmis mes coordonnées ?', 'access'],
  ['fr', "Je demande l'accès aux renseignements personnels que vous détenez.", 'access'],
  ['es', '¿Con qué empresas han compartido mis datos?', 'access'],
  ['es', 'Como abogada de la Sra. Ruiz, solicito el acceso a los datos personales de mi clienta.', 'access'],
  ['it', 'Con chi avete condiviso i miei dati?', 'access'],
  ['nl', 'Aan wie hebben jullie mijn gegevens verkocht?', 'access'],
  ['pt', 'Com que empresas partilharam os meus dados?', 'access'],
  ['pt', 'Peço a confirmação da existência de tratamento dos meus dados.', 'access'],
  ['pl', 'Komu przekazaliście moje dane?', 'access'],
  ['sv', 'Vilka företag har ni delat mina uppgifter med?', 'access'],
  ['da', 'Hvilke virksomheder har I delt mine oplysninger med?', 'access'],
  // The record is wrong (Art. 16).
  ['en', 'The phone number on my profile is wrong; it ends in 4410.', 'rectification'],
  ['en', 'Her date of birth is listed incorrectly in your records.', 'rectification'],
  ['en', 'Please update my job title to Head of Finance.', 'rectification'],
  ['de', 'Mein Nachname ist in Ihrem System falsch geschrieben.', 'rectification'],
  ['fr', 'Ma date de naissance est erronée dans mon profil.', 'rectification'],
  ['es', 'Mi fecha de nacimiento aparece mal en la cuenta.', 'rectification'],
  ['it', 'Il mio cognome risulta scritto male nel vostro sistema.', 'rectification'],
  ['nl', 'Mijn telefoonnummer klopt niet meer.', 'rectification'],
  ['pt', 'Peço a correção da minha data de nascimento.', 'rectification'],
  ['pl', 'Moje imię jest zapisane błędnie.', 'rectification'],
  ['sv', 'Mitt efternamn är felstavat i ert system.', 'rectification'],
  ['da', 'Min fødselsdato står forkert i jeres system.', 'rectification'],
  // Take me out of your systems (Art. 17).
  ['en', 'Remove everything of mine from your databases.', 'erasure'],
  ['en', 'I want my old profile gone.', 'erasure'],
  ['en', 'Make sure my recordings are deleted from your servers.', 'erasure'],
  ['en', 'can you delete my acc please', 'erasure'],
  ['de', 'Bitte alles von mir löschen, ich nutze das nicht mehr.', 'erasure'],
  ['fr', 'Je veux être effacé de vos bases de données.', 'erasure'],
  ['fr', 'Fermez mon compte, je pars.', 'erasure'],
  ['es', 'Quiero que me borren de sus sistemas.', 'erasure'],
  ['it', 'Cancellatemi dai vostri archivi.', 'erasure'],
  ['nl', 'Haal mij uit jullie database alsjeblieft.', 'erasure'],
  ['pt', 'Tirem-me dos vossos sistemas.', 'erasure'],
  ['pl', 'Usuńcie mnie z waszej bazy klientów.', 'erasure'],
  ['sv', 'Radera mig från era register.', 'erasure'],
  ['da', 'Slet mig fra jeres database.', 'erasure'],
  // Stop the mail; don't feed my data to your AI (Art. 21).
  ['en', 'Stop emailing me, I never asked for any of this.', 'objection'],
  ['en', 'Please get me off whatever list this is.', 'objection'],
  ['en', "Don't use my voice recordings to train your AI models.", 'objection'],
  ['en', 'I would like to object to the use of my purchase history for profiling.', 'objection'],
  ['de', 'Hört bitte auf mit den ständigen Newslettern.', 'objection'],
  ['de', 'Verwenden Sie meine Fotos bitte nicht für das Training Ihrer KI.', 'objection'],
  ['fr', "Arrêtez de m'envoyer vos offres, merci.", 'objection'],
  ['fr', "N'utilisez pas mes textes pour entraîner votre IA.", 'objection'],
  ['es', 'Dejen de mandarme publicidad, por favor.', 'objection'],
  ['it', 'Smettetela di mandarmi offerte via email.', 'objection'],
  ['nl', 'Stuur me geen reclame meer.', 'objection'],
  ['pt', 'Parem de me mandar promoções, por favor.', 'objection'],
  ['pl', 'Proszę nie przysyłać mi więcej newsletterów.', 'objection'],
  ['sv', 'Sluta mejla mig erbjudanden.', 'objection'],
  ['da', 'Hold op med at sende mig tilbud.', 'objection'],
  // A format another tool reads (Art. 20, and the US state laws' "portable and readily usable").
  ['en', 'Send my history as a CSV so I can import it into another app.', 'portability'],
  ['en', 'Provide my data in a portable and readily usable format.', 'portability'],
  // Consent withdrawn by a pronoun or by what was ticked (Art. 7(3)).
  [
    'en',
    'Should any processing rest on my consent, treat this message as a withdrawal of that consent.',
    'withdraw_consent',
  ],
  ['en', 'If I ever ticked a box for partner offers, consider it unticked.', 'withdraw_consent'],
  ['fr', 'Dans la mesure où un consentement a été donné, je le retire.', 'withdraw_consent'],
  ['it', 'Nel caso in cui il trattamento si fondi sul mio consenso, intendo revocarlo.', 'withdraw_consent'],
  ['nl', 'Voor zover ik ergens toestemming voor gaf, trek ik die bij deze in.', 'withdraw_consent'],
  ['pl', 'Jeżeli przetwarzanie opiera się na mojej zgodzie, wycofuję ją.', 'withdraw_consent'],
  ['sv', 'Om jag har gett samtycke till något, återkallar jag det.', 'withdraw_consent'],
  ['da', 'Hvis jeg har givet samtykke til noget, trækker jeg det tilbage.', 'withdraw_consent'],
  // CCPA wording: an opt-out named as such, an agent's "not sell or share".
  ['en', 'Treat this as my opt-out of the sale and sharing of my data.', 'opt_out_sale'],
  ['en', 'My client asks that you not sell or share her personal information.', 'opt_out_sale'],
  // LGPD Art. 18 items listed before the law is named; a blocking of data (item IV).
  ['pt', 'Com base no art. 18, incisos II e VI, da LGPD, solicito acesso e eliminação.', 'erasure'],
  ['pt', 'Solicito o bloqueio dos meus dados até a conclusão da análise.', 'restriction'],
  // Dutch and German compounds before a verb at the end of the clause.
  ['nl', 'Ik verzoek u al mijn klantgegevens te wissen.', 'erasure'],
  ['de', 'Ich bitte Sie, meine Kundendaten zu löschen.', 'erasure'],
];

describe('everyday wording of a request', () => {
  it.each(asks)('%s: finds the right in "%s"', (language, body, right) => {
    expect(rightsIn(language, body)).toContain(right);
  });
});

// Near misses: the same words in a question, a quotation, a statement, a list of a vendor's features.
const nearMisses: readonly (readonly [language: SupportedLanguage, body: string, right: Right])[] = [
  ['en', 'Hypothetically, if I asked you to erase my data, would my invoices go too?', 'erasure'],
  ['en', 'Where in the settings can I change my email address?', 'rectification'],
  ['en', 'Do you actually delete everything when an account is closed?', 'erasure'],
  ['en', 'Our tool answers subject access requests automatically. Interested in a demo?', 'access'],
  ['en', 'Failure to confirm will result in erasure of all your files.', 'erasure'],
  ['en', 'One of our users asked us to delete her data. Is there an admin option?', 'erasure'],
  ['en', 'My work account was closed when I left the company.', 'erasure'],
  [
    'en',
    'Your signup page says "you can withdraw your consent at any time". Does that cover updates?',
    'withdraw_consent',
  ],
  ['en', 'We may want to object under our DPA if the sub-processor is outside the EU.', 'objection'],
  ['en', 'Please stop sending me the password reset emails, it is fixed now.', 'objection'],
  ['en', 'Delete everything you have on me.', 'access'],
  ['de', 'Entfernen Sie alles, was Sie über mich haben.', 'access'],
  ['de', 'Entfernen Sie mich bitte aus Ihren Verteilern.', 'erasure'],
  ['fr', 'Effacez tout ce que vous avez sur moi.', 'access'],
  ['es', 'Actualice sus datos bancarios en 24 horas o su cuenta será bloqueada.', 'rectification'],
  ['pt', 'A fatura com NIF errado precisa de ser reemitida.', 'rectification'],
  ['pt', 'Com base no art. 18, incisos III e V, da LGPD, peço a correção do meu CPF.', 'restriction'],
  ['pl', 'Nasz system obsługuje wnioski o dostęp i sprzeciw zgodnie z RODO.', 'objection'],
  ['sv', 'Ta bort mig från er e-postlista.', 'erasure'],
  ['da', 'Fjern mig venligst fra jeres mailingliste.', 'erasure'],
  ['da', 'Fjern alt, hvad I har om mig.', 'access'],
  ['da', 'Når jeg importerer filen, bliver tegnene forkerte. Kan I rette det?', 'rectification'],
  ['da', 'Når jeg importerer en CSV-fil, går importen i stå.', 'portability'],
  // The account is still needed: a loose deletion phrase is no erasure.
  ['en', 'I still need my account, so delete nothing, but stop the newsletters.', 'erasure'],
  ['de', 'Mein Konto brauche ich noch, also bitte keine Daten löschen, nur keine Werbung mehr.', 'erasure'],
  ['pt', 'A conta pode ficar, só não quero mais receber promoções.', 'erasure'],
  ['nl', 'Verwijder mijn account alsjeblieft niet, maar stuur geen reclame meer.', 'erasure'],
  // How-to questions and hypotheticals in each language.
  ['de', 'Wie kann ich meine E-Mail-Adresse im Profil ändern?', 'rectification'],
  ['fr', 'Comment puis-je supprimer mon compte depuis l’application ?', 'erasure'],
  ['es', '¿Cómo puedo cambiar mi dirección de facturación?', 'rectification'],
  ['it', 'Come posso cancellare il mio account dal telefono?', 'erasure'],
  ['nl', 'Hoe kan ik mijn gegevens zelf verwijderen?', 'erasure'],
  ['pt', 'Hipoteticamente, se eu pedisse para apagar a minha conta, perderia as faturas?', 'erasure'],
  ['pl', 'Jak mogę usunąć konto w aplikacji?', 'erasure'],
  ['sv', 'Hur kan jag radera mitt konto själv?', 'erasure'],
  ['da', 'Hvordan kan jeg slette min konto selv?', 'erasure'],
];

describe('near misses of everyday wording', () => {
  it.each(nearMisses)('%s: does not read %s as %s', (language, body, right) => {
    expect(rightsIn(language, body)).not.toContain(right);
  });
});

describe('a deletion followed by another negated wish', () => {
  it.each([
    ['nl', 'Verwijder mijn account en mail mij niet meer.'],
    ['de', 'Löschen Sie mein Konto und schreiben Sie mir nicht mehr.'],
    ['sv', 'Radera mitt konto och skicka mig inte fler mejl.'],
    ['da', 'Slet min konto og send mig ikke flere mails.'],
  ] as const)('%s: keeps erasure in "%s"', (language, body) => {
    expect(rightsIn(language, body)).toContain('erasure');
  });

  it('still reads a deletion refused after its object as no erasure', () => {
    expect(rightsIn('nl', 'Verwijder mijn account niet, ik gebruik het nog.')).not.toContain('erasure');
  });
});
