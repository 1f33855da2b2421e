import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

// Ninth round: formal letters whose second right was missed (an agent's third person, a statute's "delete
// that information", a negation that is the ask), and look-alikes that name rights without asking for
// them (a journalist's or a researcher's question about volumes and handling, a business customer's
// objection to a sub-processor, news of a law, a question about doing it oneself). Sentences written for
// this test; the near misses beside each meaning must keep their right.
const lexicons = compileLexicons();
const rightsIn = (language: string, body: string) => {
  const own = lexicons.byLanguage.get(language as never) ?? lexicons.basic.get(language)!;
  return scoreRights(matchableText('', body), [own, lexicons.universal]).chosen;
};

const asks: readonly (readonly [language: string, body: string, right: Right])[] = [
  ['en', 'Your letter refused my loan. I want to know what data about me it relied on.', 'access'],
  ['en', 'My client asks whether and which personal data concerning him you process.', 'access'],
  ['en', 'He objects to any further disclosure of his records to partners.', 'objection'],
  ['en', 'Please never use my email for promotions again.', 'objection'],
  ['en', 'I no longer want you to call; do not use my number for marketing calls.', 'objection'],
  ['en', 'We ask that you erase such information within thirty days.', 'erasure'],
  ['en', 'Kindly remove the previous mobile number from my profile.', 'erasure'],
  ['en', 'Delete what you can, and for the rest, please make sure not to sell them.', 'opt_out_sale'],
  ['fr', 'Merci de ne plus nous envoyer de publicités.', 'objection'],
  ['fr', 'Effacez mon ancienne adresse de votre fichier, elle ne sert plus.', 'erasure'],
  ['it', 'Vorrei sapere per quali finalità usate i miei dati.', 'access'],
  // Russia's 152-FZ Art. 21 (stop processing and destroy), and the GDPR's Art. 21 where no other law is named.
  ['ru', 'Прошу также уничтожить их в течение тридцати дней.', 'erasure'],
  ['uk', 'Прошу знищити їх протягом місяця.', 'erasure'],
  ['ru', 'На основании статьи 21 GDPR прошу учесть мои интересы при обработке.', 'objection'],
  ['ko', '제 계정 삭제를 원합니다. 빨리 처리해 주세요.', 'erasure'],
  ['en', 'I also ask that you not process any of my sensitive data beyond billing.', 'restriction'],
  ['id', 'Saya minta kalian berhenti menjual data saya.', 'opt_out_sale'],
  // Estonian: "please" inside the ask, and the data named by a pronoun.
  ['et', 'Ärge palun saatke mulle enam reklaamkirju.', 'objection'],
  ['et', 'Kõigepealt saatke mulle koopia, seejärel kustutage need.', 'erasure'],
  // Near misses of the look-alike meanings below: still asks.
  ['en', 'Please delete my account; I cannot do it myself.', 'erasure'],
  ['en', 'How many times must I write? Delete my data now.', 'erasure'],
  ['en', 'Given your handling of my requests so far, I now ask you to delete my account.', 'erasure'],
  ['en', 'I got married last week, please change my surname to Okafor.', 'rectification'],
  ['en', 'I object to the processing of my data by your analytics sub-processor.', 'objection'],
  ['de', 'Wie oft noch? Löschen Sie bitte mein Konto.', 'erasure'],
  ['fr', 'Je demande l’effacement de mes données. Combien de temps cela prendra-t-il ?', 'erasure'],
];

const lookAlikes: readonly (readonly [language: string, body: string, right: Right])[] = [
  ['en', 'How many subject access requests do you get in a month?', 'access'],
  ['en', 'For an article on privacy, how long does erasure take at your company?', 'erasure'],
  ['en', 'Objection to the new sub-processor you announced for our workspace', 'objection'],
  ['en', 'Will I be able to correct my address myself after the move?', 'rectification'],
  ['en', "We marry in June and I'll change my surname then; can I do it in the app?", 'rectification'],
  ['en', 'My wedding is next month and I will change my last name.', 'rectification'],
  [
    'en',
    'The new state laws grant rights to delete and to opt out of targeted advertising to residents.',
    'opt_out_sale',
  ],
  [
    'en',
    'When a customer of ours asks us to delete their data, what is the process for us to pass that on?',
    'erasure',
  ],
  ['de', 'Wie viele Auskunftsersuchen bekommen Sie im Monat?', 'access'],
  ['de', 'Presseanfrage: Umgang mit Auskunftsersuchen', 'access'],
  ['fr', "Combien de demandes d'effacement recevez-vous chaque année ?", 'erasure'],
  ['fr', "Dans le cadre de ma thèse, j'étudie l'effacement des données dans les PME.", 'erasure'],
  ['es', '¿Cuántas solicitudes de supresión de datos reciben al mes?', 'erasure'],
  ['it', 'Quante richieste di cancellazione dei dati ricevete ogni anno?', 'erasure'],
  ['pt', 'Quantos pedidos de exclusão de dados vocês recebem por mês?', 'erasure'],
  ['nl', 'Hoeveel verzoeken om verwijdering van gegevens krijgen jullie per jaar?', 'erasure'],
  ['ja', '取材のお願い。個人データの削除請求について記事を執筆しています。', 'erasure'],
  // A question about practice that names the company, not a pronoun.
  ['id', 'Apakah toko kalian menjual data pelanggan ke pihak ketiga?', 'opt_out_sale'],
  ['ms', 'Adakah syarikat ini menjual data pengguna kepada pengiklan?', 'opt_out_sale'],
  // A Korean refusal after its object: "I do not want the account deleted", "do not delete it".
  ['ko', '열람만 요청합니다. 계정 삭제는 원하지 않습니다.', 'erasure'],
  ['ko', '제 구매 기록은 삭제하지 마세요.', 'erasure'],
  // What is asked not to be processed is no question about what is held.
  ['en', 'This is a request that you do not process any health data about me for ads.', 'access'],
  [
    'ru',
    'В соответствии с 152-ФЗ прошу сообщить, какие мои данные вы обрабатываете, и на основании статьи 21 прекратить обработку.',
    'objection',
  ],
];

describe('second rights of formal letters, in every form of the meaning', () => {
  it.each(asks)('%s: %s → %s', (language, body, right) => {
    expect(rightsIn(language, body)).toContain(right);
  });
});

describe('look-alikes: rights named in a question about volumes, handling, sub-processors or the law', () => {
  it.each(lookAlikes)('%s: %s is not %s', (language, body, right) => {
    expect(rightsIn(language, body)).not.toContain(right);
  });
});
