/**
 * Croatian, Bosnian, Montenegrin and Serbian (Latin script) rights vocabulary (GDPR Arts. 7, 15-21; Serbia's
 * ZZPL and Bosnia's and Montenegro's laws give the same rights). eld names all four Croatian or Serbian: the
 * words they spell differently are read together, the ijekavian and the ekavian forms ("izmijenite",
 * "izmenite"), "račun" and "nalog", "osobni" and "lični", "privola" and "saglasnost", "što" and "šta".
 */
import { basicLexicon } from './build.js';
import { hrEveryday } from './everyday-europe.js';
import { mergeExtra } from './merge-extra.js';
import { hrImplicit } from './implicit-south-slavic.js';

export const hr = basicLexicon({
  language: 'hr',
  negation: 'ne',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:dobi|primi|mog|mož|zna)|[^.?!;:\\n]*? (?:i|a|ali) (?:molim|želim|tražim)\\s',
  latin: true,
  data: 'podat\\w*|račun\\w*|nalog\\w*|informacij\\w*',
  consent: 'privol\\w*|dozvol\\w*|suglasnost\\w*|saglasnost\\w*|pristan\\w*',
  names: {
    access: 'pravo na pristup|pristup (?:mojim )?(?:osobnim |ličnim )?podacima',
    rectification: 'pravo na ispravak|ispravak (?:mojih )?(?:osobnih )?podataka',
    erasure: 'pravo na brisanje|pravo na zaborav|brisanje (?:mojih|svih|osobnih|korisničkog)',
    restriction: 'ograničenj\\w* obrade|pravo na ograničenje',
    objection: 'pravo na prigovor|ulažem prigovor',
    portability: 'prenosivost\\w*',
    withdraw_consent:
      '(?:povlačim|povlačenje|opozivam|opoziv)\\w*~{0,20}privol\\w*|privol\\w*~{0,20}povlač\\w*',
    opt_out_sale: 'ne prodajte',
  },
  verbs: {
    access: 'kopij\\w*|pristup\\w*|uvid\\w*',
    rectification: 'isprav\\w*|izmijen\\w*|izmen\\w*|ažurir\\w*',
    erasure: 'obriš\\w*|izbriš\\w*|brisanj\\w*|uklon\\w*',
    restriction: 'ograniči\\w*',
    objection: 'prigovar\\w*|protiv\\w*',
    portability: 'prenes\\w*|prijenos\\w*|prenos\\w*|prenij\\w*',
    withdraw_consent: 'povlač\\w*|povuć\\w*|opoziv\\w*',
    opt_out_sale: 'prodaj\\w*|prodav\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:odakle|gdje) ste (?:dobili|nabavili)~{0,30}(?:moj|moju|moje)'],
        [1, '(?<!sve |svime |svim )(?:što|šta) (?:još )?(?:znate|imate|čuvate) o meni'],
        [1, '(?:pokazati|pokažite|pošaljite mi)~{0,30}(?:sve što|sve šta|(?:što|šta) (?:čuvate|imate))'],
        [0.5, '(?:što|šta) (?:još )?(?:čuvate|imate|pohranjujete) o meni'],
        [
          1,
          '(?:koje|kakve) (?:sve )?(?:moje )?(?:osobne |lične )?podatke~{0,20}(?:o meni|moje|čuvate)|koje moje (?:osobne |lične )?podatke',
        ],
        [1, '(?:što|šta) (?:sve )?znate o meni'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [1, '(?:ime|prezime|adres\\w*|broj telefona|datum rođenja)~{0,50}(?:krivo|pogrešno|netočno|netačno)'],
        [0.5, '(?:moje|moja) (?:ime|prezime|adresa)|(?:ime|prezime) mi je'],
        [
          1,
          '(?:ažurirajte|promijenite|promenite|izmijenite|izmenite|ispravite)~{0,30}(?:adres|e-mail|email|ime|prezime|podatk)',
        ],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:ne želim|ne želimo|nećem)~{0,50}(?:ništa|išta|bilo što|bilo šta)~{0,20}o meni'],
        [
          1,
          '(?:uklonite|maknite|izbrišite|obrišite) me\\b~{0,40}(?:baz|sustav|sistem|evidencij|sve što imate)',
        ],
        [1, 'ne želim (?:više )?(?:da budem|biti) u vašoj bazi'],
        [1, '(?:zatvorite|ugasite|ukinite) (?:mi )?(?:moj )?(?:račun|nalog|profil)'],
        [1, '(?:obrišite|izbrišite) sve'],
        [1, '(?:još (?:uvijek |uvek )?|i dalje )nij\\w* (?:obrisan|izbrisan|uklonjen)\\w*'],
      ],
      restriction: [
        // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
        [1.5, 'ne (?:koristite|obrađujte)~{0,40}(?:ni za što|ništa)~{0,10}osim (?:za )?pohran\\w*'],
        [
          2,
          '(?:ne (?:brišite|izbrišite|obrišite)|nemojte (?:ništa )?(?:brisati|obrisati))~{0,60}(?:ne koristite|nemojte (?:ih )?koristiti|ne obrađujte)',
        ],
        [
          1.5,
          '(?:dok se ne|sve dok)~{0,40}(?:ne koristite|nemojte koristiti|ne obrađujte)|(?:ne koristite|nemojte koristiti|ne obrađujte)~{0,60}(?:dok se ne|sve dok|do rješenja)',
        ],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:ne koristite|ne želim)~{0,50}(?:treniranj|učenj|obuk)\\w*~{0,20}(?:\\bai\\b|umjetne inteligencije|model)',
        ],
        [1, 'ne želim~{0,90}(?:istraživanj|statistik|marketing|reklam|analiz|profilir)'],
        [1, 'prestanite (?:mi )?slati~{0,20}(?:reklam|promotiv|marketinšk|newsletter)', 'absorbable'],
        // Direct marketing refused in everyday words (Art. 21(2)-(3)).
        [
          1,
          '(?:(?:prestanite|molim (?:vas )?da prestanete)(?: da)?(?: mi)? (?:slati|šaljete)|ne šalj(?:ite|ete)|ne želim (?:više )?(?:primati|dobivati|da mi šaljete))~{0,40}(?:reklam|promotiv|marketinšk|newsletter|ponud)',
          'absorbable',
        ],
        [1, '(?:odjavite|maknite|uklonite|izbrišite) me s~{0,30}(?:popis|list|newsletter)', 'absorbable'],
        [1, 'prigovor\\w* na obradu|podnosim prigovor'],
      ],
      portability: [[1, '(?:datotec\\w*|datoteku|format\\w*)~{0,30}(?:uvesti|uvezem|uvoz\\w*|importirati)']],
      withdraw_consent: [
        [1, '(?:poništavam|ukidam|povlačim)~{0,30}(?:dopuštenj|odobrenj|privol|suglasnost)'],
      ],
      opt_out_sale: [
        [1, '(?:isključite|izuzmite|maknite) me~{0,40}(?:ciljan\\w* oglašavanj|reklam|profilir)'],
      ],
    },
    hrEveryday,
    hrImplicit,
  ),
  keepAccount:
    'ne (?:brišite|izbrišite|obrišite) (?:ništa|(?:moj )?(?:račun|nalog))|nemojte (?:ništa )?(?:brisati|obrisati)|zadržite (?:moj )?(?:račun|nalog)|(?:račun|nalog) (?:mi )?(?:nemojte|ne) (?:brisati|brišite|zatvarati|zatvarajte)',
  // A question about the company's practice ("prodajete li podatke korisnika?") or its retention policy.
  hypothetical:
    'kako (?:mogu )?(?:obrisati|izbrisati|ukloniti|obrišem|izbrišem)(?! (?:svoj|moj|sve))|(?:prodajete|dijelite|prosljeđujete|dajete) li|koliko (?:dugo|vremena) (?:čuvate|pohranjujete)',
});
