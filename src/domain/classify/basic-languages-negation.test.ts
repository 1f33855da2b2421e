import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model), on sentences of our own: a deletion refused in a language without a full
// lexicon is no erasure, while the ask beside it still counts; a deletion asked after a negation that
// belongs to another clause, or to something not received, still counts; "I don't want my data sold" is
// the opt-out itself.
const classifier = createClassifier(createLanguageDetector());
const rights = (body: string) => classifyEmail(classifier, textEmail(body)).types;

describe('a deletion refused is no erasure', () => {
  it.each([
    ['bg', 'Здравейте, не искам да изтривате акаунта ми. Моля, спрете рекламните имейли.', 'objection'],
    ['ru', 'Здравствуйте, не удаляйте мою учётную запись. Прошу прекратить присылать рекламу.', 'objection'],
    ['uk', 'Добрий день, не видаляйте мій акаунт, я ним користуюся щодня.', null],
    ['sr', 'Поздрав, не бришите мој налог, само престаните да ми шаљете рекламе.', 'objection'],
    ['hr', 'Pozdrav, ne brišite moj račun, samo mi prestanite slati reklame.', 'objection'],
    ['el', 'Καλησπέρα, δεν θέλω να διαγράψετε τον λογαριασμό μου, τον χρησιμοποιώ καθημερινά.', null],
    ['ar', 'مرحبا، لا تحذفوا حسابي من فضلكم فأنا ما زلت أستخدمه كل يوم.', null],
    ['hu', 'Jó napot, ne töröljék a fiókomat, mert naponta használom a szolgáltatást.', null],
    ['ro', 'Bună ziua, nu ștergeți contul meu, îl folosesc zilnic pentru muncă.', null],
    ['id', 'Halo, jangan hapus akun saya ya, saya masih memakainya setiap hari.', null],
    ['vi', 'Xin chào, đừng xóa tài khoản của tôi, tôi vẫn dùng nó hằng ngày.', null],
    ['fi', 'Hei, älkää poistako tiliäni, käytän palvelua edelleen päivittäin.', null],
    ['tr', 'Merhaba, hesabımı silmeyin lütfen, her gün kullanıyorum.', null],
    ['et', 'Tere, ärge kustutage mu kontot, ma lihtsalt ei saa sisse logida.', null],
    ['et', 'Ära kustuta mu kontot, palun, ma kasutan seda iga päev.', null],
    ['et', 'Ma ei soovi kontot kustutada, aga turundusmeile ma enam saada ei taha.', 'objection'],
  ] as const)('%s: "%s"', (_, body, other) => {
    const found = rights(body);
    expect(found).not.toContain('erasure');
    if (other !== null) expect(found).toContain(other);
  });
});

describe('a negation that belongs elsewhere still lets the deletion count', () => {
  it.each([
    ['ru', 'Я уже год не пользуюсь сервисом и прошу удалить мой аккаунт и все мои данные.'],
    ['uk', 'Я давно не користуюся сервісом і прошу видалити мій акаунт та всі мої дані.'],
    ['bg', 'Отдавна не използвам услугата и моля изтрийте акаунта ми и всички мои данни.'],
    [
      'hu',
      'Jó napot kívánok! Már egy éve nem használom a szolgáltatásukat és kérem töröljék a fiókomat és az összes adataimat a rendszerükből. Köszönöm szépen, Kovács Péter',
    ],
    ['fi', 'En ole käyttänyt palvelua vuoteen ja pyydän poistamaan tilini ja tietoni.'],
    // Estonian: a chaser, an inability and the particle of "kustutage ära" are no refusal.
    ['et', 'Tere, mu konto ei ole ikka veel kustutatud, kuigi palusin seda kuu aega tagasi.'],
    ['et', 'Ma ei saa oma kontot ise kustutada, palun kustutage see koos andmetega.'],
    ['et', 'Palun kustutage ära kõik minu andmed, teenust ma enam ei kasuta.'],
  ])('%s: "%s"', (_, body) => {
    expect(rights(body)).toContain('erasure');
  });
});

describe('"I don\'t want my data sold" is the opt-out itself', () => {
  it.each([
    ['ru', 'Здравствуйте. Не хочу, чтобы вы продавали мои данные рекламодателям.'],
    ['bg', 'Здравейте, не искам да продавате данните ми на рекламодатели.'],
  ])('%s: "%s"', (_, body) => {
    expect(rights(body)).toContain('opt_out_sale');
  });
});

describe("a basic list's negation words are its own", () => {
  it('does not read Finnish "en" as a negation of a Norwegian ask', () => {
    expect(rights('Hei, jeg ber om en kopi av alle personopplysningene dere har om meg.')).toContain(
      'access',
    );
  });
});

describe('basic lists: a state is no ask, and asks in other words', () => {
  it.each([
    ['zh', '你好，我的账户昨天被限制了，现在无法登录，请帮我看一下是什么原因。'],
    ['ko', '팀 계정에서 신입 사원의 권한을 보기 전용으로 제한하려면 어디서 설정하나요?'],
    ['ko', '안녕하세요, 제 계정이 제한되었다는 알림을 받았는데 이유를 알 수 있을까요?'],
  ])('%s: "%s" is no restriction', (_, body) => {
    expect(rights(body)).not.toContain('restriction');
  });

  it.each([
    ['bg', 'Здравейте, искам да знам какви лични данни съхранявате за мен.', 'access'],
    ['bg', 'Моля, изпратете ми данните в машинночетим формат.', 'portability'],
    [
      'no',
      'Hei, kan dere sende dataene mine i et maskinlesbart format til den nye tjenesten?',
      'portability',
    ],
    ['el', 'Καλησπέρα, η γιαγιά μου θέλει να μάθει τι δεδομένα της έχετε αποθηκευμένα.', 'access'],
  ])('%s: "%s" is %s', (_, body, right) => {
    expect(rights(body)).toContain(right);
  });
});

describe('a notice of deletion answered with "do not delete, please"', () => {
  it.each([
    [
      'uk',
      'Добрий день, мені написали, що мій акаунт видалять за неактивність. Не видаляйте, будь ласка, я ним користуюся.',
    ],
    [
      'ru',
      'Здравствуйте, мне пришло письмо, что мой аккаунт удалят из-за неактивности. Не удаляйте, пожалуйста, я им пользуюсь.',
    ],
  ])('%s: "%s" is no erasure', (_, body) => {
    expect(rights(body)).not.toContain('erasure');
  });
});

describe('Croatian "ugovor" is a contract, not the Slovenian objection', () => {
  it('reads no objection in a question before signing a contract', () => {
    expect(
      rights(
        'Pozdrav, dijelite li podatke kupaca s partnerima? Moram to znati prije nego što potpišem ugovor.',
      ),
    ).not.toContain('objection');
  });

  it('still reads the Slovenian objection lodged', () => {
    expect(
      rights('Pozdravljeni, vlagam ugovor zoper obdelavo mojih podatkov za neposredno trženje.'),
    ).toContain('objection');
  });
});

describe('Korean: a disputed bill is no objection', () => {
  it('reads no objection in a billing dispute', () => {
    expect(
      rights('안녕하세요. 이번 달 요금 청구 내역에 대해 이의를 제기합니다. 금액이 두 배로 나왔어요.'),
    ).not.toContain('objection');
  });

  it('still reads an objection to marketing processing', () => {
    expect(rights('안녕하세요. 제 개인정보를 마케팅에 이용하는 것에 반대합니다.')).toContain('objection');
  });
});
