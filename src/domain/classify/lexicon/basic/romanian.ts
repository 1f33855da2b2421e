/** Romanian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { mergeExtra } from './merge-extra.js';
import { roImplicit } from './implicit-greek-romanian-mt-ga.js';

export const ro = basicLexicon({
  language: 'ro',
  negation: 'nu',
  negationExceptions:
    '\\s*(?:\\S+ ){0,2}?(?:primit|reușit|știu|găsesc)|[^.?!;:\\n]*? (?:și|dar|iar) (?:vă rog|aș dori|doresc|vreau)\\s',
  latin: true,
  data: 'date\\w*|datel\\w*|cont\\w*|informați\\w*|informaţi\\w*',
  consent: 'consim[țţ]\\w*|permisiun\\w*|op[țţ]iun\\w*',
  names: {
    access: 'dreptul de acces|acces la datele',
    rectification: 'rectificar\\w*',
    erasure: '[șş]terger\\w*|dreptul de a fi uitat',
    restriction: 'restricționar\\w*|restricţionar\\w*|restricți\\w* (?:a )?prelucr\\w*',
    objection: 'dreptul la opozi\\w*|mă opun',
    portability: 'portabilit\\w*',
    withdraw_consent: 'retrag\\w*~{0,20}consim[țţ]\\w*|retragerea consim[țţ]\\w*',
    opt_out_sale: 'nu vinde\\w*|nu vânde\\w*',
  },
  verbs: {
    access: 'copi\\w*|acces\\w*',
    rectification: 'corect\\w*|actualiz\\w*|modific\\w*',
    erasure: '[șş]terg(?!\\w* (?:cardul|card|proiectul|fișierul|factura))\\w*|elimin\\w*|închide\\w*',
    restriction: 'restric\\w*|limit\\w*',
    objection: 'opun|opozi\\w*',
    portability: 'transfer\\w*|transmit\\w*',
    withdraw_consent: 'retrag\\w*|revoc\\w*',
    opt_out_sale: 'vânz\\w*|vinde\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, '(?:arăt\\w*|trimite[țţ]i-mi)~{0,30}(?:tot|toate|ce)'],
        [0.5, 'ce (?:mai )?(?:păstra[țţ]i|de[țţ]ine[țţ]i|ave[țţ]i|stoca[țţ]i)~{0,10}despre mine'],
        [1, 'ce (?:date|informa[țţ]ii)\\w*(?: personale)?~{0,30}(?:despre mine|ale mele)'],
        [1, 'ce [șş]ti[țţ]i despre mine'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [
          1,
          '(?:(?:numele|prenumele)(?! (?:firmei|companiei|societății))|adresa|numărul de telefon|data nașterii)~{0,50}(?:greșit|incorect|eronat)',
        ],
        [
          1,
          '(?:actualiza[țţ]i|modifica[țţ]i|corecta[țţ]i|schimba[țţ]i)~{0,30}(?:adres|e-mail|email|nume|date)',
        ],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:nu vreau|nu doresc)~{0,50}(?:nimic|orice|ceva)~{0,20}despre mine'],
        [1, '(?:scoateți|ștergeți|eliminați)-mă~{0,40}(?:baz|sistem|eviden)'],
        [1, '(?:închide[țţ]i|[șş]terge[țţ]i)(?:-mi)? contul'],
        [1, '[șş]terge[țţ]i tot'],
        // The data named, then deleted by a pronoun: "ce date dețineți despre mine și apoi să le ștergeți".
        [
          1,
          '(?:date|datele|informa[țţ]ii|informa[țţ]iile)~{0,60}să (?:le|o) (?:[șş]terge[țţ]i|elimina[țţ]i)',
        ],
      ],
      restriction: [
        [2, 'nu (?:[șş]terge[țţ]i|stergeti)~{0,60}nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)'],
        [
          1.5,
          '(?:până (?:nu )?se|până la)~{0,40}nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)|nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)~{0,60}până',
        ],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [1, '(?:nu folosiți|nu vreau)~{0,50}(?:antrenar|instruir)\\w*~{0,20}(?:\\bai\\b|inteligen|model)'],
        [
          1,
          'nu (?:mai )?(?:vreau|doresc)~{0,90}(?:cercetăr|statistic|marketing|reclam|publicit|analiz|profil)',
        ],
        // Direct marketing refused in everyday words (Art. 21(2)-(3)).
        [
          1,
          '(?:nu(?:-mi)? mai trimite[țţ]i|înceta[țţ]i să(?:-mi)? (?:mai )?trimite[țţ]i|opri[țţ]i)~{0,40}(?:publicit|promo[țţ]ional|marketing|newsletter|reclam|ofert)',
          'absorbable',
        ],
        [
          1,
          'dezabona[țţ]i-mă|(?:scoate[țţ]i|elimina[țţ]i)-mă (?:de pe|din)~{0,20}(?:list|newsletter)',
          'absorbable',
        ],
        [
          1,
          '(?:nu-mi mai trimite[țţ]i|opri[țţ]i)~{0,20}(?:publicitar|promo[țţ]ional|marketing|newsletter)',
          'absorbable',
        ],
      ],
      portability: [
        [1, '(?:fi[șş]ier|format)\\w*~{0,30}(?:import|încărca)'],
        [1, 'format (?:structurat|electronic structurat|care poate fi citit automat)'],
      ],
      withdraw_consent: [[1, '(?:retrag|revoc|anulez)~{0,30}(?:permisiun|acord|consim)']],
      opt_out_sale: [
        [1, '(?:exclude[țţ]i|scoate[țţ]i)-mă~{0,40}(?:publicitate|reclam|profil)'],
        [1, 'să mă (?:exclude[țţ]i|scoate[țţ]i)~{0,40}(?:publicitate|reclam|profil)'],
      ],
    },
    roImplicit,
  ),
  keepAccount:
    'nu (?:[șş]terge[țţ]i|stergeti) nimic|nu (?:închide[țţ]i|[șş]terge[țţ]i) contul|păstra[țţ]i(?:-mi)? contul',
  // A question about the company's practice ("vinde[țţ]i datele utilizatorilor?") or its retention policy.
  hypothetical:
    'cum (?:pot )?(?:să )?(?:șterg|elimin)(?! (?:contul|datele|toate))|(?<!nu |nu-mi |nu-i |să nu )(?:vinde[țţ]i|vânde[țţ]i|partaja[țţ]i) (?:datele|informa[țţ]ii)|c[âa]t timp (?:păstra[țţ]i|stoca[țţ]i)',
});
