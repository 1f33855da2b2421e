import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model): sentences of our own for the languages given a basic lexicon last
// (Bengali, Urdu, Tagalog, Malay, Swahili, Afrikaans, Zulu). Every request, found or not, must stay out of
// a confident `not_a_request`: the safety net holds in these languages too.
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));
const THRESHOLD = 0.6;

function expectFound(right: string, body: string): void {
  expect(classify(body).types).toContain(right);
}

describe('Bengali requests', () => {
  it.each([
    ['access', 'আপনাদের কাছে আমার যে ব্যক্তিগত তথ্য আছে তার একটি কপি পাঠান।'],
    ['access', 'আপনারা আমার সম্পর্কে কী কী তথ্য রেখেছেন, আমি জানতে চাই।'],
    ['rectification', 'আমার ঠিকানা বদলে গেছে, অনুগ্রহ করে আমার অ্যাকাউন্টের তথ্য আপডেট করুন।'],
    ['erasure', 'অনুগ্রহ করে আমার অ্যাকাউন্ট ডিলিট করে দিন এবং আমার সব তথ্য মুছে ফেলুন।'],
    ['restriction', 'অভিযোগের নিষ্পত্তি না হওয়া পর্যন্ত আমার তথ্যের প্রক্রিয়াকরণ সীমিত করুন।'],
    ['objection', 'আমার তথ্য ব্যবহার করে বিপণন করার বিরুদ্ধে আমি আপত্তি জানাচ্ছি।'],
    ['objection', 'আমাকে আর বিজ্ঞাপন পাঠাবেন না।'],
    ['portability', 'আমার ডেটা অন্য একটি পরিষেবায় স্থানান্তর করতে চাই, একটি ফাইলে দিন।'],
    ['withdraw_consent', 'মার্কেটিং ইমেইলের জন্য দেওয়া আমার সম্মতি প্রত্যাহার করছি।'],
    ['opt_out_sale', 'আমার ব্যক্তিগত তথ্য কোনো তৃতীয় পক্ষের কাছে বিক্রি করবেন না।'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'আমার ইনভয়েসে ভুল পরিমাণ দেখাচ্ছে, দয়া করে ঠিক করে দিন।',
    'আপনারা কি গ্রাহকদের তথ্য বিক্রি করেন?',
    'অ্যাকাউন্ট ডিলিট করলে কী হবে?',
  ])('states no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Urdu requests', () => {
  it.each([
    ['access', 'براہ کرم میرے ذاتی ڈیٹا کی ایک کاپی مجھے بھیج دیں۔'],
    ['access', 'آپ کے پاس میرے بارے میں کون سی معلومات محفوظ ہیں؟ مجھے بتائیں۔'],
    ['rectification', 'میرا پتہ غلط درج ہے، براہ کرم اسے درست کر دیں۔'],
    ['erasure', 'براہ کرم میرا اکاؤنٹ ڈیلیٹ کر دیں اور میرا تمام ڈیٹا حذف کر دیں۔'],
    ['restriction', 'جب تک شکایت حل نہ ہو، میرے ڈیٹا کی پروسیسنگ کو محدود کریں۔'],
    ['objection', 'میں اپنے ڈیٹا کے مارکیٹنگ کے لیے استعمال پر اعتراض کرتا ہوں۔'],
    ['objection', 'مجھے اشتہار بھیجنا بند کریں۔'],
    ['portability', 'میرا ڈیٹا کسی دوسری سروس میں منتقل کرنے کے لیے فائل میں دے دیں۔'],
    ['withdraw_consent', 'میں مارکیٹنگ ای میلز کے لیے اپنی رضامندی واپس لیتا ہوں۔'],
    ['opt_out_sale', 'میری ذاتی معلومات کسی کو فروخت نہ کریں۔'],
  ])('finds %s in "%s"', expectFound);

  it.each(['کیا آپ صارفین کا ڈیٹا فروخت کرتے ہیں؟', 'میرے بل میں رقم دو بار کٹ گئی ہے، رقم واپس کریں۔'])(
    'states no request in "%s"',
    (body) => {
      expect(classify(body).types).toEqual(['not_a_request']);
    },
  );
});

describe('Tagalog requests', () => {
  it.each([
    [
      'access',
      'Magandang araw po. Gusto ko pong makakuha ng kopya ng aking personal na datos na hawak ninyo.',
    ],
    ['access', 'Anong mga impormasyon ang mayroon kayo tungkol sa akin? Pakipadala po sa email ko.'],
    ['rectification', 'Mali po ang pangalan ko sa account, pakitama po ang aking impormasyon.'],
    ['erasure', 'Hindi ko na po ginagamit ang app. Pakibura po ang aking account at lahat ng datos ko.'],
    ['erasure', 'Paki-delete na po ang account ko, salamat.'],
    [
      'restriction',
      'Huwag po muna burahin ang data ko pero huwag ninyong gamitin habang inaayos ang reklamo ko.',
    ],
    ['objection', 'Tumututol ako sa paggamit ng aking datos para sa marketing.'],
    ['objection', 'Huwag na po ninyo akong padalhan ng mga promo at advertisement.'],
    ['portability', 'Pakilipat po ang aking data sa bagong provider, ilipat ang aking datos sa kanila.'],
    ['withdraw_consent', 'Binabawi ko na ang aking pahintulot na gamitin ang aking larawan.'],
    ['opt_out_sale', 'Huwag po ninyong ibenta ang aking personal na impormasyon.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Nagbebenta ba kayo ng data ng mga customer ninyo?',
    'Hindi po gumagana ang app kapag nag-upload ako ng video, may error na lumalabas.',
  ])('states no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Malay requests, read with the Indonesian lexicon as well', () => {
  it.each([
    ['access', 'Saya ingin tahu maklumat peribadi apa yang syarikat anda simpan tentang saya.'],
    ['rectification', 'Alamat saya telah berubah. Sila kemas kini maklumat dalam akaun saya.'],
    ['rectification', 'Tolong betulkan nama saya dalam akaun, ejaannya salah.'],
    [
      'rectification',
      'Menurut seksyen 34 Akta Perlindungan Data Peribadi 2010, saya minta data saya diperbetulkan.',
    ],
    ['erasure', 'Sila padamkan akaun saya dan semua maklumat peribadi saya.'],
    ['objection', 'Tolong jangan hantar iklan dan promosi kepada saya lagi.'],
    ['withdraw_consent', 'Saya menarik balik kebenaran untuk menggunakan gambar saya.'],
    ['opt_out_sale', 'Jangan jual maklumat peribadi saya kepada pihak ketiga.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Adakah anda menjual maklumat pelanggan kepada pengiklan?',
    'Bagaimana cara padamkan projek lama dalam aplikasi?',
    'Saya mahu tarik balik pesanan saya semalam.',
    'Bila aplikasi akan dikemas kini ke versi baharu?',
  ])('states no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Swahili requests', () => {
  it.each([
    ['access', 'Habari, naomba nakala ya data yangu yote mliyo nayo.'],
    ['access', 'Tafadhali nielezeni ni taarifa gani mnazohifadhi kunihusu.'],
    ['rectification', 'Jina langu limeandikwa vibaya. Tafadhali rekebisheni taarifa zangu.'],
    ['erasure', 'Tafadhali futeni akaunti yangu na data yangu yote.'],
    ['restriction', 'Tafadhali msifute data yangu, lakini msiitumie mpaka malalamiko yangu yatatuliwe.'],
    ['objection', 'Ninapinga matumizi ya taarifa zangu kwa ajili ya matangazo.'],
    ['objection', 'Tafadhali acheni kunitumia matangazo.'],
    ['portability', 'Naomba mhamishe data yangu kwa mtoa huduma mwingine.'],
    ['withdraw_consent', 'Ninaondoa idhini yangu ya kutumia picha zangu.'],
    ['opt_out_sale', 'Tafadhali msiuze taarifa zangu binafsi kwa kampuni nyingine.'],
  ])('finds %s in "%s"', expectFound);

  it('states no request in a question about the practice', () => {
    expect(classify('Habari, je mnauza taarifa za wateja wenu kwa watangazaji?').types).toEqual([
      'not_a_request',
    ]);
  });

  it('does not read oil ("mafuta") as a deletion', () => {
    expect(
      classify('Habari, tafadhali nitumieni bei ya mafuta ya injini kwa akaunti yangu.').types,
    ).not.toContain('erasure');
  });
});

describe('Afrikaans requests', () => {
  it.each([
    ['access', 'Stuur asseblief vir my ’n afskrif van al my persoonlike inligting.'],
    ['access', 'Watter inligting hou julle oor my? Ek wil dit graag sien.'],
    ['rectification', 'My adres is verkeerd. Kan julle asseblief my adres opdateer?'],
    ['erasure', 'Skrap asseblief my rekening en al my data.'],
    [
      'restriction',
      'Moenie my data skrap nie, maar moet dit ook nie gebruik nie totdat die klagte opgelos is.',
    ],
    ['objection', 'Ek maak beswaar teen die gebruik van my data vir bemarking.'],
    ['objection', 'Hou asseblief op om vir my advertensies te stuur.'],
    ['withdraw_consent', 'Ek trek hiermee my toestemming vir bemarkingsepos terug.'],
    ['opt_out_sale', 'Moet asseblief nie my persoonlike inligting verkoop nie.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Verkoop julle kliënte se data aan adverteerders?',
    'Ek kan nie inteken nie, my wagwoord werk nie.',
  ])('states no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Zulu requests', () => {
  it.each([
    ['access', 'Sawubona, ngicela ikhophi yemininingwane yami yonke enayo.'],
    ['rectification', 'Igama lami libhalwe kabi. Ngicela nilungise imininingwane yami.'],
    ['erasure', 'Ngicela nisuse i-akhawunti yami kanye nemininingwane yami yonke.'],
    ['objection', 'Ngicela ningangithumeleli izikhangiso.'],
    ['withdraw_consent', 'Ngihoxisa imvume yami yokusebenzisa izithombe zami.'],
    ['opt_out_sale', 'Ngicela ningathengisi imininingwane yami.'],
  ])('finds %s in "%s"', expectFound);

  it('states no request in a question about the practice', () => {
    expect(classify('Sawubona, ngabe niyathengisa imininingwane yamakhasimende?').types).toEqual([
      'not_a_request',
    ]);
  });
});

describe('the safety net in these languages', () => {
  it.each([
    ['bn', 'ইনভয়েস নিয়ে একটা প্রশ্ন ছিল। তাছাড়া আমার ব্যক্তিগত তথ্য নিয়ে আপনারা কী করছেন?'],
    ['ur', 'انوائس کے بارے میں سوال ہے۔ اور میری ذاتی معلومات کا کیا ہو رہا ہے؟'],
    ['tl', 'May tanong po ako tungkol sa invoice. Ano po ang ginagawa ninyo sa aking personal na datos?'],
    ['sw', 'Nina swali kuhusu invoice. Pia mnafanya nini na taarifa zangu binafsi?'],
    ['af', 'Ek het ’n vraag oor die invoice. En wat doen julle met my persoonlike inligting?'],
    ['zu', 'Nginombuzo nge-invoice. Futhi nenzani ngemininingwane yami?'],
  ])('keeps %s mail about an invoice that speaks of the writer’s data below the threshold', (_, body) => {
    const result = classify(body);
    if (result.types.includes('not_a_request')) expect(result.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('languages eld does not know, recognised by their spelling', () => {
  const detect = createLanguageDetector();

  it.each([
    ['af', 'ek wil asseblief hê dat julle my rekening en al my data skrap. dankie.'],
    ['sw', 'habari, tafadhali futeni akaunti yangu na taarifa zangu zote.'],
    ['zu', 'sawubona, ngicela nisuse i-akhawunti yami futhi nesule imininingwane yami.'],
    ['ga', 'dia daoibh, ba mhaith liom go scriosfadh sibh mo chuntas agus mo shonraí go léir.'],
  ])('reads %s mail by its function words', (language, body) => {
    expect(detect(body)).toEqual({ language, reliable: true });
  });

  it('leaves Dutch to eld, though Afrikaans reads close to it', () => {
    expect(
      detect('ik wil graag dat u mijn account en al mijn gegevens verwijdert. dank u wel.').language,
    ).toBe('nl');
  });

  it('leaves Turkish with "ek" twice to eld', () => {
    expect(detect('ek dosyada faturayı bulabilirsiniz. ek olarak sözleşmeyi de gönderiyorum.').language).toBe(
      'tr',
    );
  });

  it('leaves Polish and German, which write "nie", to eld', () => {
    expect(detect('proszę nie wysyłać mi reklam, nie chcę ich dostawać.').language).toBe('pl');
    expect(detect('ich habe nie zugestimmt, dass sie meine daten weitergeben.').language).toBe('de');
  });
});
