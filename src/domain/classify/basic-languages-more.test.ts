import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { byScript } from './script-language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model): sentences of our own for Tamil, Marathi, Nepali, Albanian and Welsh.
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));
const THRESHOLD = 0.6;

function expectFound(right: string, body: string): void {
  expect(classify(body).types).toContain(right);
}

describe('Tamil requests', () => {
  it.each([
    ['access', 'உங்களிடம் உள்ள என் தனிப்பட்ட தகவல்களின் நகல் ஒன்றை அனுப்பவும்.'],
    ['rectification', 'என் முகவரி தவறாக உள்ளது, தயவுசெய்து என் கணக்கு விவரங்களைத் திருத்தவும்.'],
    ['erasure', 'தயவுசெய்து என் கணக்கையும் என் தனிப்பட்ட தரவுகள் அனைத்தையும் நீக்கவும்.'],
    ['objection', 'எனக்கு இனிமேல் விளம்பர மின்னஞ்சல்களை அனுப்ப வேண்டாம்.'],
    ['withdraw_consent', 'சந்தைப்படுத்தல் மின்னஞ்சல்களுக்கு நான் கொடுத்த ஒப்புதலை திரும்பப் பெறுகிறேன்.'],
    ['opt_out_sale', 'என் தனிப்பட்ட தகவல்களை யாருக்கும் விற்க வேண்டாம்.'],
  ])('finds %s in "%s"', expectFound);

  it('states no request in a question about the practice', () => {
    expect(classify('நீங்கள் வாடிக்கையாளர் தரவை விளம்பரதாரர்களுக்கு விற்கிறீர்களா?').types).toEqual(['not_a_request']);
  });
});

describe('Marathi requests', () => {
  it.each([
    ['access', 'तुमच्याकडे असलेल्या माझ्या वैयक्तिक माहितीची एक प्रत मला पाठवा.'],
    ['rectification', 'माझा पत्ता चुकीचा आहे, कृपया माझ्या खात्यातील माहिती दुरुस्त करा.'],
    ['erasure', 'कृपया माझे खाते हटवा आणि माझी सर्व वैयक्तिक माहिती पुसून टाका.'],
    ['objection', 'मला यापुढे जाहिराती पाठवू नका.'],
    ['withdraw_consent', 'मार्केटिंग ईमेलसाठी दिलेली माझी संमती मी मागे घेत आहे.'],
    ['opt_out_sale', 'माझी वैयक्तिक माहिती कोणालाही विकू नका.'],
  ])('finds %s in "%s"', expectFound);

  it('does not read waiting for information as a request for a copy', () => {
    expect(classify('बिलाबद्दल माहितीसाठी मी प्रतीक्षा करत आहे, कृपया लवकर उत्तर द्या.').types).not.toContain(
      'access',
    );
  });
});

describe('Nepali requests, which eld reads as Hindi or Marathi', () => {
  it.each([
    ['access', 'तपाईंसँग भएको मेरो व्यक्तिगत विवरणको प्रतिलिपि पठाउनुहोस्।'],
    ['erasure', 'कृपया मेरो खाता मेटाउनुहोस् र मेरो सबै व्यक्तिगत विवरण हटाउनुहोस्।'],
    ['objection', 'मलाई अब विज्ञापन नपठाउनुहोस्।'],
    ['withdraw_consent', 'मार्केटिङ इमेलका लागि दिएको मेरो सहमति फिर्ता लिन्छु।'],
    ['opt_out_sale', 'मेरो व्यक्तिगत जानकारी कसैलाई नबेच्नुहोस्।'],
  ])('finds %s in "%s"', expectFound);
});

