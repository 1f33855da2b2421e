import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './language.js';
import { classifyAlone, expectFound, expectNone } from './lexicon-alone.test-support.js';

// Languages eld confuses with a neighbour or cannot read in the script they are written in: Norwegian close
// to Danish, Serbian, Bosnian and Montenegrin in Latin script, Uzbek in Cyrillic, Pashto. Sentences of our
// own; mail longer than a short note, so that the language's own list decides, not every list at once.
const detect = createLanguageDetector();
const language = (text: string) => detect(text.toLowerCase()).language;

describe('Norwegian written close to Danish', () => {
  it.each([
    'Hei, jeg vil gjerne at dere sletter kontoen min og alle opplysninger om meg. Takk',
    'Hei! Eg vil at de slettar kontoen min og alle opplysningane om meg. Takk for hjelpa',
    // eld alone reads this one as Danish.
    'Hei, jeg har flyttet og adressen min er endret, kan dere rette den i kunderegisteret? Takk',
  ])('is Norwegian: "%s"', (text) => expect(language(text)).toBe('no'));

  it.each([
    ['da', 'Hej, jeg vil gerne have at I sletter min konto og alle oplysninger om mig. Tak'],
    ['sv', 'Hej, jag vill att ni raderar mitt konto och alla uppgifter om mig. Tack'],
    ['hu', 'Kérem, törölje a fiókomat, mert a számlát sem kaptam meg a múlt héten.'],
    ['fi', 'Hei, poistakaa tilini ja kaikki tietoni, kiitos.'],
  ])('leaves %s as it was: "%s"', (code, text) => expect(language(text)).toBe(code));

  it.each([
    [
      'objection',
      'Hei. Jeg har vært kunde hos dere i mange år, men nå har jeg fått nok av alle e-postene og telefonene. Jeg reserverer meg herved mot all direkte markedsføring fra dere. Takk for forståelsen.',
    ],
    [
      'objection',
      'Hei! Eg har brukt tenesta dykkar lenge. Difor vil eg ikkje ha fleire nyheitsbrev eller tilbod frå dykk i innboksen min. Takk for hjelpa, helsing Ola',
    ],
    [
      'access',
      'Hei! Eg har vore kunde hjå dykk i fleire år. Kva personopplysningar har de lagra om meg, og kven har de delt dei med? Helsing Kari',
    ],
  ])('reads %s with the Norwegian list: "%s"', expectFound);

  it('reads no request in a Norwegian question about invoices', () =>
    expectNone(
      'Hei, kan dere sende fakturaene som EHF i stedet for PDF? Vi er et offentlig foretak og må ha elektronisk faktura fra neste måned. Takk og vennlig hilsen, regnskap',
    ));
});

