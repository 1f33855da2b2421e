import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { BASIC_LANGUAGE_NO_REQUEST, PRIVACY_TOPIC } from './confidence.js';
import { createLanguageDetector } from './language.js';
import { trainNgramModel } from './train-ngram-model.js';
import { textEmail } from './text-email.test-support.js';

const classifier = createClassifier(createLanguageDetector());
const classify = (subject: string, body: string) => classifyEmail(classifier, textEmail(body, subject));
const THRESHOLD = 0.6;

// Sentences of our own, none taken from a corpus.
describe('no request stated with positive evidence', () => {
  it.each([
    ['Application', 'Hello, I applied for the frontend developer position last month. Is there any news?'],
    ['Werkstudent', 'Guten Tag, anbei meine Initiativbewerbung als Werkstudent im Support-Team.'],
    ['Google', 'Hi, our agency helps software firms climb the ranking. Do you have time for a quick call?'],
    ['Propuesta', 'Hola, somos una consultora y queremos proponer una colaboración. ¿Hablamos el jueves?'],
    ['API', 'Since eight this morning every call to the API returns 502. Is there an incident?'],
    ['Export fixed', 'Thanks so much for fixing the export, everything works now.'],
    ['[RD-2001] Done', 'Got it, all looks fine. Appreciate the quick reply!'],
    ['Loggar', 'Hur länge sparar ni serverloggar med ip-adresser? Bara en allmän fråga.'],
    ['Upload', 'Sinds gisteren krijg ik een foutmelding bij het uploaden van grote video’s.'],
  ])('in support, sales and recruiting mail: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['DPA', 'Could you send us your data processing agreement under Art. 28 GDPR and your sub-processors?'],
    ['AVV', 'Bitte senden Sie uns den AVV nach DSGVO und die Liste Ihrer Unterauftragsverarbeiter.'],
    ['Privacy counsel', 'I am applying for the privacy counsel role: eight years of GDPR work. CV attached.'],
    ['Audit', 'We offer a complete GDPR audit for your company, with a free consultation.'],
  ])('in business mail that names privacy only in general: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBe(PRIVACY_TOPIC);
  });

  it.each([
    ['Spolupráce', 'Dobrý den, nabízíme spolupráci při vývoji mobilních aplikací. Máte zájem o schůzku?'],
    ['Χρέωση', 'Χρεωθήκαμε δύο φορές αυτόν τον μήνα. Μπορείτε να επιστρέψετε το ποσό;'],
    ['請求書', '請求書の宛名を会社名に変更したいのですが、設定画面はどこですか。'],
    ['Fatura', 'Merhaba, faturada vergi numaramız eksik. Nasıl ekleyebiliriz?'],
    ['İş birliği', 'Merhaba, yazılım ekibinizle bir iş birliği yapmak isteriz. Uygun musunuz?'],
    ['Faktura', 'Hei, fakturaen for november mangler. Kan dere sende den på nytt? Takk.'],
  ])('in a language read by a basic lexicon: "%s"', (subject, body) => {
    const result = classify(subject, body);
    expect(result.types).toEqual(['not_a_request']);
    expect(result.confidence).toBe(BASIC_LANGUAGE_NO_REQUEST);
  });
});