describe('Albanian requests', () => {
  it.each([
    ['access', 'Ju lutem më dërgoni një kopje të të dhënave personale që keni për mua.'],
    ['rectification', 'Adresa ime është e gabuar, ju lutem korrigjoni të dhënat e mia.'],
    ['erasure', 'Ju lutem fshini llogarinë time dhe të gjitha të dhënat e mia personale.'],
    ['objection', 'Kundërshtoj përdorimin e të dhënave të mia për marketing.'],
    ['objection', 'Ju lutem mos më dërgoni më reklama.'],
    ['withdraw_consent', 'Tërheq pëlqimin tim për email-et e marketingut.'],
    ['opt_out_sale', 'Ju lutem mos i shisni të dhënat e mia personale.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'A i shisni të dhënat e klientëve tek reklamuesit?',
    'Fatura e muajit është e gabuar, më është tarifuar dy herë.',
  ])('states no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Welsh requests', () => {
  it.each([
    ['access', 'Hoffwn gael copi o’r holl wybodaeth sydd gennych amdanaf, os gwelwch yn dda.'],
    [
      'rectification',
      'Mae fy nghyfeiriad yn anghywir. A wnewch chi gywiro fy ngwybodaeth, os gwelwch yn dda?',
    ],
    ['erasure', 'Dilëwch fy nghyfrif a fy nata i gyd, os gwelwch yn dda. Diolch.'],
    ['objection', 'Peidiwch â anfon hysbysebion ataf i eto, os gwelwch yn dda.'],
    ['withdraw_consent', 'Rwyf yn tynnu fy nghaniatâd yn ôl ar gyfer e-byst marchnata.'],
    ['opt_out_sale', 'Peidiwch â gwerthu fy ngwybodaeth bersonol i neb.'],
  ])('finds %s in "%s"', expectFound);

  it('recognises Welsh by its spelling', () => {
    expect(createLanguageDetector()('diolch am eich neges. hoffwn ddileu fy nghyfrif.')).toEqual({
      language: 'cy',
      reliable: true,
    });
  });
});

describe('the safety net in these languages', () => {
  it.each([
    'இன்வாய்ஸ் பற்றி ஒரு கேள்வி. மேலும் என் தனிப்பட்ட தகவல்களை என்ன செய்கிறீர்கள்?',
    'इनव्हॉइसबद्दल प्रश्न आहे. आणि माझी वैयक्तिक माहिती तुम्ही कशासाठी वापरता?',
    'Kam një pyetje për faturën. Po ashtu, çfarë bëni me të dhënat e mia?',
    'Mae gen i gwestiwn am yr invoice. Hefyd, beth ydych chi’n ei wneud gyda fy nata?',
  ])('keeps mail about an invoice that speaks of the writer’s data below the threshold: "%s"', (body) => {
    const result = classify(body);
    if (result.types.includes('not_a_request')) expect(result.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('scripts of languages eld does not know', () => {
  it.each([
    ['si', 'කරුණාකර මගේ ගිණුම සහ මගේ සියලු දත්ත මකා දමන්න.'],
    ['km', 'សូមលុបគណនី និងទិន្នន័យផ្ទាល់ខ្លួនរបស់ខ្ញុំ។'],
    ['my', 'ကျေးဇူးပြု၍ ကျွန်ုပ်၏ အကောင့်ကို ဖျက်ပေးပါ။'],
    ['mn', 'ᠮᠢᠨᠦ ᠳᠠᠩᠰᠠ ᠶᠢ ᠤᠰᠠᠳᠬᠠᠵᠤ ᠦᠭᠭᠦᠭᠡᠷᠡᠢ'],
  ])('names %s mail from its script', (language, body) => {
    expect(byScript(body)).toBe(language);
  });
});

describe('Hindi typed in Latin letters ("Hinglish"), which eld reads as English', () => {
  it.each([
    ['erasure', 'bhai mera purana account aur saari details delete kar do, ab zaroorat nahi hai.'],
    ['objection', 'meri photos ko ai training ke liye use mat karo, mujhe yeh pasand nahi.'],
    ['objection', 'kripya mujhe marketing emails mat bhejo.'],
  ])('finds %s in "%s"', expectFound);

  it('recognises it by its spelling', () => {
    expect(createLanguageDetector()('mujhe aapka naya plan chahiye, kripya details bhejo.').language).toBe(
      'hi',
    );
  });

  it.each([
    'Sara sent the invoice to the accounting team yesterday.',
    'Mera is a mere detail in the report, nothing more.',
  ])('leaves English with one such word as English: "%s"', (body) => {
    expect(createLanguageDetector()(body).language).toBe('en');
  });
});

describe('everyday wishes in Catalan, Czech and Hindi', () => {
  it.each([
    ['objection', 'Hola, no volem rebre res més de la vostra empresa.'],
    ['erasure', 'Služby už nevyužívám, ať po mně u vás nic nezůstane, děkuji.'],
    ['erasure', 'uz to nepouzivam, at po mne nic nezustane.'],
    ['objection', 'मैं नहीं चाहता कि मेरी जानकारी विश्लेषण के लिए इस्तेमाल हो।'],
  ])('finds %s in "%s"', expectFound);

  it('does not read improving the service as correcting the record in Hindi', () => {
    expect(classify('हम अपनी सेवा सुधारने के लिए आपके सुझाव चाहते हैं, मेरा डेटा सुरक्षित है।').types).not.toContain(
      'rectification',
    );
  });
});

describe('which personal data you hold about me, with "personal" between the question word and the data', () => {
  it.each([
    ['ta', 'என்னைப் பற்றி எந்த தனிப்பட்ட விவரங்கள் வைத்திருக்கிறீர்கள்?'],
    ['mn', 'Миний тухай ямар хувийн мэдээлэл байгааг хэлж өгнө үү.'],
    ['mk', 'Какви лични податоци собиравте за мене?'],
    ['gu', 'તમારી પાસે મારો કયો વ્યક્તિગત ડેટા છે?'],
    ['mr', 'माझ्याबद्दल काय वैयक्तिक डेटा ठेवला आहे?'],
  ])('finds access in %s: "%s"', (_, body) => expectFound('access', body));

  it('does not read which personal data a sign-up needs as access', () => {
    expect(classify('Какви лични податоци се потребни за регистрација?').types).not.toContain('access');
  });
});

describe('no more advertising, and a named detail deleted, in Turkish, Finnish and Kazakh', () => {
  it.each([
    ['objection', 'Tanıtım mesajı istemiyorum artık.'],
    ['objection', 'En halua enää teiltä sähköposteja.'],
    ['erasure', 'Poistakaa puhelinnumeroni asiakasrekisteristä, kiitos.'],
    ['erasure', 'Менің деректерімді өшіруіңізді сұраймын.'],
  ])('finds %s in "%s"', expectFound);

  it('does not read "I do not want to pay twice any more" as an objection in Finnish', () => {
    expect(classify('Laskussa oli virhe, en halua enää maksaa kahdesti.').types).not.toContain('objection');
  });
});
