import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { PRIVACY_TOPIC } from './confidence.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own, none taken from a corpus: the ordinary mail a privacy address receives, in the ten
// languages with a full lexicon, and the near misses that must stay requests or in triage.
describe('no request stated with positive evidence', () => {
  it.each([
    ['Servers', 'Hello, are your servers in the EU or in the US? I just want to know before we sign up.'],
    [
      'Speicherdauer',
      'Hallo, wie lange speichert ihr hochgeladene Videos? Ich möchte nur verstehen, wie das läuft.',
    ],
    ['Serveurs', 'Bonjour, où sont vos serveurs ? Je voulais juste savoir avant de choisir votre offre.'],
    ['Servidores', 'Hola, ¿dónde están sus servidores? Solo quiero saberlo antes de contratar el plan.'],
    ['Server', 'Ciao, per quanto tempo conservate i file caricati? Volevo solo sapere come funziona.'],
    ['Servers', 'Hoi, waar staan jullie servers? Ik wil alleen weten hoe dat zit voordat we beginnen.'],
    ['Servidores', 'Olá, onde ficam os servidores de vocês? Só queria entender antes de assinar.'],
    ['Serwery', 'Dzień dobry, gdzie są wasze serwery? Chciałem tylko wiedzieć przed zakupem planu.'],
    ['Servrar', 'Hej, var finns era servrar? Jag vill bara veta innan vi köper licenser.'],
    ['Servere', 'Hej, hvor står jeres servere? Jeg vil bare vide det, før vi køber.'],
  ])('in a question about how the service works: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['[RD-77] Done', 'Got the export, it opened fine. Thanks for being so quick.'],
    ['[RD-77] Erledigt', 'Danke, die Datei ist angekommen. Der Vorgang kann geschlossen werden.'],
    ['[RD-77] Terminé', 'Merci pour la rapidité, tout est en ordre de mon côté.'],
    ['[RD-77] Hecho', 'Gracias por la rapidez, todo está en orden.'],
    ['[RD-77] Fatto', 'Grazie per la rapidità, è tutto in ordine.'],
    ['[RD-77] Klaar', 'Bedankt voor de snelle afhandeling, alles is in orde.'],
    ['[RD-77] Feito', 'Obrigado pela rapidez, está tudo certo por aqui.'],
    ['[RD-77] Gotowe', 'Dziękuję za szybką odpowiedź, wszystko w porządku.'],
    ['[RD-77] Klart', 'Tack för det snabba svaret, allt ser bra ut.'],
    ['[RD-77] Færdig', 'Tak for den hurtige hjælp, alt er i orden.'],
  ])('in thanks that close a finished request: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Plan', 'Please cancel our subscription at the end of the month, we are moving the budget elsewhere.'],
    ['Abo', 'Hallo, ich möchte mein Abo kündigen, bitte zum Monatsende.'],
    ['Abonnement', 'Bonjour, je souhaite résilier mon abonnement à la fin du mois.'],
    ['Suscripción', 'Hola, quiero cancelar mi suscripción a final de mes.'],
    ['Abbonamento', "Buongiorno, vorrei disdire l'abbonamento dal mese prossimo."],
    ['Abonnement', 'Hallo, ik wil mijn abonnement opzeggen per volgende maand.'],
    ['Assinatura', 'Olá, quero cancelar a assinatura no fim do mês.'],
    ['Subskrypcja', 'Dzień dobry, chcę anulować subskrypcję od przyszłego miesiąca.'],
    ['Abonnemang', 'Hej, jag vill säga upp mitt abonnemang från nästa månad.'],
    ['Abonnement', 'Hej, jeg vil gerne opsige mit abonnement fra næste måned.'],
  ])('in the cancellation of a paid plan with no data ask: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('rights words that are not the writer’s ask', () => {
  it.each([
    [
      'Urgent',
      'Dear customer, under the new GDPR rules you must confirm your consent within 48 hours or your account will be suspended and deleted. Confirm here: https://x.example/c',
    ],
    [
      'Dringend',
      'Sehr geehrter Kunde, bestätigen Sie Ihre Einwilligung innerhalb von 24 Stunden, sonst wird Ihr Konto gesperrt: https://x.example/c',
    ],
    [
      'Urgent',
      'Cher client, confirmez votre consentement sous 48 heures, sinon votre compte sera suspendu : https://x.example/c',
    ],
    [
      'DSAR',
      'Hi, our platform answers access and deletion requests for you in minutes. Could we book a 20-minute demo next week?',
    ],
    [
      'Application',
      'Dear hiring team, please find my CV for the support role attached. I consent to you keeping it on file for future roles.',
    ],
    [
      'Invoices',
      "I'm not asking you to delete anything. How long do you keep invoices for a closed account? Our auditors ask.",
    ],
    ['Locked', "Please don't delete my account! I can't log in since I lost my phone, how do I get back in?"],
    [
      'Login',
      'Bitte löschen Sie mein Konto nicht! Ich kann mich nicht anmelden, das Passwort funktioniert nicht.',
    ],
    ['Cuenta', 'No borren mi cuenta, por favor. No puedo iniciar sesión desde ayer.'],
  ])('reads a lure, a pitch, consent given or a refused right as no request: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBe(PRIVACY_TOPIC);
  });

  it.each([
    ['Question', 'Where are your servers? And what do you keep about me there?'],
    ['Cancel', 'Please cancel my subscription and delete my account with all my data.'],
    [
      'Urgent',
      'Please delete my account within 48 hours, or I will complain to the regulator. https://x.example/c',
    ],
    ['Pitch', 'Our platform is fine, but I want my personal data deleted. No need for a demo.'],
    ['Refused', "I'm not asking you to delete anything, but please send me a copy of my data."],
    ['Refused', "Don't delete my account, but stop using my data for marketing."],
    ['Curious', 'Just curious: what data do you hold on me?'],
  ])('still finds the request beside them: "%s"', (subject, body) => {
    expect(classify(subject, body).types).not.toContain('not_a_request');
  });

  it.each([
    ['Sale', 'Do you sell my data to advertisers? I just want to know.'],
    ['Later', 'Just curious: if I sign up and later decide to leave, do you actually delete everything?'],
    ['Pitch', 'Our platform is great. Could we book a demo? By the way, what happens to my data afterwards?'],
  ])('keeps a question about the writer’s own data or a rights verb in triage: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types.includes('not_a_request') && result.confidence >= THRESHOLD).toBe(false);
  });

  it('reads "cancel my subscription to your newsletter" as an objection, not as billing', () => {
    expect(classify('Newsletter', 'Please cancel my subscription to your newsletter.').types).toEqual([
      'objection',
    ]);
  });

  it('reads "opt me out of your marketing emails" as an objection, not as an opt-out of sale', () => {
    expect(classify('Emails', 'Opt me out of your marketing emails please.').types).toEqual(['objection']);
  });
});
