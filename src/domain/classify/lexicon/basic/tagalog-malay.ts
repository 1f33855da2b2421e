/**
 * Tagalog and Malay rights vocabulary. Tagalog: the Philippine Data Privacy Act of 2012 (RA 10173, s. 16:
 * access, correction, erasure or blocking, objection, portability) in the mixed Tagalog and English
 * writers use ("paki-delete po ang account ko"). Malay: Malaysia's PDPA 2010 (s. 30 access, s. 34
 * correction, s. 38 withdrawal of consent, s. 43 direct marketing); eld reports Malay and Indonesian as
 * `ms`, and the Indonesian lexicon already reads what the two share, so this one holds Malay's own words
 * ("kemas kini", "tarik balik", "hantar").
 */
import { basicLexicon } from './build.js';

const TL_DATA = '(?:personal na )?(?:datos|impormasyon|data|detalye)';

export const tl = basicLexicon({
  language: 'tl',
  latin: true,
  data: 'datos|impormasyon|data|detalye|account',
  consent: 'pahintulot|pagsang-ayon|consent|permiso',
  names: {
    access: `kopya ng (?:aking |lahat ng (?:aking )?)?${TL_DATA}|karapatang (?:ma-?access|makita)`,
    rectification: 'karapatang (?:ipatama|magpatama|iwasto)|pagwawasto',
    erasure: `(?:burahin|pakibura|i-?delete|paki-?delete|tanggalin|pakitanggal)(?: na)?(?: po)?(?: ninyo| nyo)? (?:ang )?(?:aking |lahat ng )?(?:account|${TL_DATA})`,
    restriction: 'limitahan ang (?:pagpoproseso|paggamit)|paghihigpit sa pagpoproseso',
    objection: 'tumututol|pagtutol',
    portability: `(?:ilipat|i-?transfer) (?:ang )?(?:aking )?${TL_DATA}`,
    withdraw_consent:
      '(?:binabawi|bawiin|babawiin|iniuurong|inuurong)~{0,20}(?:pahintulot|consent|pagsang-ayon|permiso)',
    opt_out_sale: "(?:huwag|wag)(?: po)?(?: ninyong| nyong| n'yong)? (?:ibenta|ipagbili)",
  },
  verbs: {
    access: 'kopya|ipakita|makita',
    rectification: 'itama|iwasto|pakitama|pakiwasto|baguhin|palitan|i-?update|paki-?update',
    erasure: 'burahin|pakibura|i-?delete|paki-?delete|tanggalin|pakitanggal|alisin|pakialis',
    restriction: 'limitahan|higpitan',
    objection: 'tumututol|pagtutol|tutol',
    portability: 'ilipat|i-?transfer|i-?export',
    withdraw_consent: 'binabawi|bawiin|babawiin|iniuurong',
    opt_out_sale: 'ibenta|ipagbili|ibinebenta|pagbebenta',
  },
  extra: {
    access: [
      [
        1,
        `(?:anong|anu-anong|ano ang)(?: mga)? ${TL_DATA}~{0,40}(?:tungkol sa akin|mayroon kayo|hawak ninyo)`,
      ],
      [1, `${TL_DATA}~{0,20}tungkol sa akin~{0,40}(?:ipadala|padalhan|ibigay|ipakita)`],
    ],
    rectification: [[1, '(?:pangalan|address|email|numero)~{0,40}(?:mali|itama|i-?update|palitan)']],
    erasure: [[1, '(?:isara|i-?close) (?:na )?(?:po )?(?:ang )?(?:aking |ko )?account']],
    restriction: [
      [
        2,
        '(?:huwag|wag)(?: po| muna| na){0,3} (?:burahin|i-?delete)~{0,60}(?:huwag|wag)(?: po| muna| ninyong| nyong){0,3} gamitin',
      ],
    ],
    objection: [
      [
        1,
        '(?:huwag|wag)(?: na)?(?: po)?(?: ninyo| nyo)?(?: akong)? (?:padalhan|magpadala)~{0,40}(?:ads|advertisement|patalastas|promo|marketing|newsletter)',
        'absorbable',
      ],
      [1, '(?:itigil|tigilan|ihinto)~{0,40}(?:pagpapadala|ads|patalastas|promo|marketing)', 'absorbable'],
    ],
  },
  keepAccount:
    '(?:huwag|wag)(?: po| muna| na| ninyong| nyong){0,3} (?:burahin|i-?delete|isara) (?:ang )?(?:aking |data |datos )?(?:account|ko)?',
  // "Nagbebenta ba kayo ng data ng customer?" asks about the practice; "kung ide-delete ko, ano..." about a
  // consequence.
  hypothetical:
    '(?:nagbebenta|ibinebenta|nagbabahagi)(?: po)? ba|(?:kung|kapag) (?:i-?de-?delete|buburahin|isasara)~{0,40}ano',
});

