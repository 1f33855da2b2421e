import { describe, expect, it } from 'vitest';
import { compileLexicons } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const scored = (language: string, body: string) =>
  scoreRights(matchableText('', body), [lexicons.basic.get(language)!, lexicons.universal]);
const phrases = (language: string, body: string) => scored(language, body).evidence.map((e) => e.phrase);

// Turkish and Azerbaijani write a dotted capital "İ" and a dotless small "ı": lower-cased by the rules of
// other languages, "İ" becomes "i" and a combining dot (a capital "I" becomes "i", not "ı": the basic lists
// read a dotless "ı" as "i" too, `basic/fold.ts`).
describe('Turkish and Azerbaijani dotted and dotless i', () => {
  it('reads a capital dotted İ as a plain i', () => {
    expect(matchableText('', 'İZNİMİ geri alıyorum')).toBe('iznimi geri alıyorum');
  });

  it('Turkish: a consent word starting with İ is read', () => {
    expect(phrases('tr', 'İznimi geri çekiyorum.')).toContain('iznimi geri çekiyorum');
  });

  it('Turkish: a request in capitals, where İ and I stand for i and ı', () => {
    expect(scored('tr', 'LÜTFEN HESABIMI SİLİN.').chosen).toEqual(['erasure']);
  });

  it('Azerbaijani: a request in capitals', () => {
    expect(scored('az', 'HESABIMI SİLİN.').chosen).toEqual(['erasure']);
  });

  it('Azerbaijani: a consent word starting with İ is read', () => {
    expect(phrases('az', 'İcazəmi geri götürürəm.')).toContain('icazəmi geri götürür');
  });

  it('near miss: a day off (izin) is no consent withdrawn', () => {
    expect(scored('tr', 'İzin günümde mağazanıza uğradım, çok memnun kaldım.').chosen).toEqual([]);
  });
});
