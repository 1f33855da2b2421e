/**
 * Implicit asks in Estonian, Finnish and Hungarian (eleventh round): freeze my account while a complaint is
 * open, "I no longer agree", stop using my data for analytics, a wrong field and its right value, "I'm
 * moving, send my data in a file", "don't share my data". Estonian and Finnish lists are not folded, so the
 * letters typed without dots are spelt out ("[äa]").
 */
import type { Extra } from './merge-extra.js';

export const etImplicit: Extra = {
  access: [
    [
      1,
      '(?<!(?:kõik|kõike|seda|koik|koike),?\\s)mida (?:te )?(?:minust|minu kohta) (?:teate|hoiate|säilitate|sailitate)',
    ],
  ],
  rectification: [
    [
      1,
      'minu (?:e-posti aadress|e-post|aadress|perekonnanimi|nimi|telefoninumber)~{0,20}on (?:vale|vigane|valesti)',
    ],
  ],
  restriction: [
    [1, 'k[üu]lmuta\\w*~{0,30}(?:konto|andme|profiil)'],
    [1.5, 'kuni~{0,60}(?:[äa]rge|ei tohi) (?:kasutage|t[öo][öo]delge|kasuta)'],
  ],
  objection: [[1, 'l[õo]petage~{0,30}andme\\w*~{0,30}(?:anal[üu]\\w*|profileeri|statisti|reklaam|turundus)']],
  portability: [
    [1, '(?:kolin|l[äa]hen [üu]le) (?:teise|uue)~{0,100}(?:andme|fail)'],
    [1, 'saatke mulle~{0,30}andme\\w*~{0,30}(?:fail|csv|json|vorming)'],
  ],
  withdraw_consent: [[1, '(?:ma )?ei n[õo]ustu enam~{0,40}(?:andme|t[öo][öo]tlem|kasutam)']],
  opt_out_sale: [[1, '[äa]rge (?:jagage|andke|m[üu][üu]ge|edastage)~{0,30}(?:andme|teab)']],
};

export const fiImplicit: Extra = {
  access: [
    [
      1,
      '(?<!(?:kaikki|sen|kaiken),?\\s)(?:mitä|mita) (?:kaikkea )?(?:tiedätte|tiedatte|säilytätte|sailytatte) minusta',
    ],
  ],
  rectification: [
    [
      1,
      '(?:sähköpostiosoitteeni|sahkopostiosoitteeni|osoitteeni|sukunimeni|nimeni|puhelinnumeroni)~{0,20}(?:on )?(?:väärin|vaarin|virheellinen)',
    ],
  ],
  restriction: [
    [1, 'j[äa][äa]dytt[äa]k[äa][äa]~{0,30}(?:tili|tied|profiil)'],
    [1.5, 'kunnes~{0,60}(?:[äa]lk[äa][äa]) (?:k[äa]ytt[äa]k[öo]|k[äa]sitelk[öo])'],
  ],
  objection: [
    [1, 'lopettakaa~{0,30}tieto\\w*~{0,40}(?:analytiik|analyys|profilo|tilasto|mainon|markkinoin)'],
  ],
  portability: [
    [1, '(?:vaihdan|siirryn) (?:toiseen|uuteen|toisen)~{0,100}(?:tied|tiedosto)'],
    [1, 'l[äa]hett[äa]k[äa][äa]~{0,20}tieto\\w*~{0,30}(?:tiedosto|csv|json|muodos)'],
  ],
  withdraw_consent: [[1, '(?:en|emme) (?:enää|enaa) (?:hyväksy|hyvaksy|suostu|anna suostumusta)']],
  opt_out_sale: [[1, '[äa]lk[äa][äa] (?:jakako|luovuttako|myykö|myyko)~{0,30}tieto']],
};

export const huImplicit: Extra = {
  access: [[1, 'mit (?:tudnak|tudtok|tárolnak|tárolnak még) rólam']],
  rectification: [
    [1, '(?:rossz|hibás|téves) (?:az |a )?(?:e-mail címem|címem|nevem|vezetéknevem|telefonszámom)'],
  ],
  restriction: [
    [1, 'fagyassz\\w* be~{0,30}(?:fiók|adat|profil)'],
    [1, '(?:függesszék|függesszétek) fel~{0,30}(?:fiók|adat|kezelés)'],
    [1.5, 'amíg~{0,60}ne (?:használják|kezeljék|használjátok)'],
  ],
  objection: [
    [
      1,
      'ne (?:használják|kezeljék|használjátok)(?: többé| tovább)?~{0,30}adat\\w*~{0,30}(?:elemzés|profiloz|statisztik|reklám|marketing)',
    ],
  ],
  portability: [
    [1, '(?:másik|új) szolgáltatóhoz (?:megyek|váltok|költözöm)~{0,80}adat'],
    [1, 'küldjék el~{0,20}adat\\w*~{0,30}(?:fájl|csv|json|formátum)'],
  ],
  withdraw_consent: [
    [1, '(?:már )?nem járulok (?:többé )?hozzá'],
    [1, 'visszavonom~{0,20}(?:engedély|beleegyez)'],
  ],
  opt_out_sale: [[1, 'ne (?:osszák meg|adják ki|továbbítsák)~{0,30}adat']],
};
