/**
 * Swahili, Afrikaans and Zulu rights vocabulary: the GDPR as writers in East and Southern Africa cite it,
 * Kenya's Data Protection Act 2019 (s. 26 the data subject's rights, s. 40 rectification and erasure) and
 * South Africa's POPIA (s. 23 access, s. 24 correction and deletion, s. 11(3) objection). eld knows none of
 * the three: they are recognised by their spelling (`spelling-language.ts`). Swahili and Zulu join
 * prefixes to their verbs ("mfute", "nisuse"), so their verbs are listed with the prefixes a request uses.
 */
import { basicLexicon } from './build.js';

const SW_DATA = '(?:data|taarifa|maelezo)';

export const sw = basicLexicon({
  language: 'sw',
  latin: true,
  data: 'data|taarifa|maelezo binafsi|akaunti',
  consent: 'idhini|ridhaa|ruhusa|kibali',
  names: {
    access: `nakala ya ${SW_DATA}|haki ya kupata ${SW_DATA}|kupata ${SW_DATA} (?:yangu|zangu)`,
    rectification: `haki ya kurekebisha|(?:kurekebisha|kusahihisha) ${SW_DATA}`,
    erasure:
      'haki ya kufutwa|haki ya kusahaulika|(?:ku|m|u)?fut(?:a|e|eni)\\b (?:\\w+ )?(?:akaunti|data|taarifa)',
    restriction: 'kuzuia (?:uchakataji|matumizi)|kupunguza uchakataji',
    objection: 'napinga|ninapinga|pingamizi',
    portability: `(?:kuhamisha|mhamishe|hamisheni) ${SW_DATA}|uhamishaji wa data`,
    withdraw_consent:
      '(?:ninaondoa|naondoa|kuondoa|ninabatilisha|nabatilisha|ninafuta|nafuta) (?:\\w+ )?(?:idhini|ridhaa|ruhusa|kibali)',
    opt_out_sale: 'msiuze|usiuze|kutouza|msiziuze|msiiuze',
  },
  verbs: {
    access: 'nakala|nipatie|nionyeshe',
    rectification: '\\w*rekebish\\w*|\\w*sahihish\\w*|\\w*sasish\\w*',
    erasure: '(?:ku|m|u)?fut(?:a|e|eni|we)\\b',
    restriction: 'kuzuia|zuieni|mzuie|msitumie|usitumie',
    objection: 'napinga|ninapinga|kupinga|pingamizi',
    portability: 'kuhamisha|mhamishe|hamisheni',
    withdraw_consent: 'ninaondoa|naondoa|kuondoa|ninabatilisha|nabatilisha',
    opt_out_sale: 'kuuza|kuuzwa|msiuze|usiuze|mnauza',
  },
  extra: {
    access: [
      [
        1,
        `${SW_DATA} gani~{0,40}(?:kunihusu|kuhusu mimi|zangu|yangu)|(?:kunihusu|kuhusu mimi)~{0,30}${SW_DATA}`,
      ],
    ],
    erasure: [[1, '(?:fung(?:a|eni)|mfunge) akaunti']],
    restriction: [[2, '(?:msifute|usifute)~{0,60}(?:msitumie|usitumie|msiitumie|msizitumie)']],
    objection: [
      [
        1,
        '(?:acheni|msinitumie|usinitumie|sitaki)~{0,40}(?:matangazo|tangazo|masoko|promosheni|jarida)',
        'absorbable',
      ],
    ],
  },
  keepAccount: '(?:msifute|usifute|msifunge|usifunge) akaunti',
  // "Je, mnauza taarifa za wateja?" asks about the practice; "nikifuta akaunti, nini kitatokea?" about a
  // consequence.
  hypothetical: 'je,? (?:mnauza|mnashiriki|mnahifadhi)|nikifuta~{0,40}(?:nini|je)',
});

const AF_DATA = '(?:persoonlike )?(?:inligting|data|gegewens)';

