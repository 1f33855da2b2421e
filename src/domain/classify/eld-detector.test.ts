import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { eldTables } from './eld-database.js';
import { EldDetector } from './eld-detector.js';
import { packEld } from './eld-packed.js';

const packed = packEld(eldTables);

/** eld's own answer, as the classifier read it before: the language, and isReliable() where there is one. */
function eldAnswer(text: string): { language: string; reliable: boolean } {
  const result = eld.detect(text);
  return { language: result.language, reliable: result.language !== '' && result.isReliable() };
}

function differences(detector: EldDetector, samples: readonly string[]): string[] {
  return samples.filter((s) => {
    const ours = detector.detect(s);
    const theirs = eldAnswer(s);
    return ours.language !== theirs.language || ours.reliable !== theirs.reliable;
  });
}

/** Every prefix, and windows of 7, 30 and 100 characters at every third position. */
function cuts(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= text.length; i++) out.push(text.slice(0, i));
  for (let i = 0; i < text.length; i += 3)
    out.push(text.slice(i, i + 7), text.slice(i, i + 30), text.slice(i, i + 100));
  return out;
}

const SENTENCES = [
  'Could you please wipe every record you hold on me? I closed my account last spring.',
  "I'd like a copy of what you've stored about me, and don't forget the call logs.",
  'Bitte löscht alle Daten, die ihr über mich gespeichert habt, auch die alten Bestellungen.',
  "Je souhaiterais recevoir l'ensemble des informations que vous détenez à mon sujet.",
  'Quisiera que borraran mi cuenta y todos mis datos personales cuanto antes, gracias.',
  'Vorrei sapere quali dati conservate su di me e per quanto tempo li terrete.',
  'Graag ontvang ik een kopie van alle gegevens die jullie over mij bewaren.',
  'Queria que vocês apagassem minha conta e tudo o que guardam sobre mim.',
  'Proszę o usunięcie moich danych osobowych oraz zamknięcie konta w serwisie.',
  'Jag vill att ni raderar allt ni har sparat om mig, även gamla kvitton.',
  'Jeg vil gerne have slettet min konto og alle oplysninger om mig.',
  'Παρακαλώ διαγράψτε όλα τα προσωπικά μου δεδομένα από το σύστημά σας.',
  'Прошу удалить мой аккаунт и все персональные данные, которые вы храните.',
  'Молимо вас да обришете све моје податке и затворите мој налог.',
  '请删除我的账户以及你们保存的所有个人信息，谢谢。',
  'アカウントを閉じて、保存している個人情報をすべて消してください。',
  '제 계정과 개인 정보를 모두 삭제해 주세요. 감사합니다.',
  'أرجو حذف حسابي وجميع بياناتي الشخصية من أنظمتكم.',
  'कृपया मेरा खाता और मेरी सभी व्यक्तिगत जानकारी हटा दें।',
  'Lütfen hesabımı ve hakkımdaki tüm kişisel verileri silin. İstanbul şubesi.',
  'Prosím o výmaz všech mých osobních údajů ze všech vašich systémů.',
  'Kérem, töröljék az összes személyes adatomat a rendszerükből.',
  'Invoice #4471 (due 2024-03-01): €1,299.00 — see https://example.com/pay?x=1 or write to ops@example.com',
  "rock'n'roll ’tis ‘quoted’ `ticks` dogs' bones '' ''' ’’ x '",
  '😀 emoji 👍🏽 between words, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, and \ud800 a lone surrogate \udc00 too',
  `a${'verylongword'.repeat(9)} then ${'ü'.repeat(50)} and ${'字'.repeat(40)} end`,
];

describe('eld detection over the packed database', () => {
  it("answers as eld's detect() and isReliable() on every cut of sentences in many languages and scripts", () => {
    const detector = new EldDetector(packed);
    const samples = SENTENCES.flatMap(cuts);
    expect(samples.length).toBeGreaterThan(3_000);
    expect(differences(detector, samples)).toEqual([]);
  });

  it('answers as eld on long mixed text, where eld cuts its reading after about 350 bytes', () => {
    const letter = SENTENCES.join(' ');
    const samples: string[] = [];
    for (let i = 0; i < letter.length; i += 2)
      samples.push(letter.slice(i, i + 400), letter.slice(i, i + 1_100));
    expect(differences(new EldDetector(packed), samples)).toEqual([]);
  });

  it('answers as eld on random text over letters, accents, apostrophes, other scripts and surrogates', () => {
    const alphabet = [
      ...'abcdefghijklmnopqrstuvwxyzABCDEFZ       ',
      ...'0123456789.,;:!?-()[]@#/\n\t',
      ...`'\`’‘"«»`,
      ...'äöüßéèêàçñøåæœłńśźżčšžőűİığş',
      ...'αβγδεΣΩάήίабвгдежзиЁЖЩњћџ',
      ...'日本語中文汉字かなカナ한국어ไทยעבריתعربيहिन्दी',
      '\u0301',
      '\u00a0',
      '😀',
      '𝔘',
      '\ud800',
      '\udfff',
    ];
    let seed = 0x9e3779b9;
    const random = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const samples: string[] = [];
    for (let s = 0; s < 4_000; s++) {
      const length = random(8) === 0 ? 300 + random(1_200) : random(140);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[random(alphabet.length)];
      samples.push(text);
    }
    expect(differences(new EldDetector(packed), samples)).toEqual([]);
  });

  it('counts two words of over 70 bytes that differ only near their end as two n-grams, as eld does', () => {
    // eld's last n-gram of such a word runs from byte 66 to the word's end: too long for a number.
    const stem = 'möchtemeinedatenlöschenjevoudraissupprimermesdonnéesporfavorborrarmisdatos';
    const text = `mes mis bitte meine je ${stem}xyzqwa please daten and ${stem}xyzqwe`;
    expect(new EldDetector(packed).detect(text)).toEqual(eldAnswer(text));
  });

  it('gives no language, unreliably, to text without letters, as eld does', () => {
    const detector = new EldDetector(packed);
    for (const text of ['', '   ', '12 345 — 6789', '!!! ??? ...'])
      expect(detector.detect(text)).toEqual({ language: '', reliable: false });
  });

  it('reads a text the same whatever texts the detector read before it', () => {
    const detector = new EldDetector(packed);
    const first = SENTENCES.map((s) => detector.detect(s));
    const again = SENTENCES.toReversed().map((s) => detector.detect(s));
    expect(again.toReversed()).toEqual(first);
  });
});