describe('Serbian, Bosnian and Montenegrin in Latin script', () => {
  it.each([
    [
      'erasure',
      'Poštovani, molim vas da obrišete moj nalog i sve moje lične podatke iz vaše baze. Hvala unapred.',
    ],
    ['access', 'Zdravo, želeo bih da znam šta sve znate o meni i koje lične podatke čuvate.'],
    ['rectification', 'Molim vas da izmenite moju adresu u vašem sistemu, stara više nije tačna.'],
    ['withdraw_consent', 'Povlačim saglasnost za obradu mojih podataka u marketinške svrhe.'],
    ['erasure', 'Molim vas da zatvorite moj nalog, više ne koristim vašu uslugu.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Poštovani, kako da promenim lozinku na mom nalogu? Ne mogu da se prijavim.',
    'Molim vas, nemojte brisati moj nalog, samo mi pomozite sa prijavom.',
  ])('reads no request in "%s"', expectNone);
});

describe('Uzbek in Cyrillic script', () => {
  it.each([
    'Илтимос, менинг шахсий маълумотларимни ўчириб ташланг. Раҳмат',
    'Ҳурматли жамоа, менинг аккаунтимни ёпинг ва барча маълумотларни ўчиринг.',
    'Илтимос, менинг аккаунтимни учириб ташланг, рахмат',
  ])('is Uzbek: "%s"', (text) => expect(language(text)).toBe('uz'));

  it.each([
    ['kk', 'Сәлеметсіз бе, менің аккаунтымды және барлық деректерімді жойыңыз. Рахмет'],
    ['be', 'Калі ласка, выдаліце мой уліковы запіс і ўсе мае даныя.'],
    ['ru', 'Пожалуйста, удалите мой аккаунт и все мои данные.'],
  ])('leaves %s as it was: "%s"', (code, text) => expect(language(text)).toBe(code));

  it.each([
    ['erasure', 'Илтимос, менинг шахсий маълумотларимни ўчириб ташланг. Раҳмат'],
    ['erasure', 'Илтимос, менинг аккаунтимни учириб ташланг, рахмат'],
    [
      'access',
      'Ҳурматли жамоа, мен ҳақимда қандай маълумотлар сақланаётганини билмоқчиман. Нусхасини юборинг.',
    ],
    ['objection', 'Илтимос, менга реклама хабарларини юборманг. Раҳмат'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Илтимос, аккаунтимни ўчирманг, фақат паролни тиклашга ёрдам беринг.',
    'Ҳурматли жамоа, тўлов ўтмади, ҳисоб-фактурани қайта юборинг.',
  ])('reads no erasure in "%s"', (text) => expect(classifyAlone(text).types).not.toContain('erasure'));
});

describe('Pashto, which eld reads as Persian', () => {
  it('is Pashto', () => expect(language('مهرباني وکړئ زما حساب او ټول معلومات ړنګ کړئ. مننه')).toBe('ps'));

  it.each([
    ['fa', 'لطفا حساب کاربری من و همه اطلاعاتم را حذف کنید. ممنون'],
    ['ur', 'براہ کرم میرا اکاؤنٹ اور میری تمام معلومات حذف کر دیں۔ شکریہ'],
  ])('leaves %s as it was: "%s"', (code, text) => expect(language(text)).toBe(code));

  it.each([
    ['erasure', 'مهرباني وکړئ زما حساب او ټول معلومات ړنګ کړئ. مننه'],
    ['objection', 'مهرباني وکړئ ماته نور اعلانونه مه لېږئ، زه یې نه غواړم.'],
    ['access', 'زما په اړه کوم معلومات لرئ؟ مهرباني وکړئ را ولېږئ.'],
  ])('finds %s in "%s"', expectFound);

  it('does not read "do not delete my account" as erasure', () =>
    expect(classifyAlone('مهرباني وکړئ زما حساب مه ړنګوئ، یوازې پټنوم مې بدل کړئ.').types).not.toContain(
      'erasure',
    ));
});

describe('Tajik and Kyrgyz, which eld reads as Russian, Bulgarian or Kazakh', () => {
  it.each([
    ['tg', 'Лутфан, ҳисоби ман ва ҳамаи маълумоти шахсии маро нест кунед. Ташаккур'],
    ['tg', 'Лутфан, маълумоти шахсии маро ба ширкатҳои дигар нафурӯшед.'],
    ['ky', 'Сураныч, менин аккаунтумду жана бардык жеке маалыматтарымды өчүрүп салыңыз. Рахмат'],
    ['mn', 'Миний бүртгэлийг устгана уу, баярлалаа'],
    ['kk', 'Сәлеметсіз бе, менің аккаунтымды жойыңыз. Рахмет'],
  ])('names %s: "%s"', (code, text) => expect(language(text)).toBe(code));

  it.each([
    ['erasure', 'Лутфан, ҳисоби ман ва ҳамаи маълумоти шахсии маро нест кунед. Ташаккур'],
    ['objection', 'Лутфан, ба ман дигар реклама нафиристед.'],
    ['opt_out_sale', 'Лутфан, маълумоти шахсии маро ба ширкатҳои дигар нафурӯшед.'],
    ['erasure', 'Сураныч, менин аккаунтумду жана бардык жеке маалыматтарымды өчүрүп салыңыз. Рахмат'],
    ['objection', 'Сураныч, мага мындан ары жарнама жибербеңиз.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Лутфан, ҳисоби маро нест накунед, танҳо паролро барқарор кунед.',
    'Сураныч, аккаунтумду өчүрбөңүз, сырсөздү калыбына келтирүүгө жардам бериңиз.',
  ])('reads no erasure in "%s"', (text) => expect(classifyAlone(text).types).not.toContain('erasure'));
});
