import { describe, expect, it } from 'vitest';
import { classifyAlone, expectFound } from './lexicon-alone.test-support.js';
import { burmeseAsUnicode, isZawgyi } from './zawgyi.js';

// Burmese sentences of our own, each typed in Unicode and in the Zawgyi encoding (visual order, "္" for the
// asat, medials on other code points): the same words to a reader, other code points to a pattern.
const PAIRS: readonly (readonly [string, string])[] = [
  ['ကျေးဇူးပြု၍ ကျွန်ုပ်၏ အကောင့်နှင့် ကိုယ်ရေးအချက်အလက်များကို ဖျက်ပေးပါ။', 'ေက်းဇူးျပဳ၍ ကြၽန္ုပ္၏ အေကာင့္ႏွင့္ ကိုယ္ေရးအခ်က္အလက္မ်ားကို ဖ်က္ေပးပါ။'],
  ['ကျေးဇူးပြု၍ ကြော်ငြာများ မပို့ပါနှင့်။', 'ေက်းဇူးျပဳ၍ ေၾကာ္ျငာမ်ား မပို႔ပါႏွင့္။'],
  ['ကျွန်ုပ်၏ ကိုယ်ရေးအချက်အလက် မိတ္တူ ပို့ပေးပါ။', 'ကြၽန္ုပ္၏ ကိုယ္ေရးအခ်က္အလက္ မိတၱဴ ပို႔ေပးပါ။'],
  ['ငွေတောင်းခံလွှာ ထပ်ပို့ပေးပါ။', 'ေငြေတာင္းခံလႊာ ထပ္ပို႔ေပးပါ။'],
];

describe('Burmese typed in the Zawgyi encoding', () => {
  it.each(PAIRS)('tells Unicode "%s" from Zawgyi "%s"', (unicode, zawgyi) => {
    expect(isZawgyi(unicode)).toBe(false);
    expect(isZawgyi(zawgyi)).toBe(true);
  });

  it.each(PAIRS)('reads Zawgyi as the Unicode it stands for: "%s"', (unicode, zawgyi) => {
    expect(burmeseAsUnicode(zawgyi)).toBe(unicode);
    expect(burmeseAsUnicode(unicode)).toBe(unicode);
  });

  it.each([
    ['erasure', PAIRS[0]![1]],
    ['objection', PAIRS[1]![1]],
    ['access', PAIRS[2]![1]],
  ])('finds %s in Zawgyi mail: "%s"', expectFound);

  it('reads no erasure where Zawgyi mail asks to keep the account', () =>
    expect(classifyAlone('ေက်းဇူးျပဳ၍ ကြၽန္ုပ္၏ အေကာင့္ကို မဖ်က္ပါႏွင့္။ စကားဝွက္ကိုသာ ျပန္သတ္မွတ္ေပးပါ။').types).not.toContain(
      'erasure',
    ));

  it('reads no request in a Zawgyi note asking for an invoice again', () =>
    expect(classifyAlone(PAIRS[3]![1]).types).toEqual(['not_a_request']));
});
