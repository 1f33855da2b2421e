/**
 * Albanian and Welsh rights vocabulary. Albanian: Albania's Law 124/2024 on personal data protection and
 * Kosovo's Law 06/L-082, which follow the GDPR's rights, and the GDPR as writers abroad cite it. Welsh: the
 * UK GDPR (Arts. 15-22) in the words Welsh speakers write to a service; eld does not know Welsh, so it is
 * recognised by its spelling (`spelling-language.ts`). Welsh mutates a noun after "fy" (my): "fy nghyfrif"
 * (cyfrif, account), "fy nata" (data), "fy ngwybodaeth" (gwybodaeth), so the data words and verbs are listed
 * mutated too.
 */
import { basicLexicon } from './build.js';

const SQ_DATA = '(?:të dhënat|të dhënave|të dhëna|informacion\\w*)';

export const sq = basicLexicon({
  language: 'sq',
  latin: true,
  data: 'të dhënat|të dhënave|të dhëna|informacion\\w*|llogari\\w*',
  consent: 'pëlqim\\w*|miratim\\w*',
  names: {
    access: `kopje (?:e|të) ${SQ_DATA}|e drejta e aksesit|qasje në ${SQ_DATA}`,
    rectification: 'e drejta e korrigjimit|korrigjimin e të dhënave',
    erasure: `e drejta për t.u harruar|(?:fshini|fshij|fshirjen e) (?:\\w+ )?(?:llogari\\w*|${SQ_DATA})`,
    restriction: 'kufizimin e përpunimit|kufizoni përpunimin',
    objection: 'kundërshtoj|kundërshtimin? (?:e|ndaj) përpunimit',
    portability: 'transferueshmëri\\w*|portabilitet\\w*',
    withdraw_consent: '(?:tërheq|revokoj|tërhiqni)~{0,20}pëlqim\\w*|pëlqim\\w*~{0,20}(?:tërheq|revoko)\\w*',
    opt_out_sale: 'mos (?:i |t.i )?shisni|mos shitni',
  },
  verbs: {
    access: 'kopje\\w*',
    rectification: 'korrigjo\\w*|përditëso\\w*',
    erasure: 'fshini|fshij|fshirj\\w*',
    restriction: 'kufizo\\w*',
    objection: 'kundërshto\\w*',
    portability: 'transfero\\w*',
    withdraw_consent: 'tërheq\\w*|tërhiqni|revoko\\w*',
    opt_out_sale: 'shisni|shitni|shitj\\w*',
  },
  extra: {
    access: [[1, `(?:çfarë|cilat) ${SQ_DATA}~{0,40}(?:për mua|rreth meje)`]],
    erasure: [[1, 'mbyllni llogarinë time']],
    objection: [
      [
        1,
        '(?:mos më dërgoni|ndaloni dërgimin)~{0,40}(?:reklam\\w*|marketing\\w*|ofert\\w*|buletin\\w*)',
        'absorbable',
      ],
    ],
  },
  keepAccount: 'mos (?:e )?(?:fshini|mbyllni) llogari\\w*',
  // "A i shisni të dhënat e klientëve?" asks about the practice.
  hypothetical: 'a (?:i )?(?:shisni|ndani)',
});

const CY_DATA = '(?:data|ddata|nata|gwybodaeth|wybodaeth|ngwybodaeth)';

export const cy = basicLexicon({
  language: 'cy',
  latin: true,
  data: 'data|ddata|nata|gwybodaeth|wybodaeth|ngwybodaeth|nghyfrif|cyfrif|gyfrif',
  consent: 'caniatâd|ganiatâd|nghaniatâd|cydsyniad|gydsyniad|nghydsyniad',
  names: {
    access: `copi o.r~{0,20}${CY_DATA}|copi o fy ${CY_DATA}|hawl mynediad`,
    rectification: 'hawl i gywiro',
    erasure: `hawl i gael fy anghofio|hawl i ddileu|d?dil(?:eu|ëwch|ewch) (?:fy |ein )?(?:nghyfrif|cyfrif|${CY_DATA})`,
    restriction: 'cyfyngu ar (?:y )?prosesu|cyfyngu ar brosesu',
    objection: 'gwrthwynebu (?:i|prosesu)|rwy.n gwrthwynebu',
    portability: 'cludadwyedd|hygludedd',
    withdraw_consent: '(?:tynnu|tynnaf)~{0,30}(?:caniatâd|ganiatâd|nghaniatâd|nghydsyniad)~{0,10}yn ôl',
    opt_out_sale: 'peidiwch (?:â|a) gwerthu|peidio (?:â|a) gwerthu',
  },
  verbs: {
    access: 'copi',
    // Soft-mutated after a modal or an object: "a wnewch chi gywiro", "hoffwn ddileu".
    rectification: '(?:c|g|ch)ywir(?:o|wch)|d?diweddar(?:u|wch)',
    erasure: 'd?dil(?:eu|ëwch|ewch)',
    restriction: 'cyfyngu',
    objection: 'gwrthwynebu',
    portability: 'trosglwyddo',
    withdraw_consent: 'tynnu',
    opt_out_sale: 'gwerthu',
  },
  extra: {
    access: [[1, `pa ${CY_DATA}~{0,40}amdanaf`]],
    objection: [
      [1, 'peidiwch (?:â|ag?) (?:anfon|hanfon)~{0,40}(?:hysbysebion|marchnata|cylchlythyr)', 'absorbable'],
    ],
  },
  keepAccount: 'peidiwch (?:â|a) dileu fy nghyfrif',
  hypothetical: '(?:ydych chi.n|a ydych chi.n) gwerthu',
});
