/** Finnish rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { fiEveryday } from './everyday-europe.js';
import { mergeExtra } from './merge-extra.js';
import { fiImplicit } from './implicit-finnic-hungarian.js';

export const fi = basicLexicon({
  language: 'fi',
  negation: 'älkää|älä|en|ei|emme',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:saanut|saaneet|pysty|osaa|löydä|tiedä)|[^.?!;:\\n]*? (?:ja|mutta) (?:pyydän|haluan|toivon)\\s',
  latin: true,
  foldMarks: false,
  data: 'tied\\w*|tieto\\w*|henkilötie\\w*|tili\\w*',
  consent: 'suostum\\w*|lupa\\w*|luva\\w*',
  names: {
    access: 'tarkastusoikeu\\w*|tietopyyn\\w*|oikeus saada pääsy',
    rectification: 'oikaisu\\w*|oikaise\\w*',
    erasure: 'oikeus tulla unohdetuksi|poisto-oikeu\\w*|tietojen poista\\w*',
    restriction: 'käsittelyn rajoittami\\w*',
    objection: 'vastustamisoikeu\\w*|vastustan',
    portability: 'siirrettävyy\\w*|siirto-oikeu\\w*',
    withdraw_consent: 'suostumu\\w*~{0,20}peru(?!ste)\\w*|peru(?!ste)\\w*~{0,20}suostumu\\w*',
    opt_out_sale: 'älkää myykö',
  },
  verbs: {
    access: 'jäljenn\\w*|kopio\\w*|pääsy\\w*',
    rectification: 'korja\\w*|päivit\\w*',
    erasure: 'poist\\w*|sulke\\w*',
    restriction: 'rajoit\\w*',
    objection: 'vastust\\w*|kiell\\w*',
    portability: 'siirt\\w*|siirro\\w*',
    withdraw_consent: 'peru(?!ste)\\w*',
    opt_out_sale: 'myy\\w*|myyn\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, '(?:näyttää|näyttäkää|lähettäkää minulle)~{0,30}(?:kaiken|kaikki|mitä)'],
        [
          1,
          'mitä (?:te )?(?:vielä )?(?:säilytätte|tallennatte) minusta|mitä minusta~{0,20}(?:säilytätte|on tallessa)',
        ],
        [
          1,
          '(?:mitä|mitkä|millaisia) (?:henkilö)?tieto\\w* (?:minusta|minua koskien|minusta on)|(?<!(?:kaikki|kaiken|sen),?\\s)mitä tiedätte minusta',
        ],
        [1, 'lähettäkää minulle~{0,20}(?:kopio|jäljenn)\\w*'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [
          1,
          '(?:nimeni|sukunimeni|etunimeni|osoitteeni|puhelinnumeroni|syntymäaikani)~{0,50}(?:väärin|virheellinen|väärä)',
        ],
        [1, '(?:päivittäkää|korjatkaa|muuttakaa)~{0,30}(?:osoit|sähköpost|nim|tie)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, 'en halua~{0,50}(?:mitään|mitä tahansa)~{0,30}(?:minusta|minua koskevaa)'],
        [1, '(?:poistakaa|poista) minut\\b~{0,40}(?:tietokann|järjestelm|rekister)'],
        [1, '(?:sulkekaa|poistakaa) (?:minun )?tilini'],
        [
          1,
          'poistakaa kaikki|poistakaa (?:minun )?(?:sähköpostini|sähköpostiosoitteeni|osoitteeni|puhelinnumeroni|tietoni)',
        ],
        [
          1,
          '(?:ei|eivät) (?:ole )?(?:vieläkään|edelleenkään) poist\\w*|(?:vieläkään|edelleenkään) (?:ei|eivät) (?:ole )?poist\\w*',
        ],
      ],
      restriction: [
        [2, 'älkää poistako~{0,60}älkää (?:myöskään )?(?:käyttäkö|käsitelkö)'],
        [1.5, 'älkää (?:myöskään )?(?:käyttäkö|käsitelkö)~{0,60}(?:ennen kuin|kunnes)'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [1, '(?:älkää käyttäkö|en halua)~{0,50}(?:tekoäly|\\bai\\b|malli)\\w*~{0,20}(?:koulutu|opetu)'],
        [1, 'en halua~{0,90}(?:tutkimu|tilasto|markkinoin|mainon|analyysi|profiloin)'],
        [1, 'lopettakaa (?:mainos|markkinointi)\\w*', 'absorbable'],
        // "En halua teiltä enää mitään viestejä": no more messages of any kind.
        [1, 'en halua~{0,30}enää~{0,20}(?:viestejä|sähköposteja|mainoksia|uutiskirjeitä)', 'absorbable'],
        [
          1,
          '(?:älkää (?:enää )?lähettäkö|lopettakaa|en halua (?:enää )?(?:saada|vastaanottaa))~{0,40}(?:mainos|markkinointi|uutiskirje|tarjou)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:tiedosto|muodo)\\w*~{0,30}(?:tuoda|tuonti|importoi)']],
      opt_out_sale: [
        [
          1,
          'jättäkää minut~{0,40}(?:kohdenne|mainos|profiloin)|(?:kohdennet|mainosprofiloin)\\w*~{0,30}ulkopuolelle',
        ],
      ],
    },
    fiEveryday,
    fiImplicit,
  ),
  keepAccount:
    'älkää poistako (?:mitään|tiliä|tiliäni)|älkää sulkeko tiliä|tiliä ei (?:tarvitse|tule) poistaa',
  hypothetical: '(?:myyttekö|luovutatteko|jaatteko)|kuinka kauan (?:säilytätte|säilytetään)',
});
