/** Maltese rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { mergeExtra } from './merge-extra.js';
import { mtImplicit } from './implicit-greek-romanian-mt-ga.js';

export const mt = basicLexicon({
  language: 'mt',
  latin: true,
  data: 'data|dejta|kont\\w*|informazzjoni|tagħrif',
  consent: 'kunsens|permess\\w*',
  names: {
    access: "dritt ta' aċċess|dritt ta' aċess",
    rectification: 'rettifika\\w*',
    erasure: 'tħassir|dritt li tintesa',
    restriction: 'restrizzjoni tal-ipproċessar',
    objection: 'oġġezzjoni\\w*',
    portability: 'portabbiltà',
    withdraw_consent: 'nirtira\\w*~{0,20}kunsens|irtirar tal-kunsens',
    opt_out_sale: 'tbigħux',
  },
  verbs: {
    access: 'kopja|aċċess\\w*',
    rectification: 'ikkoreġ\\w*|aġġorna\\w*',
    erasure: 'ħassar\\w*|ħassru|neħħi\\w*',
    restriction: 'irrestrinġ\\w*|illimit\\w*',
    objection: 'noġġezzjona\\w*',
    portability: 'ittrasferi\\w*|trasferiment\\w*',
    withdraw_consent: 'nirtira|irtira|nirrevoka\\w*|irrevoka\\w*',
    opt_out_sale: 'bejgħ|tbigħ\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, "(?:uruni|ibagħtuli|ibgħatuli|għiduli)~{0,30}(?:kollox|x')"],
        [1, "x'(?:għad )?(?:għandkom|qed iżżommu|iżżommu|taħżnu|tissejvjaw)~{0,20}(?:dwari|fuqi)"],
        [
          1,
          '(?:nixtieq|irrid) (?:inkun naf|nkun naf|inkun af|nkun af)~{0,40}(?:data|dejta|informazzjoni|dettalji)',
        ],
      ],
      rectification: [
        [
          1,
          '(?:aġġornaw|ibdlu|ikkoreġu|irranġaw)~{0,30}(?:indirizz|email|l-email|isem|numru|data|dejta|dettalji)',
        ],
        [1, '(?:indirizz|email|l-email)\\w*~{0,20}ġdid'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, 'ma (?:rridx|nridx)~{0,40}(?:xejn|xi ħaġa)~{0,10}(?:dwari|fuqi)'],
        [1, 'neħħuni|ħassruni'],
        [1, '(?:ħassru|ħassar|neħħu)\\w*~{0,30}(?:l-)?account'],
        [1, '(?:agħlqu|ħassru|neħħu)(?:li)? (?:il-|l-)?kont'],
        [1, 'neħħu (?:kollox|kulma|kull ma)'],
        [1, 'ħassru (?:kollox|kull ma)'],
      ],
      restriction: [
        [2, "(?:tħassrux|m'għandkomx tħassru)~{0,60}(?:tużawx|tipproċessawx|tużawh|tużawha)"],
        [1.5, '(?:tużawx|tipproċessawx)~{0,60}(?:sakemm|qabel ma)'],
      ],
      objection: [
        [1, '(?:ma rridx|ma nixtieqx)~{0,90}(?:riċerk|statistik|marketing|reklam|analiż|analitik|profil)'],
        [1, '(?:tibagħtulix|tibgħatulix|ieqfu tibagħtu)~{0,20}(?:reklam|marketing|newsletter)', 'absorbable'],
        [
          1,
          '(?:tibagħtulix|tibgħatulix|ieqfu|waqqfu|ma rridx (?:aktar )?nirċievi)~{0,40}(?:reklam|marketing|newsletter|promozzjon|offert)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:fajl|format)\\w*~{0,40}(?:nimporta|importa|intella|ittella)']],
      withdraw_consent: [
        [
          1,
          '(?:nirtira|qed nirtira|nikkanċella|inħassar|ma nagħtix aktar)~{0,30}(?:permess|kunsens|approvazzjoni)',
        ],
        [
          1,
          "(?:nneħħi|neħħejt|ħassart|m'għadnix nagħti|m'għadnix naqbel)~{0,30}(?:permess|kunsens|approvazzjoni)",
        ],
      ],
      opt_out_sale: [
        [1, '(?:neħħuni|eskluduni|oħorġuni)~{0,40}(?:reklam|profil|immirat)'],
        [1, 'reklam\\w* immirat\\w*~{0,40}(?:neħħuni|eskluduni|ma rridx)'],
      ],
    },
    mtImplicit,
  ),
  keepAccount:
    "tħassrux (?:xejn|il-kont)|m'għandkomx tħassru xejn|tagħlqux (?:il-)?kont|żommu (?:il-)?kont|ma rridx (?:nagħlaq|inħassar) (?:il-)?kont",
});
