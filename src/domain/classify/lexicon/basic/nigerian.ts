/**
 * Yoruba, Hausa and Igbo rights vocabulary: Nigeria's Data Protection Act 2023 (s. 34 access, rectification,
 * erasure and restriction, s. 35 withdrawal of consent, s. 36 objection, s. 38 portability) and the GDPR as
 * Nigerian writers abroad cite it. eld knows Yoruba only; Hausa and Igbo are recognised by their spelling
 * (`spelling-language.ts`). Each is typed as often without its marks as with them: Yoruba tones and dots
 * ("ẹ jọ̀wọ́" / "e jowo"), Igbo dots ("hichapụ" / "hichapu"), Hausa hooked letters ("haƙƙi" / "hakki"), so
 * the patterns are written bare and widened here (`marked`).
 */
import type { CueSpec } from '../types.js';
import { basicLexicon, type BasicSpec } from './build.js';

/** Yoruba: each vowel with or without its tone or dot, NFC or with combining marks; "s" or "ṣ". */
const YORUBA: Readonly<Record<string, string>> = {
  a: '[aàá][\\u0300\\u0301]?',
  e: '[eèéẹ][\\u0300\\u0301\\u0323]?[\\u0300\\u0301]?',
  i: '[iìí][\\u0300\\u0301]?',
  o: '[oòóọ][\\u0300\\u0301\\u0323]?[\\u0300\\u0301]?',
  u: '[uùú][\\u0300\\u0301]?',
  s: '[sṣ]',
};
/** Igbo dotted vowels and "ṅ"; Hausa hooked consonants: each also typed as its plain letter. */
const DOTTED: Readonly<Record<string, string>> = {
  ị: '[ịi]',
  ọ: '[ọo]',
  ụ: '[ụu]',
  ṅ: '[ṅn]',
  ƙ: '[ƙk]',
  ɗ: '[ɗd]',
  ɓ: '[ɓb]',
};

/** The pattern with each letter in `letters` widened, escapes left alone. */
function widen(letters: Readonly<Record<string, string>>, pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else out += letters[char] ?? char;
  }
  return out;
}

/** Every pattern of a spec widened. */
function marked(letters: Readonly<Record<string, string>>, spec: BasicSpec): BasicSpec {
  const w = (pattern: string) => widen(letters, pattern);
  const map = <K extends string>(record: Readonly<Record<K, string>>) =>
    Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, w(v)])) as Record<K, string>;
  const extra = Object.fromEntries(
    Object.entries(spec.extra ?? {}).map(([right, cues]) => [
      right,
      cues!.map(([weight, pattern, absorbable]) => [weight, w(pattern), absorbable]),
    ]),
  );
  return {
    ...spec,
    data: w(spec.data),
    consent: w(spec.consent),
    names: map(spec.names),
    verbs: map(spec.verbs),
    extra,
    keepAccount: spec.keepAccount === undefined ? undefined : w(spec.keepAccount),
    hypothetical: spec.hypothetical === undefined ? undefined : w(spec.hypothetical),
  };
}

// The Act's sections, read only under the Act's name: s. 35 consent, s. 36 objection, s. 38 portability.
const NDPA = '(?:ndpa|data protection act)~{0,30}';
const NDPA_CITES = {
  withdraw_consent: [[2, `${NDPA}\\b35\\b`]],
  portability: [[2, `${NDPA}\\b38\\b`]],
} as const;
const NDPA_OBJECTION: CueSpec = [2, `${NDPA}\\b36\\b`];

const YO_DATA = '(?:alaye|iwifun|data)';

export const yo = basicLexicon(
  marked(YORUBA, {
    language: 'yo',
    latin: true,
    data: 'alaye|iwifun|data|akoole|akanti|account',
    consent: 'ifowosi|iyonda|ase mi',
    names: {
      access: `eda ${YO_DATA}|eto lati ri ${YO_DATA}|${YO_DATA} ti e ni nipa mi`,
      rectification: 'eto lati se atunse|(?:se atunse|satunse)~{0,30}(?:oruko|adiresi|nomba)',
      erasure:
        'eto lati pare|\\b(?<!ma |se )pa (?:akoole|akanti|account|gbogbo|data|alaye)~{0,30}\\bre\\b|(?<!ma |se )paare',
      restriction: 'e (?:da|duro)~{0,20}lilo~{0,30}duro|e ma se lo~{0,40}titi',
      objection: '\\bmo tako\\b',
      portability: `gbe ${YO_DATA}~{0,30}\\blo si\\b`,
      withdraw_consent: '(?:yo|fa|gba)~{0,10}(?:ifowosi|iyonda|ase) mi~{0,20}(?:kuro|seyin|pada)',
      opt_out_sale: 'e ma (?:se )?ta\\b|ma (?:se )?ta (?:alaye|data|iwifun)',
    },
    verbs: {
      access: '\\beda\\b|ranse si mi|mo fe mo',
      rectification: 'atunse|satunse|tunse',
      // Not "pare" alone: Romanian, Italian and Portuguese write it ("se pare", "seems").
      erasure: '(?<!ma |se )paare',
      restriction: 'dinku|idiwon',
      objection: 'atako|\\btako\\b',
      portability: 'gbe lo|sipo',
      withdraw_consent: 'fagile|yo kuro|gba pada',
      opt_out_sale: '\\bta (?:alaye|iwifun)',
    },
    extra: {
      access: [[1, `(?:ki ni|kini)~{0,20}${YO_DATA}~{0,30}nipa mi`]],
      rectification: [[1, '(?:oruko|adiresi) mi~{0,30}(?:ko to|ko pe|asise)']],
      objection: [
        [1, '(?:e ma|e dekun|e dawo)~{0,40}ipolowo|ipolowo~{0,60}\\bduro\\b', 'absorbable'],
        NDPA_OBJECTION,
      ],
      ...NDPA_CITES,
    },
    keepAccount: 'e ma (?:se )?(?:pa|paare) (?:akoole|akanti|account)',
    // "Ṣé ẹ máa ń ta àlàyé àwọn oníbàárà?" asks about the practice; "tí mo bá pa… kí ni" about a consequence.
    hypothetical: 'se e (?:maa )?n ta\\b|ti mo ba~{0,40}(?:ki ni|kini)',
  }),
);

