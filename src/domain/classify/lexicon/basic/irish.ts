/** Irish rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { mergeExtra } from './merge-extra.js';
import { gaImplicit } from './implicit-greek-romanian-mt-ga.js';

export const ga = basicLexicon({
  language: 'ga',
  latin: true,
  data: 's?h?onraí|(?:c|ch)untas\\w*|f?h?aisnéis\\w*',
  consent: 'toiliú|cead',
  names: {
    access: 'ceart rochtana|iarratas rochtana',
    rectification: 'ceartú',
    // "Scriosadh" alone is any deleting ("a project"); the right deletes data.
    erasure: 'scriosadh (?:mo |na )?(?:s?h?onraí|gcuid sonraí|faisnéise)|ceart chun dearmad',
    restriction: 'srian\\w* ar phróiseáil',
    objection: 'agóid\\w*|cuirim in aghaidh',
    portability: 'iniomparthacht\\w*',
    withdraw_consent: 'toiliú~{0,20}(?:tarraing|aistarraing)\\w*|(?:tarraing|aistarraing)\\w*~{0,20}toiliú',
    opt_out_sale: 'ná díol',
  },
  verbs: {
    access: 'cóip\\w*|rochtain',
    rectification: 'ceartaigh|nuashonraigh',
    erasure: 'scrios\\w*',
    restriction: 'srian\\w*',
    objection: 'agóid\\w*',
    portability: 'aistrigh|aistriú|easpórtáil\\w*',
    withdraw_consent: 't?h?arraing\\w* siar|aistarraing\\w*',
    opt_out_sale: 'díol\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, '(?:taispeáin\\w* dom|seol\\w* chugam|inis\\w* dom)~{0,30}(?:gach rud|a bhfuil|cad)'],
        [1, 'cad (?:atá|a choinníonn sibh|a choinnigh sibh|atá fós)~{0,30}(?:fúm|mar gheall orm)'],
      ],
      rectification: [
        [1, '(?:nuashonraigh|athraigh|ceartaigh)\\w*~{0,30}(?:seoladh|ríomhphost|ainm|uimhir|sonraí)'],
        [1, '(?:seoladh|ríomhphost|seoladh ríomhphoist) nua'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [
          1,
          '(?:níl mé ag iarraidh|nílim ag iarraidh|ní theastaíonn uaim)~{0,60}(?:aon rud|faic|tada)~{0,10}fúm',
        ],
        [1, '(?:bainigí|bain) mé as~{0,30}(?:gcóras|córas|bunachar)'],
        [1, '(?:dún|scrios)\\w* mo (?:ch)?untas'],
        [1, 'scrios\\w* (?:gach rud|gach uile rud|an t-iomlán)'],
      ],
      restriction: [
        [2, 'ná scrios\\w*~{0,60}ná (?:húsáid|próiseáil)\\w*'],
        [1.5, 'ná (?:húsáid|próiseáil)\\w*~{0,60}(?:go dtí|fad is|fad atá)'],
      ],
      objection: [
        [
          1,
          '(?:níl mé ag iarraidh|ní theastaíonn uaim|ní mian liom|ní maith liom)~{0,90}(?:t?h?aighde|s?h?taitistic|m?h?argaíocht|f?h?ógraíocht|anailís|p?h?róifíl)',
        ],
        [1, '(?:stopaigí|ná seolaigí|ná seol)~{0,30}(?:fógra|margaíocht|nuachtlitir)', 'absorbable'],
        [
          1,
          '(?:stopaigí|ná seolaigí|ná seol|níl mé ag iarraidh|ní theastaíonn uaim)~{0,40}(?:r[ií]omhphost\\w* m?h?argaíocht|f?h?ógra|nuachtlitir)',
          'absorbable',
        ],
      ],
      // Initial mutations: "i gcomhad", "an chomhaid".
      portability: [
        [
          1,
          '(?:gc|ch|c)omhad\\w*~{0,40}(?:iompórtáil|uaslódáil|lódáil)|formáid\\w*~{0,40}(?:iompórtáil|uaslódáil|lódáil)',
        ],
      ],
      withdraw_consent: [
        [1, '(?:tarraingím siar|cuirim ar ceal|aistarraingím)~{0,30}(?:cead|toiliú)'],
        [1, '(?:cead|toiliú)~{0,30}(?:a tharraingt siar|ar ceal)'],
      ],
      opt_out_sale: [
        [1, '(?:bain|fág)\\w* (?:amach )?mé~{0,40}(?:fógraíocht|próifíl|spriocdhírithe)'],
        [1, 'fógraíocht spriocdhírithe~{0,40}(?:díliostáil|amach|diúltaím)'],
      ],
    },
    gaImplicit,
  ),
  keepAccount:
    'ná scrios\\w* (?:aon rud|faic|mo (?:ch)?untas|an (?:c)?untas)|ná dún\\w* (?:mo )?(?:ch)?untas|coinnigh\\w* mo (?:ch)?untas|(?:níl mé ag iarraidh|ní theastaíonn uaim) mo (?:ch)?untas a (?:dhúnadh|scriosadh)',
});
