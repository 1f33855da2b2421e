import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { SELL_QUESTION, WONDER_IF_SELL } from './lexicon/asks-about-right.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (body: string, subject = '') => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

/** No request, and never a confident one: the writer's own data may be named. */
function expectAskedAbout(body: string, subject = ''): void {
  const result = classify(body, subject);
  expect(result.types).toEqual(['not_a_request']);
  expect(result.confidence).toBeLessThan(THRESHOLD);
}

// Sentences of our own. A question that asks how to do it oneself, or what would happen later, asks about
// a right; a question that asks us to act, or an ask after it, is a request.
describe('a question about doing it oneself, in the product', () => {
  it.each([
    ['en', 'Hi! Could I erase my account on my own from the settings page, or must I email you?'],
    ['de', 'Kann ich mein Konto eigentlich selbst in den Einstellungen löschen?'],
    ['fr', 'Est-il possible de supprimer mon compte moi-même depuis les paramètres ?'],
    ['es', '¿Puedo eliminar mi cuenta yo misma desde los ajustes de la app?'],
    ['it', "Posso cancellare il mio account da sola dalle impostazioni dell'app?"],
    ['nl', 'Kan ik mijn account zelf verwijderen in de instellingen van de app?'],
    ['pl', 'Czy mogę samodzielnie usunąć swoje konto w ustawieniach aplikacji?'],
    ['sv', 'Kan jag ta bort mitt konto själv via inställningarna?'],
    ['ru', 'Можно ли самостоятельно удалить аккаунт в настройках приложения?'],
    ['ja', 'アプリの設定から自分でアカウントを削除できますか?'],
  ])('%s', (_, body) => expectAskedAbout(body));

  it('reads the subject as the topic of the question below it', () =>
    expectAskedAbout('Wo kann ich im Dashboard meine Login-Adresse ändern? Danke!', 'E-Mail-Adresse ändern'));

  it.each([
    ['en', 'erasure', 'Can I delete my account myself in the settings? If not, please delete my account.'],
    ['de', 'erasure', 'Ich kann mein Konto nicht selbst löschen. Bitte löschen Sie mein Konto.'],
    ['fr', 'erasure', 'Pouvez-vous supprimer mon compte ? Je ne trouve rien dans les paramètres.'],
    ['es', 'erasure', '¿Pueden borrar mi cuenta? No encuentro la opción en los ajustes.'],
    ['pl', 'erasure', 'Czy możecie usunąć moje konto? W ustawieniach nie ma takiej opcji.'],
    ['sv', 'erasure', 'Kan ni radera mitt konto? Jag hittar inget i inställningarna.'],
  ])('%s: a question that asks us to act stays %s', (_, right, body) => {
    expect(classify(body).types).toContain(right);
  });
});

describe('a question about what happens on a later step of the writer', () => {
  it.each([
    ['en', 'Would you delete my data if I closed my account next year?'],
    ['de', 'Löschen Sie meine Daten, wenn ich irgendwann kündige?'],
    ['fr', 'Supprimez-vous mes données si je résilie mon abonnement ?'],
    ['es', '¿Borran mis datos si cancelo la suscripción?'],
    ['it', 'Cancellate i miei dati se disdico l’abbonamento?'],
    ['pt', 'Vocês apagam meus dados se eu cancelar a assinatura?'],
  ])('%s', (_, body) => expectAskedAbout(body));

  it.each([
    ['en', 'If I close my account, can you also delete all my data?'],
    ['de', 'Wenn ich kündige, löschen Sie bitte alle meine Daten.'],
    ['en', 'After I asked you to delete my data last month, why do I still get your emails?'],
  ])('%s: an ask to act stays a request', (_, body) => {
    expect(classify(body).types).toContain('erasure');
  });
});

describe("a supplier's compliance questions about the organisation's duties", () => {
  it.each([
    [
      'en',
      'Our procurement team needs your sub-processor list. How do you handle erasure requests from end users?',
    ],
    [
      'de',
      'Für unsere Lieferantenbewertung: Wie setzen Sie Löschanfragen um, und welche Unterauftragsverarbeiter?',
    ],
    ['fr', 'Revue de nos sous-traitants ultérieurs : comment traitez-vous les demandes d’effacement ?'],
    ['es', 'Para nuestro cuestionario de seguridad, ¿cómo gestionan las solicitudes de supresión?'],
    ['pl', 'W związku z umową powierzenia: jak realizujecie żądania usunięcia danych?'],
  ])('%s', (_, body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });

  it('but the writer asking for their own data is a request', () => {
    const body = 'We signed a DPA with you, but this is about me: please delete my own account and my data.';
    expect(classify(body).types).toContain('erasure');
  });
});

describe('a lure that asks to verify the account under a threat, without hours to act', () => {
  it.each([
    [
      'es',
      'Su cuenta será suspendida. Verifique su cuenta aquí https://example.test/v para evitar la eliminación de sus datos personales.',
    ],
    [
      'pl',
      'Twoje konto zostanie zablokowane. Zweryfikuj swoje konto: https://example.test/v, aby uniknąć usunięcia danych.',
    ],
    [
      'fr',
      'Votre compte sera suspendu. Veuillez vérifier votre compte via https://example.test/v pour éviter la suppression de vos données.',
    ],
  ])('%s', (_, body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });

  it('but a report of one, with an ask of the writer, is a request', () => {
    const body =
      'I got a mail asking me to verify my account at https://example.test/v, surely fake. Please delete my account and my data.';
    expect(classify(body).types).toContain('erasure');
  });
});