// Malaysia's Personal Data Protection Act 2010: s. 30 access, s. 34 correction, read under that Act only.
const PDPA_MY = '(?:akta perlindungan data peribadi(?: 2010)?|pdpa 2010)';

function section(number: string): string {
  const cited = `seksyen ${number}(?![0-9])`;
  return `${PDPA_MY}~{0,30}${cited}|${cited}~{0,10}${PDPA_MY}`;
}

export const ms = basicLexicon({
  language: 'ms',
  negation: 'jangan|tidak|tak|bukan',
  negationExceptions:
    '\\s*(?:\\S+ )?(?:menerima|terima|dapat|boleh|tahu)|[^.?!;:\\n]*? (?:dan|tetapi|tapi) (?:saya|tolong|mohon)\\s',
  latin: true,
  data: 'data|maklumat|akaun',
  consent: 'persetujuan|kebenaran|keizinan',
  names: {
    access: 'hak (?:untuk )?(?:mengakses|akses)|salinan maklumat',
    rectification: '(?:kemas ?kini|membetulkan|betulkan) (?:\\w+ )?(?:data|maklumat|butiran)',
    erasure: '(?:padam|padamkan|memadamkan|buang) (?:\\w+ )?(?:akaun|data|maklumat)',
    restriction: 'hadkan pemprosesan|mengehadkan pemprosesan',
    objection: 'saya membantah|bantahan terhadap',
    portability: 'pindahkan (?:\\w+ )?(?:data|maklumat)',
    withdraw_consent: '(?:tarik balik|menarik balik|batalkan)~{0,20}(?:persetujuan|kebenaran|keizinan)',
    opt_out_sale: 'jangan (?:\\w+ )?(?:jual|menjual)',
  },
  // Read together with the Indonesian lexicon (`READ_AS`): its verbs ("padam", "salinan", "tarik", "jual") are
  // left out here, or one word would count twice.
  verbs: {
    access: 'berikan salinan|dapatkan salinan',
    rectification: 'kemas ?kini|mengemaskini|pinda',
    erasure: 'buang',
    restriction: 'sekat|menyekat',
    objection: 'saya bantah',
    portability: 'alihkan',
    withdraw_consent: 'tarik balik (?:persetujuan|kebenaran|keizinan)',
    opt_out_sale: 'dijual',
  },
  extra: {
    access: [
      [1, 'maklumat (?:peribadi )?apa~{0,40}(?:tentang|mengenai) saya'],
      [1.5, section('30')],
    ],
    rectification: [
      [
        1,
        '(?:kemas ?kini|mengemaskini|betulkan|membetulkan|tukar|menukar)~{0,20}(?:alamat|nama|nombor telefon|e-?mel)',
      ],
      [1.5, section('34')],
    ],
    erasure: [[1, '(?:tutup|tutupkan) akaun saya']],
    objection: [
      [
        1,
        '(?:jangan|berhenti|hentikan)~{0,20}(?:hantar|menghantar|penghantaran)~{0,30}(?:iklan|promosi|pemasaran|buletin)',
        'absorbable',
      ],
    ],
  },
  keepAccount: 'jangan (?:di)?(?:padam|tutup|buang)\\w*|akaun (?:saya )?(?:kekal|masih) aktif',
  hypothetical: 'adakah~{0,30}(?:menjual|berkongsi)',
});