const HA_DATA = '(?:bayanai\\w*|bayanan\\w*|data)';

export const ha = basicLexicon(
  marked(DOTTED, {
    language: 'ha',
    latin: true,
    data: 'bayanai\\w*|bayanan\\w*|data|asusu\\w*|akawun\\w*|akaunt\\w*',
    consent: 'izini\\w*|yarda\\w*|amincewa\\w*',
    names: {
      access: `kwafin ${HA_DATA}|haƙƙin samun ${HA_DATA}|${HA_DATA} (?:da )?kuke da su game da ni`,
      rectification: 'haƙƙin gyara|(?:ku )?gyara (?:suna|sunana|adireshi|adireshina)',
      erasure: `haƙƙin gogewa|(?<!kada ku |kar ku )goge (?:asusu\\w*|duk ${HA_DATA}|${HA_DATA})|(?<!kada |kar )ku share asusu\\w*`,
      restriction: '(?:takaita|ƙayyade|dakatar da) (?:sarrafa|amfani)',
      objection: 'ina adawa|na ƙi amincewa',
      portability: `(?:tura|mayar da) ${HA_DATA}~{0,30}\\bzuwa\\b`,
      withdraw_consent: '(?:janye|soke)~{0,20}(?:izini|yarda|amincewa)\\w*',
      opt_out_sale: '(?:kada|kar) ku (?:sayar|siyar)',
    },
    verbs: {
      access: 'kwafi\\w*|turo min',
      rectification: 'gyara|sabunta',
      erasure: 'goge|gogewa|cire',
      restriction: 'takaita|ƙayyade',
      objection: 'adawa',
      portability: 'canja wuri',
      withdraw_consent: 'janye',
      opt_out_sale: 'sayar|siyar',
    },
    extra: {
      access: [[1, `(?:wadanne|wane) ${HA_DATA}~{0,40}game da ni`]],
      erasure: [[1, '(?<!kada ku |kar ku )(?:rufe|soke) asusu\\w*']],
      objection: [[1, '(?:ku daina|kada ku)~{0,30}(?:talla\\w*|saƙon talla)', 'absorbable'], NDPA_OBJECTION],
      ...NDPA_CITES,
    },
    keepAccount: '(?:kada|kar) ku (?:goge|rufe|share) asusu\\w*',
    hypothetical: '(?:shin|ko) kuna (?:sayar|siyar)|idan na goge~{0,40}(?:me|mene) zai',
  }),
);

const IG_DATA = '(?:ozi|data|nkọwa)';

export const ig = basicLexicon(
  marked(DOTTED, {
    language: 'ig',
    latin: true,
    data: 'ozi|data|nkọwa|akaụntụ|akaunti|account|profaịlụ',
    consent: 'nkwenye|ikike',
    names: {
      access: `oyiri ${IG_DATA}|${IG_DATA} unu nwere gbasara m`,
      rectification: '(?:dozie|mezie) (?:aha|adreesị|ozi)',
      erasure: `hichapụ (?:akaụntụ|akaunti|account|${IG_DATA})`,
      restriction: 'belata (?:iji|nhazi)',
      objection: 'ana m emegide',
      portability: `(?:bufee|nyefee) ${IG_DATA}`,
      withdraw_consent: '(?:wepụ|wepu|kagbuo|ewepụ)~{0,10}(?:nkwenye|ikike)',
      opt_out_sale: 'erela ozi|unu erela|ebula~{0,20}ree',
    },
    verbs: {
      access: 'oyiri|zitere m',
      rectification: 'dozie|mezie|melite',
      erasure: 'hichapụ|hichaa|ehichapụ',
      restriction: 'belata|kwụsịtụ',
      objection: 'emegide',
      portability: 'bufee|nyefee',
      withdraw_consent: 'ewepụ|kagbuo',
      opt_out_sale: 'erela|na-ere',
    },
    extra: {
      access: [[1, `(?:kedu|gịnị)~{0,20}${IG_DATA}~{0,30}gbasara m`]],
      erasure: [[1, 'mechie akaụntụ']],
      objection: [[1, '(?:kwụsị|akwụsịla|ezitela)~{0,30}mgbasa ozi', 'absorbable'], NDPA_OBJECTION],
      ...NDPA_CITES,
    },
    keepAccount: '(?:ahichapụla|hichapụla|emechila) akaụntụ',
    hypothetical: 'unu na-ere ozi|ọ bụrụ na m hichapụ~{0,40}gịnị',
  }),
);
