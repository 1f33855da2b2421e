import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// Twelfth round: someone else's request, passed on by a writer who says they ask nothing themselves, is
// no request of the writer's (the other person must ask). Sentences of our own in the ten full languages,
// and near misses where the writer does ask, or only tells of another person without saying so.
describe("another person's request passed on", () => {
  it.each([
    "Hi, a client of ours told me she asked you to delete her account last month. I'm not asking for anything, just letting you know.",
    'Hallo, mein Nachbar hat mir erzählt, dass er Auskunft über seine Daten beantragt hat. Ich wollte nur Bescheid geben, ich möchte selbst nichts.',
    "Bonjour, une collègue m'a dit qu'elle vous avait demandé la suppression de son compte. Ce n'est pas une demande pour moi, je voulais juste le signaler.",
    'Hola, mi hermana me contó que os pidió una copia de sus datos. Yo no pido nada, solo aviso.',
    'Buongiorno, un cliente mi ha detto che vuole far cancellare i suoi dati. Non chiedo nulla, volevo solo avvisarvi.',
    'Hoi, een klant vertelde dat hij inzage in zijn gegevens heeft gevraagd. Ik vraag zelf niets, ik wilde het alleen even melden.',
    'Olá, um cliente me disse que pediu a exclusão da conta dele. Não estou pedindo nada, só avisar.',
    'Dzień dobry, mój brat powiedział, że wysłał wniosek o usunięcie swoich danych. Nie proszę o nic, chciałem tylko dać znać.',
    'Hej, en kund berättade att hon begärde att få sina uppgifter raderade. Jag begär ingenting, jag ville bara meddela.',
    'Hej, en kunde fortalte, at han bad om sletning af sine oplysninger. Jeg beder ikke om noget, jeg ville bare give besked.',
  ])('is no request: "%s"', (body) => {
    expect(classifyAlone(body).types).toEqual(['not_a_request']);
  });

  it.each([
    // The writer asks for themselves beside the report.
    'Hi, my husband asked you to delete his account. Please delete mine as well.',
    "Bonjour, mon frère m'a dit qu'il vous avait demandé la suppression de ses données. Je vous demande de supprimer aussi les miennes.",
    'Hallo, meine Kollegin hat gesagt, sie habe die Löschung verlangt. Bitte löschen Sie auch mein Konto.',
    // A disclaimer without another person's ask: the writer's own polite wording.
    "Please delete my account. I'm not asking for anything else.",
    // An agent who asks on the other person's behalf.
    'Hola, escribo en nombre de mi madre, que quiere que borren sus datos. Por favor, eliminen su cuenta.',
  ])('stays a request: "%s"', (body) => {
    expect(classifyAlone(body).types).not.toContain('not_a_request');
  });
});
