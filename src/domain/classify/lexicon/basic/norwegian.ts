/**
 * Norwegian rights vocabulary (GDPR Arts. 7, 15-21; in Norway the GDPR applies through the EEA Agreement and
 * the personopplysningsloven), in Bokmål and, where its words differ, Nynorsk ("ikkje", "kva",
 * "marknadsføring").
 */
import { basicLexicon } from './build.js';

export const no = basicLexicon({
  language: 'no',
  negation: 'ikke|ikkje|aldri',
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:fått|mottatt|hørt)',
  latin: true,
  data: 'opplysning\\w*|data|konto\\w*|person\\w*',
  consent: 'samtykke\\w*|tillatelse\\w*',
  names: {
    access: 'innsyn\\w*',
    rectification: 'retting|rett opp',
    erasure: 'sletting|rett til å bli glemt',
    restriction: 'begrensning av behandling\\w*',
    objection: 'innsigelse|protest\\w*',
    portability: 'dataportabilitet',
    withdraw_consent: 'trekk\\w*~{0,20}samtykke\\w*',
    opt_out_sale: 'ikke selg',
  },
  verbs: {
    access: 'kopi\\w*|innsyn\\w*',
    rectification: 'korriger\\w*|oppdater\\w*|rett\\w* opp',
    erasure: 'slett\\w*|fjern\\w*',
    restriction: 'begrens\\w*',
    objection: 'protester\\w*',
    portability: 'overfør\\w*',
    withdraw_consent: 'trekk\\w* tilbake|trekk\\w*~{0,20}tilbake',
    opt_out_sale: 'selg\\w*|salg\\w*',
  },
  // Everyday Bokmål, read with the Danish and Swedish lexicons (`classify-email.ts`).
  extra: {
    access: [
      [
        1,
        'hvilke (?:person)?opplysninger (?:dere )?(?:har|lagrer|behandler) om meg|hva (?:dere )?(?:vet|har lagret) om meg|kva (?:person)?opplysning\\w*~{0,25}(?:har|lagrar|lagra|behandlar)~{0,15}om meg',
      ],
      [1, 'send (?:meg )?(?:en )?kopi~{0,30}(?:opplysning|data|om meg)'],
    ],
    rectification: [
      [1, '(?:oppdater|endre|rett|korriger)\\w*~{0,30}(?:adresse|e-post|navn|telefonnummer|etternavn)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:vil ikke|ønsker ikke)~{0,50}(?:noe|noen opplysninger)~{0,30}om meg'],
      [1, '(?:fjern|slett) meg (?:fra|ut av)~{0,20}(?:system|database|registr)'],
      [1, '(?:slett|avslutt|fjern) (?:kontoen min|min konto|profilen min)'],
      [1, 'slett (?:alt|alle opplysninger)'],
      [1, '(?:fortsatt|ennå|enda) ikke (?:blitt )?slettet'],
    ],
    restriction: [
      [2, 'ikke slett~{0,60}(?:ikke bruk|men ikke bruk)'],
      // Kept but not used (Art. 18(1)): "ikke bruk opplysningene mine til noe annet enn å lagre dem",
      // "dere skal bare lagre dem", "ikke bruk dem før saken er avklart" with "ikke slett" beside it.
      [
        2,
        '(?:ikke|slutte å|slutt å) bruk\\w*~{0,50}(?:(?:noe )?annet enn|bare|kun)~{0,6}(?:å )?(?:lagre|oppbevare)',
      ],
      [1, '(?:bare|kun) (?:lagre|oppbevare) (?:dem|opplysning\\w*|data\\w*)'],
      [2, 'ikke bruk\\w*~{0,80}ikke slett'],
    ],
    // "Reservere seg mot direkte markedsføring" is the Norwegian law's own term (markedsføringsloven).
    objection: [
      // Direct marketing refused (Art. 21(3)): "I don't want any more advertising e-mails".
      [
        1,
        '(?:vil (?:jeg )?ikke|ønsker (?:jeg )?ikke å) (?:lenger )?(?:motta|få)~{0,30}(?:reklame|markedsføring|nyhetsbrev|tilbud)',
        'absorbable',
      ],
      [
        1,
        'reserver\\w* (?:meg )?(?:herved |med dette )?mot~{0,40}(?:markedsføring|marknadsføring|reklame|telefonsalg|profilering)',
      ],
      [
        1,
        '(?:ikke send|slutt å sende|vil ikke (?:lenger )?(?:motta|ha|få))~{0,40}(?:reklame|markedsføring|nyhetsbrev|tilbud)',
        'absorbable',
      ],
      [1, 'meld meg av~{0,30}(?:nyhetsbrev|e-post|liste|markedsføring)', 'absorbable'],
      // Nynorsk: "eg vil ikkje ha fleire nyheitsbrev".
      [
        1,
        '(?:vil|ønskjer) (?:eg )?ikkje (?:å )?(?:lenger |meir )?(?:motta|ha|få)~{0,40}(?:reklame|marknadsføring|nyheitsbrev|nyhendebrev|tilbod)',
        'absorbable',
      ],
    ],
    portability: [
      // "I et maskinlesbart format, helst direkte til den nye leverandøren" (Art. 20).
      [1.5, 'maskinlesbar\\w*'],
      [1, '(?:send|overfør|flytt)\\w*~{0,40}direkte til(?! meg\\b)'],
      [1, '(?:fil|format)\\w*~{0,30}(?:importere|laste opp)'],
      [1, 'overfør\\w*~{0,40}(?:ny|annen|en annen) (?:tjeneste|leverandør|tilbyder)'],
    ],
  },
  keepAccount:
    'ikk(?:e|je) slett (?:kontoen|noe|noko)|ikk(?:e|je) (?:avslutt|steng) kontoen|behald kontoen|behold kontoen',
  hypothetical: '(?:selger|deler|overfører) dere|hvor lenge (?:lagrer|oppbevarer) dere',
});
