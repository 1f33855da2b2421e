import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './language.js';
import { classifyAlone, expectFound, expectNone } from './lexicon-alone.test-support.js';

// Urdu, Tamil, Bengali, Marathi and Telugu typed in Latin letters, as people write them on a phone, with the
// English words they borrow: recognised by their function words and read with their own lists (sentences of
// our own). Near misses: how do I delete, don't delete, a bill, which must never be read as a request.
const detect = createLanguageDetector();

describe('Indian languages typed in Latin letters, recognised by their function words', () => {
  it.each([
    ['ur', 'janab, meherbani farma kar meri zaati maloomat apne record se hazf kar dein, shukriya'],
    ['ta', 'dayavu seithu ennoda account delete pannunga, nandri'],
    ['bn', 'doya kore amar account ta delete kore din, dhonnobad'],
    ['mr', 'krupaya majha account delete kara, mala tumchi app nako aahe'],
    ['te', 'dayachesi naa account delete cheyyandi, nenu ee app vaadatam ledu'],
  ])('names %s: "%s"', (language, text) => {
    expect(detect(text).language).toBe(language);
  });

  it.each([
    'I had a naan with my curry and an ache in my back.',
    'Amar sent the invoice to the team; the pahije report is attached.',
    'The maze in the garden is lovely, ahead of the summer.',
  ])('leaves English with one such word as English: "%s"', (text) => {
    expect(detect(text.toLowerCase()).language).toBe('en');
  });
});

describe('Roman Urdu requests', () => {
  it.each([
    ['erasure', 'Janab, meherbani farma kar meri tamam maloomat apne record se hazf kar dein.'],
    ['erasure', 'meherbani karke mera account aur saari details hazf kijiye, shukriya'],
    ['objection', 'meherbani karke mujhe ishtiharat na bhejein, shukriya'],
    ['withdraw_consent', 'maine jo ijazat di thi woh wapas leta hoon, meri maloomat istemal na karein.'],
    ['access', 'aap ke paas mere baare mein kya maloomat hai? meherbani karke bata dein.'],
    ['rectification', 'janab, mera address ghalat hai, meherbani karke theek kar dein.'],
    ['access', 'AoA, mujhe apni tamam maloomat ki copy chahiye. Shukriya'],
    ['objection', 'Janab mujhe aap ki marketing emails nahi chahiye, meherbani kar ke band kar dein'],
    ['rectification', 'Bhai mera number galat save hai, please theek kar do, shukriya'],
    [
      'portability',
      'Mujhe apna data kisi aur company ko transfer karna hai, meherbani kar ke file bhej dein',
    ],
  ])('finds %s in "%s"', expectFound);

  it('counts Hinglish and Urdu words together, and names Urdu by one of its own', () =>
    expect(detect('meherbani kar ke mujhe apna data bhej dein').language).toBe('ur'));

  it.each([
    'janab, account hazf kaise karein? shukriya',
    'meherbani karke mera account hazf na karein, sirf password reset kar dein.',
    'janab, pichle mahine ka bill do dafa charge hua hai, meherbani karke refund kar dein.',
    'Janab, mera invoice number ghalat hai, meherbani karke naya invoice bhej dein',
  ])('reads no request in "%s"', expectNone);
});

describe('Tamil typed in Latin letters', () => {
  it.each([
    ['erasure', 'vanakkam, ennoda account delete pannunga, enakku indha app vendam. nandri'],
    ['erasure', 'ennoda data ellam neekkunga, dayavu seithu'],
    ['objection', 'dayavu seithu marketing emails anuppatheenga, nandri'],
    ['access', 'neenga ennoda enna data vachirukeenga? ennoda data copy anuppunga.'],
    ['opt_out_sale', 'ennoda details yaarukkum vikkatheenga, nandri'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'account eppadi delete pannanum? dayavu seithu sollunga',
    'ennoda payment fail aagiduchu, refund eppo varum? nandri',
  ])('reads no request in "%s"', expectNone);
});

describe('Bengali typed in Latin letters', () => {
  it.each([
    ['erasure', 'doya kore amar account ta delete kore din, dhonnobad'],
    ['erasure', 'amar sob tothyo muche felun, ami r apnader service use korbo na'],
    ['objection', 'amake r marketing email pathaben na, dhonnobad'],
    ['withdraw_consent', 'ami amar sommoti firiye nichchi, amar tothyo r use korben na'],
  ])('finds %s in "%s"', expectFound);

  it.each(['account kivabe delete korbo? janaben please', 'amar order ekhon o asheni, kobe pabo? dhonnobad'])(
    'reads no request in "%s"',
    expectNone,
  );
});

describe('Marathi typed in Latin letters', () => {
  it.each([
    ['erasure', 'krupaya majha account delete kara, mala tumchi app nako aahe'],
    ['erasure', 'majhi sagli mahiti kadhun taka, dhanyavad'],
    ['objection', 'krupaya mala marketing emails pathvu naka'],
  ])('finds %s in "%s"', expectFound);

  it.each(['account kasa delete karaycha? krupaya sanga', 'majha order ajun aala nahi, kadhi yeil?'])(
    'reads no request in "%s"',
    expectNone,
  );
});

describe('Telugu typed in Latin letters', () => {
  it.each([
    ['erasure', 'dayachesi naa account delete cheyyandi, nenu ee app vaadatam ledu'],
    ['erasure', 'naa vivaralu anni tolaginchandi, dhanyavadalu'],
    ['objection', 'naaku marketing messages pampakandi, dayachesi'],
    ['opt_out_sale', 'naa data evariki ammakandi'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'account ela delete cheyali? dayachesi cheppandi',
    'naa account delete cheyyakandi, login problem matrame undi',
  ])('reads no erasure in "%s"', (text) => {
    expect(classifyAlone(text).types).not.toContain('erasure');
  });
});

describe('the safety net in Indian languages typed in Latin letters', () => {
  // Asks no list words this way ("empty it out", "take it off"), beside an ordinary topic (a bill): the
  // writer's own data named keeps the verdict in triage, never a confident "no request".
  it.each([
    'vanakkam, ennoda thagaval ellam ungal system la irundhu kaali pannunga. ini invoice anuppa vendam. nandri, unga customer Ravi, dayavu seithu.',
    'janab, meri tamam maloomat apne system se saaf kar dein, ab invoice bhi na bhejein. meherbani, shukriya, mujhe ab zaroorat nahi.',
    'amar sob tothyo apnader system theke saf kore din, r invoice pathaben na. dhonnobad, ami r apnader service nebo na, ekhon theke.',
  ])('stays below the threshold: "%s"', (text) => {
    expect(classifyAlone(text).confidence).toBeLessThan(0.6);
  });
});
