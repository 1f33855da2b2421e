// What a UK letter says about complaints, written out independently of the code's tables: from 19 June
// 2026 (Data (Use and Access) Act 2025 s. 103 and Sch. 10, SI 2026/82 reg. 3) the complaint to the
// organisation (DPA 2018 s. 164A: acknowledged within 30 days), then the Commissioner (s. 165), never
// UK GDPR Art. 77; before it, "UK GDPR Arts. 12(4), 77, 79" (or 15(1)(f), 77, 79 in an access answer).
import {
  articlesIn,
  type Case,
  complaintsReformed,
  expectNoText,
  expectText,
  periodIn,
} from './letter-matrix.js';

/** A UK refusal or access answer: the remedies of the day it was composed, in that order. */
export function ukComplaintViolations(c: Case, text: string, occasion: 'refusal' | 'access'): string[] {
  const broken: string[] = [];
  const ico = 'https://ico.org.uk/make-a-complaint/';
  expectText(broken, text, ico);
  const before = occasion === 'refusal' ? 'UK GDPR Arts. 12(4), 77, 79' : 'UK GDPR Arts. 15(1)(f), 77, 79';
  if (!complaintsReformed(c)) {
    expectText(broken, text, articlesIn(c, before));
    expectNoText(broken, text, '164A', 'DPA 2018');
    return broken;
  }
  // French writes the sections of the UK's Act as articles ("DPA 2018, art. 164A").
  const section = c.language === 'fr' ? 'DPA 2018, art. ' : 'DPA 2018 s. ';
  expectText(broken, text, `${section}164A`, `${section}165`, periodIn(c, { unit: 'days', amount: 30 }));
  // The organisation's privacy address is in every letter's footer: the complaint sentence names it too.
  const toUs = text.indexOf(`${section}164A`);
  if (toUs >= 0 && !text.slice(0, toUs).includes(c.org.fromAddress))
    broken.push('names no address for the complaint to the organisation');
  if (toUs >= 0 && text.indexOf(ico) < toUs) broken.push('names the Commissioner before the organisation');
  return broken;
}
