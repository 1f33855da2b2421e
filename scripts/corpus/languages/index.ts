// Every language pack the corpus is written in: the 24 official EU languages, Brazilian Portuguese, and
// Japanese, Chinese, Korean, Turkish, Ukrainian, Russian and Hindi; then voices written in train only
// (Arabic, Hebrew, Thai, Vietnamese, Indonesian), and more plain wordings of each right for the packs.
import { type Pack, type Paraphrases, type Right, type TrainVoice } from '../types.js';
import { PARAPHRASES } from './paraphrases/index.js';
import { EXTRA_NEGATIVES } from './paraphrases/negatives.js';
import { REQUESTS_NAMING_OBJECTS, SUPPORT_NEGATIVES } from './paraphrases/support-negatives.js';
import { WORLD_NEGATIVES } from './paraphrases/negatives-world.js';
import { TRAIN_ONLY } from './paraphrases/train-only.js';
import { bg } from './bg.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { ga } from './ga.js';
import { hi } from './hi.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { mt } from './mt.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { ptBR } from './pt-br.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { zh } from './zh.js';

const BASE: readonly Pack[] = [
  en, de, fr, es, it, nl, pl, pt, ptBR, sv, da, fi, cs, sk, hu, ro, bg, el, hr, sl, et, lv, lt, mt, ga,
  ja, zh, ko, tr, uk, ru, hi,
];

export const PACKS: readonly Pack[] = BASE.map((pack) => {
  const paraphrases = withMore(PARAPHRASES[pack.id], REQUESTS_NAMING_OBJECTS[pack.id]);
  // Appended after the earlier ones: each voice's stream draws them last, so earlier emails keep their bytes.
  const negatives = [
    ...(EXTRA_NEGATIVES[pack.id] ?? []),
    ...(SUPPORT_NEGATIVES[pack.id] ?? []),
    ...(WORLD_NEGATIVES[pack.id] ?? []),
  ];
  return {
    ...pack,
    ...(paraphrases ? { paraphrases } : {}),
    ...(negatives.length > 0 ? { extraNegatives: negatives } : {}),
  };
});

/** More wordings after a pack's own, right by right. */
function withMore(own: Paraphrases | undefined, more: Paraphrases | undefined): Paraphrases | undefined {
  if (more === undefined) return own;
  const merged: Record<string, readonly string[]> = { ...own };
  for (const [right, wordings] of Object.entries(more)) merged[right] = [...(own?.[right as Right] ?? []), ...wordings];
  return merged;
}

/** Voices that write only everyday mail (train only): Icelandic and Norwegian. */
export { EVERYDAY_VOICES } from './everyday/voices.js';

export const TRAIN_VOICES: readonly TrainVoice[] = TRAIN_ONLY.map((voice) =>
  WORLD_NEGATIVES[voice.id] ? { ...voice, extraNegatives: WORLD_NEGATIVES[voice.id] } : voice,
);
