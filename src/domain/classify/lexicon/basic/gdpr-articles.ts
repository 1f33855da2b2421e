/**
 * The GDPR's articles as writers cite them in a script or word order the universal cues do not read
 * ("GDPR-ის მე-17 მუხლი", "GDPR-ի 17-րդ հոդված", "GDPR-дың 17-бабы", "17-ci maddəsi", "17-moddasi",
 * "артыкул 17", "አንቀጽ 17", "qodobka 17aad"). The local laws of these countries number their rights
 * differently, so a number counts only with the GDPR named in the same clause.
 */
import type { Right } from '../../../request-types.js';
import type { CueSpec } from '../types.js';

const ARTICLES: readonly (readonly [Right, string])[] = [
  ['access', '15'],
  ['rectification', '16'],
  ['erasure', '17'],
  ['restriction', '18'],
  ['portability', '20'],
  ['objection', '21'],
];

type Extra = Partial<Record<Right, readonly CueSpec[]>>;

/** `extra` with each right's article added, `cite(n)` being the article numbered n in the language's words. */
export function withGdprArticles(extra: Extra, cite: (number: string) => string): Extra {
  const out: Record<string, readonly CueSpec[]> = { ...extra };
  for (const [right, number] of ARTICLES) {
    const article = cite(number);
    const cue: CueSpec = [2, `gdpr\\S*~{0,30}${article}|${article}~{0,30}gdpr`];
    out[right] = [...(extra[right] ?? []), cue];
  }
  return out;
}
