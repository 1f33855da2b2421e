import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// Eleventh round: which right of a pair a cue belongs to, by what it is said about. Sentences written for
// this test, the lexicon alone; each meaning has near misses that must keep the other right.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('an objection to the sale of the data is the opt-out of sale', () => {
  it.each([
    ['de', 'Hiermit widerspreche ich dem Verkauf meiner personenbezogenen Daten.'],
    ['de', 'Ich lege Widerspruch gegen den Weiterverkauf meiner Daten an Datenhändler ein.'],
    ['fr', 'Je m’oppose à la revente de mes données à des tiers.'],
    ['es', 'Me opongo a que vendan mis datos personales a terceros.'],
    ['it', 'Mi oppongo alla vendita dei miei dati personali a terzi.'],
    ['nl', 'Ik maak bezwaar tegen de verkoop van mijn persoonsgegevens.'],
    ['pt', 'Oponho-me à venda dos meus dados pessoais a terceiros.'],
    ['pl', 'Wnoszę sprzeciw wobec sprzedaży moich danych osobowych.'],
    ['sv', 'Jag motsätter mig försäljning av mina personuppgifter till tredje part.'],
    ['da', 'Jeg gør indsigelse mod salg af mine personoplysninger.'],
    ['en', 'I object to the selling of my personal information to data brokers.'],
  ])('%s: %s', (_language, body) => {
    expect(types(body)).toEqual(['opt_out_sale']);
  });

  it.each([
    // The objection names marketing too: both rights.
    [
      'de',
      'Ich widerspreche der Nutzung meiner Daten für Werbung. Außerdem widerspreche ich dem Verkauf meiner Daten.',
    ],
    ['fr', "Je m'oppose à la prospection commerciale, et je m'oppose aussi à la vente de mes données."],
  ])('%s, a second objection: %s', (_language, body) => {
    expect(types(body)).toEqual(['objection', 'opt_out_sale']);
  });

  it.each([
    // Near misses: sales mail, a sales event, a sales department are marketing or nothing, not a sale of data.
    ['de', 'Ich widerspreche der Zusendung von Verkaufsprospekten und Werbung.'],
    ['fr', "Je m'oppose à recevoir vos offres de ventes privées par e-mail."],
    ['en', 'I object to receiving sales calls and marketing emails.'],
    // "And" begins a second object: the objection is to the processing, not to a sale.
    ['es', 'Me opongo al tratamiento de mis datos con fines de marketing y a recibir ofertas.'],
  ])('%s, no sale: %s', (_language, body) => {
    expect(types(body)).toEqual(['objection']);
  });
});

describe('a cessation of use (APPI, PIPA, PIPL) is an objection, a restriction only for a while', () => {
  it.each([
    ['ja', '個人情報保護法第35条に基づき、私の個人データの利用停止を請求します。'],
    ['ja', '私の個人情報の利用を停止してください。'],
    ['ko', '제 개인정보의 처리를 정지해 주시기 바랍니다.'],
    ['ko', '개인정보 보호법 제37조에 따라 저의 개인정보 처리정지를 요구합니다.'],
  ])('%s: %s', (_language, body) => {
    expect(types(body)).toEqual(['objection']);
  });

  it('keeps the other rights asked beside it', () => {
    expect(types('保有個人データの開示と利用停止を請求します。')).toEqual(['access', 'objection']);
  });

  it.each([
    // Near misses: for a while, until something is checked, temporarily.
    ['ja', '登録内容の正確性を確認している間、私の個人データの利用停止をお願いします。'],
    ['ja', '調査が終わるまで、私のデータの利用を停止してください。'],
    ['ko', '조사가 끝날 때까지 제 정보 처리를 일시 정지해 주세요.'],
    ['zh', '在核实期间，请暂停处理我的个人信息。'],
    // The subject names the cessation, the body how long it lasts.
    ['ko', '처리 중지\n요금 문제가 해결될 때까지 제 정보를 지우지 말고 쓰지도 말아 주세요.'],
  ])('%s, for a while: %s', (_language, body) => {
    expect(types(body)).toEqual(['restriction']);
  });

  it('reads a reply deadline as no time the cessation lasts for', () => {
    expect(types('私の個人データの利用停止を請求します。10日以内までにご回答ください。')).toEqual([
      'objection',
    ]);
  });
});

describe('unsubscribed from what the writer agreed to: the withdrawal of consent', () => {
  it.each([
    ['en', 'Please unsubscribe me from everything I agreed to when I opened the account.'],
    ['fr', "Désabonnez-moi de tout ce à quoi j'ai consenti lors de mon inscription."],
    ['pt', 'Me descadastrem de tudo o que aceitei quando criei a conta.'],
    ['pl', 'Wypiszcie mnie ze wszystkiego, na co się zgodziłam przy rejestracji.'],
    ['sv', 'Avregistrera mig från allt jag har godkänt när jag skapade kontot.'],
    ['da', 'Afmeld mig alt hvad jeg har sagt ja til, da jeg oprettede kontoen.'],
  ])('%s: %s', (_language, body) => {
    expect(types(body)).toEqual(['withdraw_consent']);
  });

  it.each([
    // Near misses: what the writer never agreed to, or no agreement named, stays an objection.
    ['en', 'Please unsubscribe me from your marketing emails, I never agreed to them.'],
    ['en', 'Unsubscribe me from everything you send, all of it.'],
  ])('%s, an objection: %s', (_language, body) => {
    expect(types(body)).toEqual(['objection']);
  });
});

describe("a national law's own article numbers", () => {
  it('reads LOPDGDD Art. 15 as no GDPR access beside the erasure it cites', () => {
    const body =
      'Conforme al artículo 17 del RGPD y al artículo 15 de la LOPDGDD, ejerzo mi derecho de supresión sobre mis datos.';
    expect(types(body)).toEqual(['erasure']);
    // Near miss: the GDPR's own Art. 15 is the access.
    expect(types('Conforme al artículo 15 del RGPD, solicito acceso a mis datos personales.')).toEqual([
      'access',
    ]);
  });
});
