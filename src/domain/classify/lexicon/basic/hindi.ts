/**
 * Hindi rights vocabulary (GDPR; India's DPDP Act ss. 11-13). Chinese, Japanese and Korean have files of
 * their own (`chinese.ts`, `japanese.ts`, `korean.ts`).
 */
import { basicLexicon } from './build.js';
import { hiEveryday } from './everyday-more-asia.js';
import { mergeExtra } from './merge-extra.js';
import { hiImplicit } from './implicit-asia.js';

// India's Digital Personal Data Protection Act, 2023: s. 11 access, s. 12 correction and erasure, read
// under that Act only ("अधिनियम, 2023 की धारा 11": the year and a comma may stand between).
const DPDP = '(?:डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम|dpdp)';

export const hi = basicLexicon({
  language: 'hi',
  latin: false,
  data: 'डेटा|डाटा|जानकारी|खाता|खाते|व्यक्तिगत',
  consent: 'सहमति|अनुमति',
  names: {
    access: 'पहुंच का अधिकार|पहुँच का अधिकार|प्रति उपलब्ध',
    rectification: 'सुधार का अधिकार',
    erasure: 'मिटाने का अधिकार|हटाने का अधिकार',
    restriction: 'प्रसंस्करण (?:को )?सीमित|प्रसंस्करण पर रोक',
    objection: 'आपत्ति',
    portability: 'पोर्टेबिलिटी|स्थानांतरित',
    withdraw_consent: 'सहमति वापस',
    opt_out_sale: 'न बेचें|मत बेचें',
  },
  verbs: {
    access: 'प्रति|पहुंच|पहुँच|जानकारी दें',
    rectification: '(?<!(?:सेवा|सेवाओं|सेवाएं|सेवाएँ|सर्विस|प्रोडक्ट|उत्पाद) )सुधार|ठीक कर|अपडेट',
    erasure: 'हटा|मिटा|डिलीट',
    restriction: 'सीमित|रोक',
    objection: 'आपत्ति|विरोध',
    portability: 'स्थानांतर|ट्रांसफर',
    withdraw_consent: 'वापस ले',
    opt_out_sale: 'बेच|बिक्री',
  },
  extra: mergeExtra(
    {
      access: [
        [
          1,
          '(?:mere baare mein|meri|mera) (?:kya|kaun sa|kaunsa|kaun si) (?:data|jaankari|jankari|information)',
        ],
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:मेरे बारे में|मेरी) (?:क्या|कौन सी|कौन-सी)(?:-क्या)? (?:जानकारी|डेटा)'],
        [1, 'आपके पास मेरे बारे में~{0,20}क्या'],
        [1, '(?:हर चीज़|हर चीज|सब कुछ|सारी जानकारी)~{0,25}(?:दिखा|भेज)'],
        [0.5, '(?:मेरा|मेरे बारे में)~{0,30}क्या(?:-क्या)? (?:रखा|सहेजा|संग्रहीत)'],
        [
          1,
          'जानना चाहत\\S*~{0,60}(?:मेरा|मेरे|मुझसे)~{0,30}(?:डेटा|जानकारी)|(?:मेरा|मेरे) कौन (?:सा|से) (?:व्यक्तिगत )?(?:डेटा|जानकारी)',
        ],
        [1.5, `${DPDP}[^.\\n]{0,20}धारा 11(?![0-9])`],
      ],
      rectification: [
        [1, '(?:नाम|पता|नंबर|ईमेल)~{0,30}(?:सही कर|ठीक कर|बदल दे|बदल दीजिए)'],
        // Art. 16: my name, address or number is wrong, put it right.
        [1, '(?:नाम|पता|नंबर|जन्म तिथि|ईमेल)~{0,50}(?:गलत|ग़लत)'],
        [1, '(?:ईमेल|पता|नाम|उपनाम)~{0,40}(?:अपडेट|बदल|ठीक|सुधार)'],
      ],
      erasure: [
        // Hindi typed in Latin letters ("Hinglish"), read when the language detector cannot place it.
        [
          1,
          '(?:account|data|khata|details)~{0,30}(?:delete|hata|mita) (?:kar|kijiye|karo|kar do|kar dijiye|dijiye)',
        ],
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, 'नहीं चाहत\\S*~{0,60}(?:मेरी|मेरा|मेरे बारे में)~{0,40}(?:रहे|रखें|बचे)'],
        [1, 'मुझे~{0,30}(?:सिस्टम|डेटाबेस|रिकॉर्ड)~{0,10}से (?:हटा|निकाल)'],
        [1, '(?:सब|सारा|सारी जानकारी) (?:मिटा|हटा|डिलीट)'],
        [0.5, `${DPDP}[^.\\n]{0,20}धारा 12(?![0-9])`],
        [1, '(?:खाता|अकाउंट) बंद (?:कर दें|करें|कीजिए|कर दीजिए)'],
        [1, 'सब कुछ (?:हटा|मिटा)'],
      ],
      restriction: [
        [2, '(?:न|मत) (?:हटाएँ|हटाएं|मिटाएँ|मिटाएं)~{0,80}(?:उपयोग|इस्तेमाल) (?:न|मत)'],
        [1.5, 'जब तक~{0,60}(?:उपयोग|इस्तेमाल) (?:न|मत)|(?:उपयोग|इस्तेमाल) (?:न|मत) (?:करें|कीजिए)~{0,60}जब तक'],
      ],
      objection: [
        [
          1,
          '(?:promotional|marketing|promo|ads?) (?:messages?|emails?|mails?|sms)~{0,20}(?:mat bhejo|mat bhejiye|band karo|band kijiye|na bheje|na bhejein)',
          'absorbable',
        ],
        // Hinglish: "mera data ai training ke liye use mat karo".
        [
          1,
          '(?:ai|training|analytics|marketing|ads?|profiling|research)~{0,40}(?:use|istemal|istemaal|upyog) (?:mat|na|nahi) (?:karo|kijiye|karein|karen|karna)',
        ],
        // My data not to train AI models (Art. 21 where the basis is a legitimate interest).
        [1, '(?:एआई|ai|आर्टिफिशियल इंटेलिजेंस)~{0,20}(?:ट्रेनिंग|प्रशिक्षण)~{0,30}(?:न करें|मत करें|नहीं चाहत)'],
        [1, '(?:मार्केटिंग|प्रचार|विज्ञापन)~{0,30}(?:भेजना बंद|न भेजें|मत भेजें|नहीं चाहिए)', 'absorbable'],
        [
          1,
          'नहीं चाहती?~{0,60}(?:शोध|रिसर्च|आँकड़|आंकड़|मार्केटिंग|विज्ञापन|प्रोफ़ाइल|प्रोफाइल|विश्लेषण|सेवा सुधार)|(?:शोध|रिसर्च|आँकड़|आंकड़|मार्केटिंग|विज्ञापन|विश्लेषण)~{0,60}नहीं चाहती?',
        ],
      ],
      portability: [[1, '(?:फ़ाइल|फाइल)~{0,40}(?:इम्पोर्ट|इंपोर्ट|आयात)']],
      withdraw_consent: [[1, '(?:अनुमति|सहमति)~{0,40}(?:वापस|रद्द)']],
      opt_out_sale: [[1, '(?:लक्षित विज्ञापन|टारगेटेड विज्ञापन|विज्ञापन प्रोफ़ाइल)~{0,40}(?:बाहर|हटा)']],
    },
    hiEveryday,
    hiImplicit,
  ),
  hypothetical:
    '(?<!खाता |अकाउंट |डेटा )कैसे (?:डिलीट|हटा|मिटा)|क्या (?:आप|आपकी कंपनी)~{0,30}(?:बेचते|बेचती|शेयर करते|साझा करते)',
  // "हटाइए मत": the imperative refused after its verb.
  trailingNegation: '(?<![\\u0900-\\u097f])मत(?![\\u0900-\\u097f])',
  keepAccount: 'कुछ भी (?:न|मत) (?:हटाएँ|हटाएं|मिटाएँ|मिटाएं)|खाता (?:बंद )?(?:न|मत) करें',
});
