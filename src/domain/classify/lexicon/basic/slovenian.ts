/** Slovenian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { mergeExtra } from './merge-extra.js';
import { slImplicit } from './implicit-south-slavic.js';

export const sl = basicLexicon({
  language: 'sl',
  negation: 'ne',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:dobi|prejel|mor|zna)|[^.?!;:\\n]*? (?:in|a|ampak) (?:prosim|želim|zahtevam)\\s',
  latin: true,
  // "Račun" is both the account and the invoice: only the writer's own or the user account counts.
  data: 'podatk\\w*|podatek|(?:moj|uporabnišk)\\w* račun\\w*|profil\\w*|informacij\\w*',
  consent: 'privolit\\w*|soglas\\w*|dovoljenj\\w*',
  names: {
    access: 'pravic\\w* do dostopa|dostop do (?:mojih )?(?:osebnih )?podatkov',
    rectification: 'pravic\\w* do popravka|popravek',
    erasure: 'pravic\\w* do izbrisa|pravic\\w* do pozabe|izbris\\w*',
    restriction: 'omejit\\w* obdelave',
    // Croatian and Serbian "ugovor" is a contract, and the two are read together: the objection is lodged.
    objection:
      'pravic\\w* do ugovora|(?:vlagam|podajam|izražam|vložil\\w*) ugovor\\w*|ugovor\\w* (?:zoper|proti)',
    portability: 'prenosljivost\\w*',
    withdraw_consent: 'preklic\\w*~{0,20}privolit\\w*|privolit\\w*~{0,20}preklic\\w*',
    opt_out_sale: 'ne prodajajte',
  },
  verbs: {
    access: 'kopij\\w*|dostop\\w*|vpogled\\w*',
    rectification: 'poprav\\w*|posodob\\w*|spremen\\w*',
    erasure: 'izbriš\\w*|izbris\\w*|odstran\\w*',
    restriction: 'omej\\w*',
    objection: 'ugovarj\\w*|nasprotuj\\w*',
    portability: 'prenes\\w*|prenos\\w*',
    withdraw_consent: 'preklic\\w*|prekli\\w*',
    opt_out_sale: 'prodaj\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:od kod|kje) (?:imate|ste dobili)~{0,30}(?:moj|mojo|moje)'],
        [1, 'kaj (?:še )?(?:veste|imate|hranite) o meni'],
        [1, '(?:pokažite|pošljite mi|povejte mi)~{0,30}(?:vse|kaj)'],
        [1, 'kaj (?:vse )?(?:še )?(?:hranite|imate|shranjujete|vodite) o meni'],
        [
          1,
          '(?:katere|kakšne) (?:moje )?(?:osebne )?podatke (?:o meni|hranite o meni)|katere moje (?:osebne )?podatke',
        ],
        [1, 'kaj (?:vse )?veste o meni'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [
          1,
          '(?:ime|priimek|naslov|telefonsk\\w* števil\\w*|datum rojstva)~{0,50}(?:napačno|narobe|nepravilno)',
        ],
        [
          1,
          '(?:posodobite|spremenite|popravite|zamenjajte)~{0,30}(?:naslov|e-pošt|e-naslov|ime|priimek|telefon|podatk)',
        ],
        [1, '(?:nov|moj nov)\\w* (?:naslov|e-naslov|e-poštni naslov|elektronski naslov)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:nočem|ne želim|ne bi želel\\w*)~{0,50}(?:karkoli|kar koli|ničesar|nič)~{0,20}o meni'],
        [1, '(?:odstranite|izbrišite|umaknite) me\\b~{0,40}(?:baz|sistem|evidenc|vse, kar imate)'],
        [1, '(?:zaprite|ukinite|izbrišite|odstranite) (?:mi )?(?:moj )?(?:račun|profil)'],
        [1, 'izbrišite vse'],
        [1, '(?:še vedno|še zmeraj|še) (?:ni|niso) (?:izbrisan|odstranjen)\\w*'],
      ],
      restriction: [
        // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
        [1.5, 'ne (?:uporabljajte|obdelujte)~{0,40}(?:za nič|ničesar)~{0,10}razen (?:za )?hramb\\w*'],
        [2, 'ne (?:brišite|izbrišite)~{0,60}ne (?:jih )?(?:uporabljajte|obdelujte)'],
        [1.5, 'ne (?:jih )?(?:uporabljajte|obdelujte)~{0,60}(?:dokler|do rešitve|do konca)'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:ne uporabljajte|nočem|ne želim)~{0,50}(?:učenj|treniranj)\\w*~{0,20}(?:\\bai\\b|umetne inteligence|model)',
        ],
        [1, 'ne želim~{0,90}(?:raziskav|statistik|trženj|marketing|oglaš|analiz|analitik|profilir)'],
        [1, 'nehajte (?:mi )?pošiljati~{0,20}(?:oglas|promocij|trženj|novic)', 'absorbable'],
        [
          1,
          '(?:nehajte|prenehajte|ne pošiljajte|ne želim (?:več )?(?:prejemati|dobivati))~{0,40}(?:oglas|reklam|promocij|trženj|marketin|novičnik|e-novic|ponudb)',
          'absorbable',
        ],
        [1, '(?:odjavite|izbrišite|odstranite) me s~{0,30}(?:sezna|list|novičnik|prejemnik)', 'absorbable'],
      ],
      portability: [[1, '(?:datotek|format)\\w*~{0,40}(?:uvoz|uvozi|naložiti|naložim)']],
      withdraw_consent: [
        [1, '(?:preklicujem|prekličem|umikam|ne dovoljujem več)~{0,30}(?:dovoljenj|privolit|soglasj)'],
        [1, '(?:dovoljenj|privolit|soglasj)\\w*~{0,30}(?:preklicujem|prekličem|umikam)'],
        [
          1,
          '(?:ne dovolim več|ne strinjam se več|premislil\\w* sem)~{0,60}(?:dovoljenj|soglasj|privolit|uporab)',
        ],
      ],
      opt_out_sale: [[1, '(?:izključite|izvzemite|odstranite) me~{0,40}(?:ciljan|oglaš|profilir)']],
    },
    slImplicit,
  ),
  keepAccount:
    'ne (?:brišite|izbrišite) (?:ničesar|(?:mojega )?računa)|ne zapirajte (?:mojega )?računa|obdržite (?:moj )?račun|računa ne želim (?:zapreti|izbrisati)',
  hypothetical:
    'kako (?:lahko )?(?:izbrišem|zbrišem|odstranim|izvozim)(?! (?:svoj|moj|vse))|(?:ali|a) (?:\\w+ )?(?:prodajate|posredujete|delite)|koliko časa (?:hranite|shranjujete)|ali imate (?:pripravljen|na voljo)\\w*~{0,30}pogodb',
});
