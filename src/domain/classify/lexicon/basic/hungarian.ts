/** Hungarian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { huEveryday } from './everyday-europe.js';
import { mergeExtra } from './merge-extra.js';
import { huImplicit } from './implicit-finnic-hungarian.js';

export const hu = basicLexicon({
  language: 'hu',
  negation: 'ne|nem|sem',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:kaptam|kaptunk|tudom|tudok|találom)|[^.?!;:\\n]*? (?:és|de) (?:kérem|szeretném|kérjük)\\s',
  latin: true,
  data: 'adat\\w*|fiók\\w*|információ\\w*',
  consent: 'hozzájárul\\w*|engedély\\w*',
  names: {
    access: 'hozzáférési jog\\w*|hozzáférés\\w* (?:a )?(?:személyes )?adat\\w*',
    rectification: 'helyesbít\\w*',
    erasure: 'törléshez való jog\\w*|elfeledtetés\\w*|adataim törlés\\w*',
    restriction: 'adatkezelés korlátozás\\w*|korlátozás\\w*',
    objection: 'tiltakozás\\w*|tiltakozom',
    portability: 'hordozhatóság\\w*',
    withdraw_consent: 'hozzájárulás\\w*~{0,20}visszavon\\w*|visszavon\\w*~{0,20}hozzájárulás\\w*',
    opt_out_sale: 'ne adják el|ne értékesítsék',
  },
  verbs: {
    access: 'másolat\\w*|hozzáfér\\w*|tájékoztat\\w*',
    rectification: 'javít\\w*|módosít\\w*|frissít\\w*',
    erasure: 'töröl\\w*|törlés\\w*|töröljék|megszüntet\\w*',
    restriction: 'korlátoz\\w*',
    objection: 'tiltakoz\\w*',
    // "Kinek továbbították" asks who received the data (access); only a transfer asked for counts.
    portability: '(?<!kinek |kiknek )továbbít(?!ott)\\w*|átad\\w*|átvi\\w*',
    withdraw_consent: 'visszavon\\w*',
    opt_out_sale: 'eladás\\w*|értékesít\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, 'honnan (?:szerezték|kapták|vették)~{0,30}(?:címem|számom|adataim|e-mail)'],
        [1, 'mit (?:tudnak|tárolnak) (?:még )?rólam'],
        [1, '(?:megmutatn\\w*|mutassák meg|küldjék el)~{0,30}(?:mindazt|mindent|mit)'],
        [0.5, 'mit (?:őriznek|tárolnak|tartanak nyilván)~{0,10}rólam'],
        [
          1,
          'milyen (?:személyes )?adat\\w* (?:kezelnek |tárolnak )?rólam|milyen (?:személyes )?adataimat|mit tudnak rólam',
        ],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [
          1,
          '(?:nevem|vezetéknevem|keresztnevem|címem|telefonszámom|születési dátumom)~{0,50}(?:hibás|rossz|helytelen|elírt)',
        ],
        [1, '(?:frissítsék|módosítsák|javítsák|változtassák)~{0,30}(?:cím|e-mail|email|név|nev|adat)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:nem szeretném|nem akarom|nem kérem)~{0,50}(?:bármit|semmit)~{0,30}rólam'],
        [
          1,
          '(?:töröljenek|töröljön|távolítsanak el|távolítson el|vegyenek ki) (?:engem )?~{0,30}(?:adatbázis|rendszer|nyilvántartás)',
        ],
        [1, '(?:szüntessék meg|zárják le|töröljék) (?:a )?fiókom'],
        [1, 'töröljenek mindent|töröljék mindazt'],
        [1, '(?:még mindig|még) nem (?:törölték|lett törölve|lettek törölve)'],
      ],
      restriction: [
        [2, 'ne töröl\\w*~{0,60}ne (?:is )?(?:használ|kezel)\\w*'],
        [1.5, 'ne (?:is )?(?:használ|kezel)\\w*~{0,60}amíg'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:ne használják|nem szeretném|nem járulok hozzá)~{0,50}(?:\\bai\\b|mesterséges intelligencia|modell)\\w*~{0,20}(?:tanítás|betanítás|képzés)',
        ],
        [1, '(?:nem szeretném|nem akarom)~{0,90}(?:kutatás|statisztik|marketing|reklám|elemzés|profil)'],
        [1, 'ne küldjenek (?:több )?(?:reklám|marketing|hírlevel)\\w*', 'absorbable'],
        [
          1,
          '(?:ne küldj\\w*|nem kérek (?:több|további)|nem (?:szeretnék|akarok) (?:több\\w* )?(?:kapni))~{0,40}(?:reklám|marketing|hírlevel|ajánlat|promóci)',
          'absorbable',
        ],
        [1, 'iratkoztass\\w* le|töröljenek (?:a )?(?:hírlevél|levelező|marketing)\\w*listá', 'absorbable'],
      ],
      portability: [[1, '(?:fájl|formátum)\\w*~{0,30}(?:importál|betölt)|importálható']],
      opt_out_sale: [[1, '(?:zárjanak ki|hagyjanak ki|vegyenek ki)~{0,40}(?:célzott|reklám|profilozás)']],
    },
    huEveryday,
    huImplicit,
  ),
  keepAccount:
    'nem (?:szeretném|akarom|kérem) (?:törölni|a törlés)|ne töröljenek semmit|ne töröljék a fiók|ne szüntessék meg a fiók|megtartom a fiók',
  hypothetical:
    '(?:eladják|továbbítják|megosztják) (?:a )?(?:felhasználó|ügyfel|vásárló)\\w*|mennyi ideig (?:tárolják|őrzik)',
});
