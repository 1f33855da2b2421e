/**
 * Hindi rights vocabulary (GDPR; India's DPDP Act ss. 11-13). Chinese, Japanese and Korean have files of
 * their own (`chinese.ts`, `japanese.ts`, `korean.ts`).
 */
import { basicLexicon } from './build.js';

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
    rectification: 'सुधार|ठीक कर|अपडेट',
    erasure: 'हटा|मिटा|डिलीट',
    restriction: 'सीमित|रोक',
    objection: 'आपत्ति|विरोध',
    portability: 'स्थानांतर|ट्रांसफर',
    withdraw_consent: 'वापस ले',
    opt_out_sale: 'बेच|बिक्री',
  },
});
