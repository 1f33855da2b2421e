import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const typesOf = (body: string) => classifyEmail(classifier, textEmail(body)).types;

describe('requests the lexicon used to miss', () => {
  it.each([
    ['erasure', 'Honestly I would prefer that you hold nothing on me at all. No profile, no chat logs.'],
    ['erasure', 'Olá, gostaria que vocês apagassem meu cadastro e todas as minhas informações.'],
    ['opt_out_sale', 'Hello, I hereby opt out of all selling and sharing of my personal information.'],
    [
      'access',
      'Under the CCPA, disclose to me the categories and the specific pieces of personal information your company has collected on me.',
    ],
    [
      'portability',
      'I am moving to a competitor. Please transmit my account data straight to them in whatever form works.',
    ],
    ['withdraw_consent', 'If at any point I have given consent to your marketing, I hereby withdraw it.'],
    [
      'restriction',
      'While my complaint about the invoice is open, please keep my data untouched until it is settled.',
    ],
  ])('finds %s in "%s"', (right, body) => {
    expect(typesOf(body)).toContain(right);
  });
});

describe('conditional and quoted wording', () => {
  it('reads a consequence asked about in a condition as no erasure request', () => {
    const types = typesOf(
      'I object to the processing of my data for profiling. Please let me know beforehand if the objection would lead to the deletion of my account.',
    );
    expect(types).toEqual(['objection']);
  });

  it('does not read "their copy of the data" as a request for a copy', () => {
    const types = typesOf(
      'Please delete my data and make sure your processors deleted their copy of the data as well.',
    );
    expect(types).toEqual(['erasure']);
  });

  it('still counts a request that follows a completed condition', () => {
    expect(typesOf('If you still hold anything about me, please delete my account and my data.')).toEqual([
      'erasure',
    ]);
  });

  it('sends portability straight to a lawyer back to access', () => {
    expect(typesOf('Please send a copy of my personal data directly to my lawyer.')).toEqual(['access']);
  });
});

describe('article numbers read under their own law', () => {
  it('reads LGPD art. 18 as the general rights article, not GDPR restriction', () => {
    expect(typesOf('Com base no art. 18 da LGPD, solicito acesso aos meus dados pessoais.')).toEqual([
      'access',
    ]);
  });

  it.each([
    ['Russia’s 152-FZ', 'В соответствии со ст. 21 152-ФЗ прошу сообщить, какие мои данные вы храните.'],
    ['the DPDP Act', 'Under section 17 of the DPDP Act, please tell me what personal data of mine you hold.'],
    ['POPIA', 'In terms of section 18 of POPIA, please confirm what personal information you hold on me.'],
    ['the Swiss DSG', 'Gestützt auf Art. 21 DSG bitte ich um Auskunft über meine Daten.'],
  ])('reads no GDPR article under %s', (_law, body) => {
    const types = typesOf(body);
    expect(types).not.toContain('objection');
    expect(types).not.toContain('restriction');
    expect(types).not.toContain('erasure');
  });

  it('reads LGPD art. 18 named before the number the same way', () => {
    expect(typesOf('Nos termos da LGPD, art. 18, quero uma cópia dos meus dados.')).not.toContain(
      'restriction',
    );
  });

  it('reads the items of LGPD art. 18 as their rights', () => {
    expect(typesOf('Conforme o art. 18, VI da LGPD, peço o que a lei garante.')).toEqual(['erasure']);
  });

  it('reads GDPR Art. 18 as restriction', () => {
    expect(typesOf('Under GDPR Art. 18 I ask you to hold my data while you check it.')).toContain(
      'restriction',
    );
  });

  it('reads CCPA section 1798.105 as deletion in any language', () => {
    expect(typesOf('Solicito conforme a seção 1798.105 do código civil da Califórnia.')).toContain('erasure');
  });
});

describe('article lists and short mail', () => {
  it('reads every article of a list ("artigos 15.º e 17.º")', () => {
    const types = typesOf('Ao abrigo dos artigos 15.º e 17.º do RGPD, peço o que neles se prevê.');
    expect([...types].sort()).toEqual(['access', 'erasure']);
  });

  it('does not let the Spanish "ni" negate a Swedish ask in short mail read by every lexicon', () => {
    expect(typesOf('Hej, kan ni ta bort min profil? Tack.')).toEqual(['erasure']);
  });
});

describe('implicit requests in everyday English', () => {
  it.each([
    ['access', 'honestly what do you have on me? never used your app'],
    ['rectification', 'That postal address of mine is wrong, I moved to Leeds in May.'],
    ['objection', 'Stop using my chat history for your AI, thanks.'],
    ['erasure', 'Please get me out of all your systems, I am done with this service.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(typesOf(body)).toContain(right);
  });

  it('reads a polite "I would be grateful if you could tell me" as an ask, not a condition', () => {
    expect(typesOf('I would be grateful if you could tell me what information you hold about me.')).toEqual([
      'access',
    ]);
  });
});