export const af = basicLexicon({
  language: 'af',
  latin: true,
  data: 'inligting|data|gegewens|profiel|rekening',
  consent: 'toestemming|instemming',
  names: {
    access: `afskrif van (?:al )?(?:my|die)~{0,20}${AF_DATA}|reg op toegang|toegang tot (?:al )?my ${AF_DATA}`,
    rectification: 'reg op regstelling|regstelling van my',
    erasure: `reg om vergeet te word|(?:skrap|verwyder|vee)~{0,12}(?:my rekening|my profiel|(?:al )?my ${AF_DATA})`,
    restriction: 'beperking van (?:die )?verwerking|beperk (?:die )?verwerking',
    objection: 'maak beswaar|het beswaar|beswaar teen',
    portability: 'oordraagbaarheid',
    withdraw_consent:
      '(?:trek|onttrek)~{0,20}toestemming|toestemming~{0,30}(?:terugtrek|onttrek|intrek|herroep)',
    opt_out_sale: 'moenie~{0,40}verkoop|nie~{0,40}verkoop (?:word )?nie',
  },
  verbs: {
    access: 'afskrif|insae',
    rectification: 'regstel|reg te stel|korrigeer|opdateer|wysig',
    erasure: 'skrap|verwyder|uitvee',
    restriction: 'beperk\\w*',
    objection: 'beswaar',
    portability: 'oordra|oorplaas',
    withdraw_consent: 'onttrek|terugtrek|intrek|herroep',
    opt_out_sale: 'verkoop',
  },
  extra: {
    access: [[1, `watter ${AF_DATA}~{0,40}oor my|${AF_DATA} (?:wat )?(?:julle|u) oor my`]],
    rectification: [
      [1, '(?:my )?(?:naam|adres|e-?pos|selfoonnommer)~{0,40}(?:regstel|opdateer|verander|korrigeer)'],
    ],
    erasure: [[1, 'sluit my rekening|vee alles uit']],
    restriction: [[2, 'moenie~{0,30}(?:skrap|verwyder)~{0,60}(?:moenie|nie)~{0,30}gebruik']],
    objection: [
      [
        1,
        '(?:hou (?:\\w+ )?op|stop|moenie)~{0,40}(?:advertensies|bemarking|promosies|nuusbrief)',
        'absorbable',
      ],
    ],
  },
  keepAccount: 'moenie my (?:rekening|data|inligting) (?:skrap|verwyder|sluit)|wil my rekening hou',
  hypothetical: '(?:verkoop|deel) julle|as ek~{0,40}wat gebeur',
});

const ZU_DATA = '(?:imininingwane|ulwazi|idatha|i-?data)';

export const zu = basicLexicon({
  language: 'zu',
  latin: true,
  data: 'imininingwane|ulwazi|lwami|idatha|i-?data|i-?akhawunti|akhawunti',
  consent: 'imvume',
  names: {
    access: `ikhophi ye${ZU_DATA}|ikhophi yolwazi|ikhophi yemininingwane`,
    rectification: '(?:ni|uku)lungis(?:a|e) (?:\\w+ )?(?:igama|ikheli|imininingwane|ulwazi)',
    erasure: '(?:ni|uku)?(?:sus|sul)(?:a|e) (?:i-?akhawunti|akhawunti|imininingwane|ulwazi|idatha|i-?data)',
    restriction: '(?:ni|uku)khawulel(?:a|e) ukusetshenziswa',
    objection: 'ngiyaphikisa|ngiyakuphikisa',
    portability: '(?:ni|uku)dlulisel(?:a|e) (?:\\w+ )?(?:imininingwane|idatha|i-?data|ulwazi)',
    withdraw_consent: '(?:ngi|uku)?hoxis(?:a|e) (?:\\w+ )?imvume',
    opt_out_sale: 'ningathengisi|ungathengisi',
  },
  verbs: {
    access: 'ikhophi',
    rectification: '(?:ni|uku)?lungis(?:a|e)|(?:ni|uku)?buyekez(?:a|e)',
    erasure: '(?:ni|uku)?(?:sus|sul)(?:a|e)\\b',
    restriction: '(?:ni|uku)?khawulel(?:a|e)',
    objection: '\\w*phikis\\w*',
    portability: '(?:ni|uku)?dlulisel(?:a|e)',
    withdraw_consent: '(?:ngi|uku)?hoxis(?:a|e)',
    opt_out_sale: '\\w*thengis\\w*',
  },
  extra: {
    objection: [
      [
        1,
        '(?:ningangithumeleli|ungangithumeleli|yekani|ngicela niyeke)~{0,40}(?:izikhangiso|ukukhangisa|imiyalezo)',
        'absorbable',
      ],
    ],
    erasure: [[1, '(?:ni|uku)?val(?:a|e) (?:i-?akhawunti|akhawunti) yami']],
  },
  keepAccount: '(?:ningasusi|ningasuli|ningavali) (?:i-?akhawunti|akhawunti)',
  // "Ngabe niyathengisa imininingwane yamakhasimende?" asks about the practice.
  hypothetical: '(?:ngabe|ingabe) niya(?:thengisa|dlulisela)',
});