describe('the safety net still holds', () => {
  it.each([
    [
      'Application',
      'I applied for a job with you last year. Please delete my application and my personal data.',
    ],
    ['Ranking', 'Our agency noticed your ranking. By the way, what data do you hold about me?'],
    ['DPA', 'Please send your DPA. Also stop using my email address for your marketing.'],
    ['Export fixed', 'Thanks for fixing the export. Now please stop sending me your newsletters.'],
    ['Surveys', 'Please stop sending me surveys after every support call.'],
    ['General', 'Just a general question: what personal data do you store about me?'],
    ['Consent', 'If I withdraw my consent, will you still send the invoices?'],
    ['Bewerbung', 'Meine Bewerbung ist abgelehnt worden. Bitte löschen Sie meine Daten.'],
    ['Spolupráce', 'Dobrý den, nabízíme spolupráci. Také prosím smažte moje osobní údaje.'],
    ['Χρέωση', 'Χρεωθήκαμε δύο φορές. Επίσης διαγράψτε τα δεδομένα μου.'],
    ['Offerte', 'Buongiorno, per favore non inviatemi più offerte commerciali.'],
    ['Umfragen', 'Bitte schicken Sie mir nach jedem Anruf keine Umfragen mehr.'],
    ['Propositions', "Arrêtez de m'envoyer vos propositions commerciales, merci."],
    ['Nabídky', 'Dobrý den, už mi prosím neposílejte vaše nabídky.'],
    ['Hesap', 'Merhaba, hesabımı ve tüm verilerimi silebilir misiniz? Teşekkürler.'],
    ['Konto', 'Dzień dobry, proszę usunąć moje konto. Czy to możliwe w tym tygodniu?'],
    // The writer's own data in any grammatical case (Slovak and Czech dative, instrumental, locative).
    ['Fakturácia', 'Mám otázku k mojim údajom: fakturačná adresa na faktúre je už stará.'],
    ['Faktúra', 'S mojimi údajmi na faktúre nie je niečo v poriadku, platba neprešla.'],
    ['Fakturace', 'Dotaz k mým údajům: fakturační adresa na faktuře je už stará.'],
    ['Platba', 'V mých údajích na faktuře je chyba, platba kartou neprošla.'],
    ['Faktura', 'Coś jest nie tak z moimi danymi na fakturze, płatność nie przeszła.'],
    ['Счёт', 'С моими данными в счёте что-то не так, оплата не прошла.'],
    ['Račun', 'Nešto nije u redu s mojim podacima na računu, plaćanje nije prošlo.'],
    // Norwegian puts the possessive after the noun: "dataene mine", "opplysningene mine".
    ['Faktura', 'Jeg har klaget på en faktura, og dataene mine må ikke røres før saken er avklart.'],
    ['Betaling', 'Opplysningene mine på fakturaen er feil, og betalingen gikk ikke gjennom.'],
  ])(
    'never states no request above the threshold where an ask or the writer’s data appears: "%s"',
    (subject, body) => {
      const result = classify(subject, body);
      if (result.types.includes('not_a_request')) expect(result.confidence).toBeLessThan(THRESHOLD);
    },
  );

  it('keeps a practice question about the writer’s own data in triage', () => {
    const result = classify('Question', 'Do you sell my data to advertisers? Just a general question.');
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('a basic-language verdict on strong evidence', () => {
  // A toy model of our own sentences, which knows Chinese deletion asks a little.
  const model = trainNgramModel(
    [
      { text: '请删除我的账号和所有个人信息', types: ['erasure'] },
      { text: '我要求删除我的全部数据', types: ['erasure'] },
      { text: '发票抬头写错了,请重新开具', types: ['not_a_request'] },
      { text: '上传大文件时总是超时', types: ['not_a_request'] },
    ],
    { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 },
  );
  const joined = createClassifier(createLanguageDetector(), undefined, model);
  const classifyJoined = (subject: string, body: string) => classifyEmail(joined, textEmail(body, subject));

  it('leaves triage when the right is named by its article and the model does not dispute it', () => {
    const result = classifyJoined(
      '删除请求',
      '您好,根据GDPR第17条,请删除我的账号以及你们保存的关于我的所有个人信息,并书面确认。谢谢。',
    );
    expect(result.types).toEqual(['erasure']);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('stays in triage on the same evidence with no model to vouch for it', () => {
    const result = classifyEmail(
      createClassifier(createLanguageDetector()),
      textEmail('您好,根据GDPR第17条,请删除我的账号以及你们保存的关于我的所有个人信息。', '删除请求'),
    );
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });
});
