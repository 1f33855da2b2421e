/**
 * Tamil, Marathi and Nepali rights vocabulary (Hindi has `hindi.ts`, Bengali `bengali-urdu.ts`): the GDPR
 * as writers abroad cite it, India's DPDP Act 2023 (ss. 11-13) and Sri Lanka's PDPA 2022, in everyday
 * wording. eld does not know Nepali and reports it as Hindi or Marathi, so the three Devanagari lexicons
 * read each other's mail (`READ_AS`): their verbs leave out the Hindi lexicon's own ("सुधार", "अपडेट", "आपत्ति"),
 * which would otherwise count twice on the same word. Read as substrings: the languages join case endings to the word
 * ("கணக்கை", "खात्याची"), so data words are stems.
 */
import { basicLexicon } from './build.js';

export const ta = basicLexicon({
  language: 'ta',
  latin: false,
  data: 'தரவ|தகவல்|கணக்க|விவரங்க',
  consent: 'ஒப்புதல|சம்மத|அனுமதி',
  names: {
    access: '(?:தரவின்|தரவுகளின்|தகவலின்|தகவல்களின்|விவரங்களின்) (?:ஒரு )?நகல்|அணுகும் உரிமை',
    rectification: 'திருத்தும் உரிமை',
    erasure: 'அழிக்கும் உரிமை|நீக்கும் உரிமை|கணக்கை (?:முழுவதுமாக )?(?:நீக்க|நீக்கு|அழிக்க)',
    restriction: 'செயலாக்கத்தைக? கட்டுப்படுத்த',
    objection: 'ஆட்சேபிக்கிறேன்|ஆட்சேபனை தெரிவி|எதிர்ப்பு தெரிவிக்கிறேன்',
    portability: 'பெயர்வுத்திறன்',
    withdraw_consent: '(?:ஒப்புதலை|சம்மதத்தை|அனுமதியை)~{0,20}(?:திரும்பப் பெற|திரும்ப பெற|வாபஸ்)',
    opt_out_sale: 'விற்க வேண்டாம்|விற்பனை செய்ய வேண்டாம்|விற்காதீர்கள்',
  },
  verbs: {
    access: 'நகல்',
    rectification: 'திருத்த|சரிசெய்|புதுப்பி',
    erasure: 'நீக்க|நீக்கு|அழிக்க|அழித்து|டெலீட்|டிலீட்',
    restriction: 'கட்டுப்படுத்த',
    objection: 'ஆட்சேப|எதிர்ப்பு',
    portability: 'பரிமாற்ற|ஏற்றுமதி',
    withdraw_consent: 'திரும்பப் பெற|திரும்ப பெற|வாபஸ்',
    opt_out_sale: 'விற்க|விற்பனை|விற்கா',
  },
  extra: {
    access: [[1, 'என்னைப் பற்றி~{0,40}(?:என்ன|எந்த) (?:தனிப்பட்ட )?(?:தரவ|தகவல்|விவரங்க)']],
    objection: [
      [
        1,
        '(?:விளம்பர|மார்க்கெட்டிங்|சந்தைப்படுத்தல்)~{0,40}(?:அனுப்ப வேண்டாம்|அனுப்புவதை நிறுத்து|நிறுத்துங்கள்)',
        'absorbable',
      ],
    ],
  },
  keepAccount: 'கணக்கை (?:நீக்க|மூட) வேண்டாம்',
  // "நீங்கள் வாடிக்கையாளர் தரவை விற்கிறீர்களா?" asks about the practice.
  hypothetical: 'விற்கிறீர்களா|பகிர்கிறீர்களா|நீக்கினால்~{0,30}என்ன',
});

export const mr = basicLexicon({
  language: 'mr',
  latin: false,
  data: 'डेटा|डाटा|माहिती|खाते|खात्या|तपशील',
  consent: 'संमती|परवानगी',
  names: {
    access: '(?:माहितीची|डेटाची|तपशीलाची) (?:एक )?प्रत|प्रवेशाचा अधिकार',
    rectification: 'दुरुस्तीचा अधिकार',
    erasure: 'खाते (?:हटवा|बंद करा|डिलीट करा)|(?:माहिती|डेटा) (?:हटवा|पुसून टाका|डिलीट करा)',
    restriction: 'प्रक्रिया (?:मर्यादित|थांबवा)',
    objection: 'आक्षेप (?:घेतो|घेते|नोंदवतो|नोंदवते)',
    portability: 'पोर्टेबिलिटी',
    withdraw_consent: '(?:संमती|परवानगी) मागे घे',
    opt_out_sale: 'विकू नका|विक्री करू नका',
  },
  verbs: {
    // "प्रत" alone opens "प्रतीक्षा" (waiting) and "प्रतिक्रिया" (a reply).
    access: 'प्रत (?:द्या|पाठवा|मिळ|हवी)',
    rectification: 'दुरुस्त',
    erasure: 'हटव|काढून टाका|पुसून',
    restriction: 'मर्यादित',
    objection: 'आक्षेप',
    portability: 'हस्तांतर|ट्रान्सफर',
    withdraw_consent: 'मागे घे',
    opt_out_sale: 'विकू|विक्री',
  },
  extra: {
    access: [[1, 'माझ्याबद्दल~{0,40}(?:कोणती|काय) (?:वैयक्तिक )?(?:माहिती|डेटा)']],
    objection: [[1, '(?:जाहिरात|मार्केटिंग)~{0,40}(?:पाठवू नका|पाठवणे बंद)', 'absorbable']],
  },
  keepAccount: 'खाते (?:हटवू|बंद करू) नका',
  hypothetical: 'विकता का|विकतात का|हटवल्यास~{0,30}काय',
});

export const ne = basicLexicon({
  language: 'ne',
  latin: false,
  data: 'डेटा|डाटा|जानकारी|विवरण|खाता',
  consent: 'सहमति|अनुमति|स्वीकृति',
  names: {
    access: '(?:विवरणको|जानकारीको|डेटाको) प्रतिलिपि',
    rectification: 'सुधारको अधिकार',
    erasure: 'खाता (?:मेटाउनुहोस्|हटाउनुहोस्|बन्द गर्नुहोस्|डिलिट गर्नुहोस्)',
    restriction: 'प्रशोधन सीमित',
    objection: 'आपत्ति जनाउँछु|आपत्ति गर्छु',
    portability: 'पोर्टेबिलिटी',
    withdraw_consent: '(?:सहमति|अनुमति) फिर्ता',
    opt_out_sale: 'नबेच्नुहोस्|बिक्री नगर्नुहोस्',
  },
  verbs: {
    access: 'प्रतिलिपि',
    rectification: 'सच्याउ',
    erasure: 'मेटाउ|डिलिट',
    restriction: 'सीमित गर्नुहोस्|रोक्नुहोस्',
    objection: 'आपत्ति जनाउ',
    portability: 'स्थानान्तरण',
    withdraw_consent: 'फिर्ता लि|फिर्ता गर',
    opt_out_sale: 'बेच्नु|नबेच|बिक्री नगर',
  },
  extra: {
    access: [[1, 'मेरो बारेमा~{0,40}(?:के|कुन) (?:व्यक्तिगत )?(?:जानकारी|विवरण|डेटा)']],
    objection: [[1, '(?:विज्ञापन|मार्केटिङ)~{0,40}(?:नपठाउनुहोस्|पठाउन बन्द)', 'absorbable']],
  },
  keepAccount: 'खाता (?:नमेटाउनुहोस्|नहटाउनुहोस्|बन्द नगर्नुहोस्)',
  hypothetical: 'बेच्नुहुन्छ|मेटाएमा~{0,30}के',
});
