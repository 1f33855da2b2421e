/**
 * Implicit asks in Bulgarian, Croatian and Slovenian (eleventh round): the right implied by the situation
 * and never named. Freeze the account while a complaint is checked, "I no longer agree", stop using my data
 * for analytics, a wrong field and its right value, "I'm moving, send my data in a file", "what do you know
 * about me", "don't share my data with third parties". Each needs the writer's own data, account or field.
 */
import type { Extra } from './merge-extra.js';

export const bgImplicit: Extra = {
  access: [[1, '(?<!(?:всичко|това),?\\s)какво (?:всичко )?(?:знаете|имате|пазите|държите) за мен']],
  rectification: [
    [
      1,
      '(?:имейл\\S*|имейл адрес\\S*|адрес\\S*|телефон\\S*|фамилия\\S*|име(?:то)?) ми (?:е|са) (?:грешен|грешн|неправилн|сгрешен)\\S*',
    ],
    [1, '(?:грешен|грешн|неправилн)\\S* (?:е )?(?:ми )?(?:имейл|адрес|телефон|фамилия|име)~{0,60}правилн'],
  ],
  restriction: [
    [1, 'замразете~{0,30}(?:профил|акаунт|сметк|данни)'],
    [1, '(?:спрете|преустановете) временно~{0,30}(?:обработ|използ)'],
  ],
  objection: [
    [1, 'против съм (?:да|срещу)~{0,40}(?:данни|реклам|маркетинг|профил)'],
    [
      1,
      '(?:спрете|престанете|прекратете) да (?:използвате|обработвате)~{0,40}(?:анализ|профилир|статистик|реклам|маркетинг|проучван)',
    ],
  ],
  portability: [
    [1, '(?:преминавам|минавам|местя се) (?:към|при|в) (?:друг|друга|друго)~{0,80}(?:данни|файл)'],
    [1, '(?:изпратете|пратете) ми~{0,30}данни\\S*~{0,30}(?:файл|csv|json|формат)'],
  ],
  withdraw_consent: [
    [1, '(?:вече|повече) не (?:съм съгласн?\\S*|давам съгласие\\S*)'],
    [1, 'не съм (?:вече )?съгласн?\\S* (?:с обработ|да обработ|да използ)'],
  ],
  opt_out_sale: [[1, 'не (?:споделяйте|предоставяйте|давайте|препродавайте)~{0,30}данни\\S*']],
};

export const hrImplicit: Extra = {
  access: [
    [1, '(?<!(?:sve|svega|svime|svim|ono|to),?\\s)(?:što|šta) (?:sve )?(?:znate|imate|čuvate|držite) o meni'],
  ],
  rectification: [
    [
      1,
      'moj\\w* (?:e-?mail\\w*|adres\\w*|prezime\\w*|ime\\b|broj telefona|telefon\\w*)~{0,20}(?:krivo|pogrešn|netočn)\\w*',
    ],
    [
      1,
      '(?:e-?mail\\w*|adres\\w*|prezime\\w*|ime\\b|broj telefona) (?:mi je|mi su|imate) (?:krivo|pogrešn|netočn)\\w*',
    ],
    [1, '(?:točn|ispravn)\\w* (?:e-?mail|adresa|ime|prezime|broj) (?:je|glasi)'],
  ],
  restriction: [
    [1, 'zamrzn\\w*~{0,30}(?:račun|profil|podat|nalog)'],
    [1, '(?:privremeno )?(?:blokirajte|suspendirajte|obustavite)~{0,20}(?:račun|obrad|korištenj)'],
    [
      1.5,
      'dok (?:se )?ne (?:riješi|razriješi|završi|provjeri)~{0,80}(?:nemojte|ne) (?:ništa )?(?:raditi|koristiti|obrađivati|dirati)',
    ],
  ],
  objection: [
    [
      1,
      '(?:prestanite|nemojte (?:više )?|ne) (?:koristiti|obrađivati|koristite|obrađujte)~{0,40}(?:analitik|analiz|profilir|statistik|oglaš|marketing)',
    ],
  ],
  portability: [
    [1, 'prelazim (?:k |kod |na |u )?(?:drug|nov)\\w*~{0,80}(?:podat|datotek)'],
    [1, 'pošaljite mi~{0,30}podatke~{0,30}(?:datotek|csv|json|format)'],
  ],
  withdraw_consent: [
    [1, '(?:više )?(?:se )?ne slažem~{0,20}(?:s |sa )?(?:obrad|korišt|podat)'],
    [1, 'više ne (?:dajem|pristajem)~{0,30}(?:privol|suglasnost|obrad|korišt)'],
  ],
  opt_out_sale: [[1, '(?:nemojte|ne) (?:dijel|davat|dajte|prosljeđ|ustupa)\\w*~{0,30}(?:podat|informacij)']],
};

export const slImplicit: Extra = {
  access: [[1, '(?<!(?:vse|tisto|to),?\\s)kaj (?:vse )?(?:veste|imate|hranite) o meni']],
  rectification: [
    [
      1,
      '(?:imam|moj\\w*|mi je)~{0,30}(?:napačen|napačno|napačni|napačna|narobe) (?:napisan\\w* |zapisan\\w* )?(?:e-?mail|naslov|priimek|ime\\b|telefon|rojstni)',
    ],
    [1, '(?:e-?mail|naslov|priimek|ime|telefonska številka)\\w* mi je (?:napačn|narobe)\\w*'],
  ],
  restriction: [
    [1, 'zamrzn\\w*~{0,30}(?:račun|profil|podat)'],
    [1.5, 'dokler (?:se )?ne (?:reši|rešite|razreši|preveri)~{0,80}(?:ne|nikar) (?:uporabljajte|obdelujte)'],
  ],
  objection: [
    [
      1,
      '(?:nehajte|prenehajte) (?:uporabljati|obdelovati)~{0,40}(?:analitik|analiz|profilir|statistik|oglaš|trženj|marketing)',
    ],
  ],
  portability: [
    [1, '(?:prehajam|selim se) (?:k |na )?(?:drug|nov)\\w*~{0,80}(?:podatk|datotek)'],
    [1, 'pošljite mi~{0,30}podatke~{0,30}(?:datotek|csv|json|format)'],
  ],
  withdraw_consent: [[1, 'ne strinjam se več~{0,30}(?:z |s )?(?:obdelav|uporab|podatk)']],
  opt_out_sale: [[1, '(?:ne|nikar) (?:delite|posredujte|dajajte)~{0,30}(?:podatk|informacij)']],
};
