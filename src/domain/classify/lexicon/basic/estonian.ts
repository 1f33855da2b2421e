/** Estonian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { mergeExtra } from './merge-extra.js';
import { etImplicit } from './implicit-finnic-hungarian.js';

export const et = basicLexicon({
  language: 'et',
  // "Ärge kustutage neid", "ei soovi kustutada": a refusal. Not "ära", which is also the particle of "kustutage
  // ära" (delete it off): the singular "ära kustuta" is read by `keepAccount`. A chaser ("ei ole ikka veel
  // kustutatud") or an inability ("ei saa kustutada") is no refusal.
  negation: 'ärge|ei',
  negationExceptions: '\\s*(?:\\S+ ){0,3}?(?:ole|pole|saa|saanud|oska|leia|tea)\\b',
  latin: true,
  foldMarks: false,
  data: 'andme\\w*|kont\\w*|teave\\w*|teabe\\w*',
  consent: 'nõusolek\\w*|nõusoleku\\w*|luba|loa\\w*',
  names: {
    access: 'juurdepääsuõigus\\w*|õigus tutvuda|juurdepääs\\w* (?:minu )?(?:isiku)?andmetele',
    rectification: 'andmete parandami\\w*|õigus parandamisele',
    erasure: 'õigus olla unustatud|andmete kustutami\\w*|kustutamisõigus\\w*',
    restriction: 'töötlemise piirami\\w*',
    objection: 'vastuväi\\w*|esitan vastuväite',
    portability: 'ülekantavus\\w*',
    withdraw_consent: 'nõusolek\\w*~{0,20}tagasi|võtan\\w*~{0,20}nõusolek\\w*',
    opt_out_sale: 'ärge müüge',
  },
  verbs: {
    access: 'koopia\\w*|juurdepääs\\w*|tutvu\\w*',
    rectification: 'paranda\\w*|uuenda\\w*|muutke',
    erasure: 'kustuta\\w*|eemalda\\w*|sulge\\w*',
    restriction: 'piira\\w*',
    objection: 'vaidlusta\\w*|olen vastu',
    portability: 'edasta\\w*|ülekand\\w*|üle kanda',
    withdraw_consent: 'tagasi võtt\\w*|tühista\\w*|võtan\\w*~{0,25}tagasi',
    opt_out_sale: 'müü\\w*|müügi\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [
          1,
          'kust (?:te )?(?:minu|mu)~{0,40}(?:saite|saanud)|kust (?:te )?(?:saite|olete saanud)~{0,30}(?:minu|mu)',
        ],
        [1, '(?<!kõik, |kõik )mida (?:te )?(?:minust|minu kohta) (?:veel )?(?:teate|hoiate)'],
        [1, '(?:näidake|saatke mulle|andke teada)~{0,30}(?:kõik|mida|mis)'],
        // Not after "kustutage kõik,": "delete everything you keep about me" is erasure alone.
        [1, '(?<!kõik, )mida (?:te )?(?:veel )?(?:minu kohta|minust)~{0,20}(?:hoiate|säilitate|talletate)'],
        [0.5, 'mida (?:te )?(?:veel )?(?:hoiate|säilitate|talletate)~{0,20}(?:minu kohta|minust)'],
        [
          1,
          '(?:milliseid|mis) (?:minu|mu) (?:isiku)?andme\\w*|(?:milliseid|mis) (?:isiku)?andme\\w* (?:te )?minu kohta',
        ],
        [1, 'saatke mulle~{0,20}koopia\\w*'],
      ],
      rectification: [
        [1, '(?:uuendage|muutke|parandage|vahetage)~{0,30}(?:aadress|e-post|meiliaadress|nim|telefon|andme)'],
        [1, '(?:mu|minu) (?:uus|õige) (?:aadress|e-posti aadress|meiliaadress|nimi)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:ei soovi|ei taha)~{0,50}midagi~{0,30}(?:minu kohta|minust)'],
        [1, '(?:eemaldage|kustutage) mind\\b~{0,40}(?:andmebaas|süsteem|registri)'],
        [1, '(?:sulgege|kustutage) (?:minu |mu )?konto'],
        // "Saatke mulle koopia ja seejärel kustutage need": the data named by a pronoun.
        [1, 'kustutage (?:kõik|ära kõik|need|nad|ära need)'],
        [1, '(?:ikka|endiselt|siiani|veel) (?:ei ole|pole) (?:\\w+ )?kustutatud'],
      ],
      restriction: [
        [
          2,
          '(?:ärge|ära)(?: \\S+){0,3} kustuta\\w*~{0,80}(?:ärge|ära|ei tohi)(?: \\S+){0,3} (?:kasuta|töötle)\\w*',
        ],
        [1.5, 'ärge (?:neid )?(?:kasutage|töödelge)~{0,60}(?:kuni|enne kui)'],
      ],
      objection: [
        [1, '(?:ei soovi|ei taha)~{0,90}(?:uuring|statistik|turundu|reklaam|analüüs|analüüti|profiil)'],
        [1, 'lõpetage (?:reklaam|turundus)\\w*', 'absorbable'],
        [
          1,
          '(?:ärge (?:palun )?(?:mulle )?(?:enam )?saatke|lõpetage|ei soovi (?:enam )?saada)~{0,40}(?:reklaam|turundus|uudiskir|pakkumis)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:fail|formaadi?)\\w*~{0,40}(?:importi|sisse lugeda|üles laadida)']],
      withdraw_consent: [
        [1, '(?:tühistan|võtan tagasi|ei luba enam)~{0,30}(?:loa|luba|nõusolek|kasutamis)'],
        [1, 'võtan~{0,20}(?:loa|luba|nõusolek)\\w*~{0,10}tagasi'],
      ],
      opt_out_sale: [
        [1, '(?:jätke|arvake) mind~{0,40}(?:sihitud|suunatud|reklaam|profiili)'],
        [1, '(?:sihitud|suunatud) reklaam\\w*~{0,40}(?:välja|loobu)'],
      ],
    },
    etImplicit,
  ),
  keepAccount:
    'ärge (?:kustutage (?:mu |minu )?(?:midagi|kontot)|midagi kustutage)|ära (?:kustuta|sulge) (?:mu |minu )?(?:kontot|midagi)|ärge sulgege (?:minu )?kontot|jätke konto alles|kontot (?:ma )?(?:sulgeda|kustutada) ei (?:taha|soovi)|ei (?:taha|soovi) (?:kontot )?(?:sulgeda|kustutada)',
  // A question about the practice ("kas müüte kasutajate andmeid?") or the retention policy.
  hypothetical: 'kas (?:te )?(?:müüte|jagate|edastate)|kui kaua (?:te )?(?:säilitate|hoiate)',
});
