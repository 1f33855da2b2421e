import { describe, expect, it } from 'vitest';
import { RIGHTS } from '../request-types.js';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { matchableText } from './matchable-text.js';
import { setAsideNotAsked } from './not-the-writers-ask.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;
const noCue = {
  scores: new Map(RIGHTS.map((r) => [r, 0])),
  chosen: [],
  evidence: [],
  setAside: [],
  erasureDoubt: null,
  absorbed: [],
};

// Sentences of our own. A business relays its own customers' requests and asks how to handle them: a
// question to its processor, not a request of its own. It stays with a person, but names no right.
describe('a business relaying its own users requests asks nothing of its own', () => {
  it.each([
    [
      'Deletion for our users',
      'Several of our customers want their personal data erased under Article 17. Is there an API endpoint for that, or how should we handle it?',
    ],
    [
      'Auskunft für Endkunden',
      'Manche unserer Nutzer verlangen Auskunft nach Art. 15 DSGVO. Wie sollen wir damit umgehen?',
    ],
    [
      'Suppression',
      "Certains de nos utilisateurs nous demandent l'effacement de leurs données au titre de l'article 17. Quelle est votre procédure ?",
    ],
    ['Borrado', 'Varios de nuestros clientes nos piden que borremos sus datos. ¿Cuál es su procedimiento?'],
    [
      'Cancellazione',
      'Alcuni dei nostri utenti ci chiedono la cancellazione dei loro dati: come dobbiamo procedere?',
    ],
    ['Inzage', 'Onze klanten vragen om inzage op grond van artikel 15 AVG. Hoe moeten we dat aanpakken?'],
    ['Exclusão', 'Alguns dos nossos clientes pedem a exclusão dos dados. Qual é o procedimento?'],
    ['Usuwanie', 'Nasi klienci proszą o usunięcie swoich danych. Jak mamy to zrobić?'],
    ['Radering', 'Våra kunder ber om att få sina uppgifter raderade. Hur ska vi göra?'],
    ['Sletning', 'Vores kunder beder om at få deres oplysninger slettet. Hvordan skal vi håndtere det?'],
    [
      'Fwd: customer',
      'Hi, what should we answer here? One of our users wrote: "please delete my data from your newsletter list."',
    ],
  ])('"%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('tells the model that nothing is asked', () => {
    const text = matchableText(
      'Users',
      'Some of our users ask us for a copy of their data. What is your process?',
    );
    expect(setAsideNotAsked(noCue, text, false).asksNothing).toBe(true);
  });

  it.each([
    // A lawyer's client is a person the lawyer acts for: that is a request.
    [
      'Art. 15',
      'Our client, Ms Novak, requests access to all personal data you hold about her. How should we send the ID?',
      'access',
    ],
    // The writer is a customer: "your", not "our".
    ['Deletion', "I'm one of your customers and I want my account deleted. What's your process?", 'erasure'],
    // Our users are named, but nothing is asked about handling their requests.
    [
      'Objection',
      'Our customers asked about your newsletter. Anyway, I object to the use of my data for profiling.',
      'objection',
    ],
  ])('near miss "%s" stays a request', (subject, body, right) => {
    expect(classify(subject, body).types).toContain(right);
  });
});

describe('a phishing report names the lure’s rights, not the writer’s', () => {
  it.each([
    [
      'Strange email',
      'An email says an erasure request under Article 17 was filed and asks me to confirm it at a link. Is this really from you?',
    ],
    [
      'Courriel bizarre',
      "J'ai reçu un courriel au sujet d'une demande d'effacement au titre de l'article 17. Ce message est-il vraiment de vous ?",
    ],
    ['Dziwny mail', 'Dostałem maila o usunięciu konta z prośbą o hasło. Czy to od was?'],
    ['Rara', 'Me llegó un correo sobre una solicitud de acceso que yo no hice. ¿Es esto de ustedes?'],
  ])('"%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('keeps the ask where the writer names their own data', () => {
    const result = classify(
      'Is this from you?',
      'I got a strange mail, is it from you? Anyway, please delete my account and all my data.',
    );
    expect(result.types).toContain('erasure');
  });
});

describe('thanks under our finished ticket’s subject', () => {
  it.each([
    ['[RD-4410] Erasure completed', 'Thanks a lot!'],
    ['[RD-118] Berichtigung umgesetzt', 'Vielen Dank für die schnelle Erledigung.'],
    ['[RD-77] Rectification effectuée', 'Merci beaucoup.'],
    ['Re: [RD-912] Erasure completed', 'Thank you, all good!'],
  ])('"%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('still reads an ask in the body', () => {
    const result = classify(
      '[RD-4410] Erasure completed',
      'Thanks, but you still send me your newsletter. Please stop sending me marketing emails.',
    );
    expect(result.types).toContain('objection');
  });

  it('reads the right in a subject that is not ours', () => {
    expect(classify('Erasure please', 'Thanks in advance!').types).not.toEqual(['not_a_request']);
  });
});

describe('a mailing’s own unsubscribe footer', () => {
  it.each([
    [
      'Audit RGPD offert',
      'Notre cabinet vous propose un audit gratuit de votre site. Pour ne plus recevoir nos messages, répondez STOP.',
    ],
    [
      'Webinar DSGVO',
      'Melden Sie sich zu unserem Webinar an. Wenn Sie keine Werbung mehr erhalten möchten, antworten Sie mit STOP.',
    ],
  ])('"%s" is no objection', (subject, body) => {
    expect(classify(subject, body).types).toEqual(['not_a_request']);
  });

  it.each([
    ['Publicité', 'Je ne veux plus recevoir vos messages publicitaires.'],
    ['Marketing', 'Please stop sending me your marketing emails.'],
  ])('near miss "%s" is the writer’s objection', (subject, body) => {
    expect(classify(subject, body).types).toContain('objection');
  });
});

describe('more lures and product objects', () => {
  it.each([
    [
      'Atualize seu cadastro',
      'Prezado cliente, atualize seus dados pessoais em até 24 horas, sob pena de exclusão da conta: https://cadastro.example.net',
    ],
    [
      'Consent expiring',
      'Your consent to processing is withdrawn unless you renew your consent within 24 hours, or your account will be suspended: https://consent.example.net',
    ],
  ])('lure "%s" is no request', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    [
      'Sletning af kontaktlister',
      'Hej, kan man gendanne en kontaktliste, hvis man har slettet den ved en fejl?',
    ],
    ['vCard', 'Est-il possible d’exporter notre carnet de contacts au format vCard ?'],
    ['Video', 'Oi, como apago um video do historico? Nao quero apagar a conta, so aquele arquivo.'],
  ])('support "%s" is no request', (subject, body) => {
    expect(classify(subject, body).types).toEqual(['not_a_request']);
  });

  it.each([
    ['Contacts', 'Please delete my contacts and my account.', 'erasure'],
    ['Conta', 'Quero apagar a conta e todos os meus dados.', 'erasure'],
    [
      'Right to correct',
      "I'm exercising my right to correct: the billing address on my account is my old flat. The company name on the invoice is wrong too.",
      'rectification',
    ],
  ])('near miss "%s" stays a request', (subject, body, right) => {
    expect(classify(subject, body).types).toContain(right);
  });
});