describe('a reply that says our answer arrived', () => {
  it.each([
    ['[RD-4410] Access request', 'Received, thank you very much for the answer.'],
    ['Re: [RD-4410] Solicitud de acceso', 'Recibido, muchas gracias.'],
  ])('"%s" closes the ticket', (subject, body) => expectAskedAbout(body, subject));

  it('but something still awaited keeps the request', () => {
    const result = classify(
      'Thanks for the answer, but I still haven’t received the copy of my data.',
      '[RD-4410] Access request',
    );
    expect(result.types).toContain('access');
  });
});

describe('whether the service sells or shares data, asked indirectly', () => {
  it.each([
    "i'd like to know whether you sell my data to advertisers.",
    'ich würde gerne wissen, ob sie meine daten an dritte weitergeben.',
    'je voudrais savoir si vous vendez mes données.',
    'quisiera saber si venden mis datos a terceros.',
    'vorrei sapere se vendete i miei dati.',
    'ik wil graag weten of jullie mijn gegevens verkopen.',
    'gostaria de saber se vocês vendem meus dados.',
    'chciałbym wiedzieć, czy sprzedajecie moje dane.',
  ])('"%s"', (text) => {
    expect(WONDER_IF_SELL.test(text)).toBe(true);
  });

  it.each([
    "i'd like to know whether you shared my data with anyone last year.",
    "i'd like to know what data you hold about me.",
    'do you sell my data? if so, stop.',
  ])('but not "%s"', (text) => {
    expect(WONDER_IF_SELL.test(text)).toBe(false);
  });
});

describe('an inability to delete is no refusal: the deletion asked for beside it counts', () => {
  it.each([
    ['de', 'Ich kann mein Konto nicht selbst löschen. Bitte löschen Sie mein Konto.'],
    ['fr', "Je n'arrive pas à supprimer mon compte moi-même. Merci de supprimer mon compte."],
    ['es', 'No puedo borrar mi cuenta desde la app. Por favor, borren mi cuenta.'],
    ['it', "Non riesco a cancellare il mio account dall'app. Cancellate il mio account, per favore."],
    ['nl', 'Ik kan mijn account niet zelf verwijderen. Verwijder alstublieft mijn account.'],
    ['pt', 'Não consigo excluir minha conta pelo app. Por favor, excluam minha conta.'],
    ['pl', 'Nie mogę sam usunąć konta. Proszę usunąć moje konto.'],
  ])('%s', (_, body) => {
    expect(classify(body).types).toContain('erasure');
  });

  it.each([
    ['de', 'Bitte löschen Sie mein Konto nicht, ich mache nur eine Pause.'],
    ['it', 'Non cancellate il mio account, per favore: voglio solo cambiare la password.'],
    ['pl', 'Nie usuwajcie mojego konta, proszę, chcę tylko zmienić hasło.'],
  ])('%s: a refusal still is one', (_, body) => {
    expect(classify(body).types).not.toContain('erasure');
  });
});

describe('whether the service sells data, asked directly', () => {
  it.each([
    'do you sell my personal information?',
    'verkaufen sie meine daten?',
    'vendez-vous mes données personnelles ?',
    '¿venden mis datos personales?',
    'czy sprzedajecie moje dane osobowe?',
    'вы продаёте мои персональные данные?',
    'kişisel verilerimi satıyor musunuz?',
    '私の個人情報を第三者に販売していますか?',
    '제 개인정보를 판매하시나요?',
  ])('"%s"', (text) => {
    expect(SELL_QUESTION.test(text)).toBe(true);
  });

  it.each([
    'who do you share my data with?',
    'vocês compartilham meus dados com quem?',
    'i know you sell data. stop selling mine.',
  ])('but not "%s"', (text) => {
    expect(SELL_QUESTION.test(text)).toBe(false);
  });
});

describe('thanks for a request carried out', () => {
  it.each([
    ['fr', 'Merci, la suppression de mon compte a bien été effectuée.'],
    ['es', 'Gracias, ya recibí la copia de mis datos. Todo correcto.'],
    ['it', 'Grazie, i miei dati sono stati cancellati. Tutto a posto.'],
    ['pl', 'Dziękuję, moje konto zostało usunięte.'],
  ])('%s', (_, body) => expectAskedAbout(body));

  it.each([
    ['en', 'erasure', 'Thanks. I want all my data erased, not just the account that was deleted.'],
    [
      'fr',
      'erasure',
      'Merci, mon compte a été supprimé, mais je reçois encore vos e-mails : supprimez aussi mes données.',
    ],
  ])('%s: a wish or a new ask after it stays %s', (_, right, body) => {
    expect(classify(body).types).toContain(right);
  });
});

describe('a circular or a newsletter written to many', () => {
  it.each([
    [
      'en',
      'Newsletter: new guidance on the right to erasure and data portability. Read more on our website.',
    ],
    ['de', 'Rundschreiben: Auskunftsersuchen nach Art. 15 DSGVO sind binnen eines Monats zu beantworten.'],
    [
      'fr',
      'Circulaire : tous les responsables de traitement doivent répondre aux demandes d’accès sous un mois.',
    ],
  ])('%s', (_, body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });

  it.each([
    [
      'de',
      'Bitte keine Einladungen mehr zu Ihren Seminaren schicken, ich widerspreche der Werbung. Anmeldung nie gemacht.',
    ],
    ['en', 'Unsubscribe me from this newsletter, I object to it. Your read more links are broken anyway.'],
  ])('%s: a reader unsubscribing from such mail still objects', (_, body) => {
    expect(classify(body).types).toContain('objection');
  });

  it("but a regulator's letter about one person's complaint relays that request", () => {
    const body =
      'Circular reference 12. We received a complaint from Ms Rossi: please answer her access request under Article 15 within 14 days.';
    expect(classify(body).types).toContain('access');
  });
});
