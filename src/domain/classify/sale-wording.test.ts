import { describe, expect, it } from 'vitest';
import { classifyAlone, expectNone } from './lexicon-alone.test-support.js';

// Sentences of our own (twelfth round): the opt-out of sale or sharing asked beside the named right, by meaning,
// in the ten full languages; near misses that must not read as one.
describe('the sale refused with a pronoun object or a refusal after the verb', () => {
  it.each([
    ['en', 'Please delete my account, and until then do not sell it to anyone.'],
    ['en', "I'm a California resident. Please don't sell or share anything about me."],
    ['es', 'Vivo en California. Borren mi cuenta y, mientras tanto, no la vendan ni la compartan.'],
    ['fr', 'Supprimez mon compte et, en attendant, ne les vendez pas à qui que ce soit.'],
    ['it', 'Cancellate il mio account e nel frattempo non li vendete a nessuno.'],
    ['de', 'Bitte meine Daten weder verkaufen noch an Werbepartner weitergeben.'],
    ['pt', 'Apaguem a minha conta e, até lá, não os vendam a ninguém.'],
    ['nl', 'Verwijder mijn account en verkoop mijn gegevens alstublieft niet.'],
    ['sv', 'Radera mitt konto, och sälj inte mina uppgifter under tiden.'],
    ['da', 'Slet min konto, og sælg ikke mine oplysninger i mellemtiden.'],
  ])('%s: %s', (_, body) => {
    expect(classifyAlone(body).types).toContain('opt_out_sale');
  });
});

describe('a wish that the data not be sold or shared, or targeted ads refused', () => {
  it.each([
    ['en', "I don't want my personal information sold to anyone, full stop."],
    ['en', "I don't want targeted ads based on what I read on your site."],
    ['en', 'Please do not use my browsing data for targeted advertising.'],
    ['en', 'Please honor the Global Privacy Control signal my browser sends.'],
    ['es', 'No quiero que mis datos se vendan a otras empresas.'],
    ['es', 'Les pido que no compartan mi información para publicidad conductual entre contextos.'],
    ['fr', 'Je ne veux pas que mes renseignements soient vendus ou partagés avec des annonceurs.'],
    ['fr', "Je demande qu'aucune donnée me concernant ne soit vendue à des partenaires."],
    ['it', 'Non voglio che i miei dati vengano venduti o condivisi per pubblicità.'],
    ['de', 'Ich möchte nicht, dass meine Daten verkauft werden.'],
    ['de', 'Ich möchte keine personalisierte Werbung mehr sehen.'],
    ['pt', 'Não autorizo o compartilhamento dos meus dados com terceiros para fins publicitários.'],
    ['pt', 'Não quero que os meus dados sejam vendidos.'],
    ['nl', 'Ik wil niet dat mijn gegevens verkocht worden aan derden.'],
    ['pl', 'Nie chcę, aby moje dane były sprzedawane innym firmom.'],
    ['sv', 'Jag vill inte att ni säljer mina personuppgifter.'],
    ['da', 'Jeg ønsker ikke, at I sælger mine oplysninger til annoncører.'],
  ])('%s: %s', (_, body) => {
    expect(classifyAlone(body).types).toContain('opt_out_sale');
  });
});

describe('an objection in the opt-out’s own words is the opt-out only', () => {
  it.each([
    'Non voglio che i miei dati vengano venduti o condivisi per pubblicità.',
    '캘리포니아 거주자입니다. 제 개인정보를 판매하지 마세요. 타깃 광고에도 사용하지 마세요.',
  ])('%s', (body) => {
    expect(classifyAlone(body).types).toEqual(['opt_out_sale']);
  });

  it('an objection with words of its own stays beside the opt-out', () => {
    const types = classifyAlone(
      "Please don't sell my data, and stop sending me marketing emails altogether.",
    ).types;
    expect(types).toEqual(['objection', 'opt_out_sale']);
  });
});

describe('near misses', () => {
  it.each([
    // The service's own statement, a question, a product or a car for sale.
    'We do not sell it to third parties, as our privacy policy explains. Let me know if you need anything else.',
    'Our plan renewal failed: we will never sell them anything again if the invoice stays wrong.',
    'Do you honor Global Privacy Control signals on the mobile app?',
    'Do you sell my data to advertisers? I would like to know before I sign up.',
    'Spring sale: 20% off all plans this week. Reply STOP to opt out of these messages.',
    'Vendez-vous mes données à des annonceurs ? Je voudrais le savoir avant de m’inscrire.',
    'I do not want to sell my car through your marketplace any more, how do I remove the listing?',
    'Non voglio che il pacco venga consegnato prima di lunedì.',
    'Je ne veux pas que la facture soit envoyée à mon ancienne adresse.',
    'Ich möchte nicht, dass die Rechnung an die alte Adresse geht.',
    'No quiero que el pedido se envíe antes del lunes.',
    '개인정보 판매 여부 문의: 고객 정보를 광고 회사에 판매하시나요? 가입 전에 확인하고 싶습니다.',
  ])('%s', (body) => {
    expectNone(body);
  });

  it('Hebrew: "that you do not sell" is the ask', () => {
    expect(classifyAlone('אני מבקשת שלא תמכרו את המידע שלי למפרסמים.').types).toContain('opt_out_sale');
  });
});
