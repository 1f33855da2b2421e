/**
 * A few unmistakable words per right in languages without a full lexicon (Norwegian, Finnish, Romanian,
 * Hungarian, Czech, Japanese). They only point triage at a likely type: results in these languages are
 * always capped to low confidence, so a person decides.
 */
import type { Lexicon } from './types.js';

export const partial: Lexicon = {
  language: 'partial',
  wordBoundaries: false,
  cues: {
    access: [[1, 'innsyn|tietopyyntö|jäljennös|dreptul de acces|hozzáférés|másolat|přístup k|開示']],
    rectification: [
      [1, 'retting|rette opp|oikaise|korjaa|corect\\w*|rectific\\w*|helyesbít|javíts|oprav|訂正'],
    ],
    erasure: [[1, 'slett\\w*|poista|ștergere|șterg|törlés|töröl|výmaz|smazání|smaž|削除|消去']],
    restriction: [[1, 'begrens\\w* behandling|rajoit|restricți|korlátoz|omezení zpracování|利用停止']],
    objection: [[1, 'protester\\w*|innsigelse|vastusta|mă opun|opoziți|tiltakoz|námitk']],
    withdraw_consent: [
      [
        1,
        'trekker\\w* \\w* ?samtykke|peru\\w* suostumu|retrag\\w* consimț|visszavon|odvolá\\w* souhlas|同意の撤回',
      ],
    ],
    portability: [
      [
        1,
        'dataportabilitet|maskinlesbar|siirrettäv|portabilitat|hordozhatóság|přenositelnost|ポータビリティ',
      ],
    ],
    opt_out_sale: [[1, 'ikke selg|nu vinde|ne prodávejte']],
  },
};
