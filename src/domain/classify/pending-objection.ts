/**
 * GDPR Art. 18(1)(d): the processing is restricted while an objection is verified. A writer who asks for the
 * restriction and reports the objection as already made ("I have lodged an objection separately; until it is
 * decided, restrict the processing", "ich habe Widerspruch … eingelegt") asks for the restriction only: the
 * objection is the earlier request it waits on. Read only where restriction was chosen.
 */
import type { Right } from '../request-types.js';

// "I have lodged an objection", "I objected", in the ten full languages; the text is lower-cased.
const OBJECTION_MADE = new RegExp(
  [
    "\\b(?:i|we)(?:'ve| have| had)? (?:already |previously |separately )?(?:lodged|filed|submitted|made|raised|sent|registered|exercised) (?:an? |my |our )?(?:formal )?objection",
    "\\b(?:i|we)(?:'ve| have| had)? (?:already |previously )?objected\\b",
    '\\b(?:habe|hatte|haben)\\b[^.?!\\n]{0,60}\\bwiderspruch\\b[^.?!\\n]{0,80}\\b(?:eingelegt|erhoben|eingereicht)\\b',
    '\\b(?:habe|hatte|haben)\\b[^.?!\\n]{0,80}\\bwidersprochen\\b',
    "\\b(?:j'ai|nous avons) (?:déjà )?(?:fait|formulé|présenté|exercé|adressé|envoyé) (?:une |mon |ma |notre )?(?:droit d'|demande d')?opposition",
    '\\bje me suis (?:déjà )?opposée?\\b',
    '\\b(?:he|hemos) (?:ya )?(?:presentado|ejercido|formulado|enviado) (?:mi |la |una |el )?(?:derecho de |solicitud de )?oposición',
    '\\b(?:ya me opuse|me he opuesto)\\b',
    "\\b(?:ho|abbiamo) (?:già )?(?:presentato|esercitato|fatto|inviato) (?:un'|l'|il (?:mio )?diritto di |la (?:mia )?)?opposizione",
    '\\bmi sono (?:già )?oppost[oa]\\b',
    '\\b(?:heb|hebben)\\b[^.?!\\n]{0,60}\\bbezwaar\\b[^.?!\\n]{0,60}\\b(?:gemaakt|ingediend|aangetekend)\\b',
    '\\b(?:apresentei|exerci|fiz|enviei) (?:já )?(?:a |uma |o (?:meu )?direito de |o (?:meu )?pedido de )?oposição',
    '\\bjá me opus\\b',
    '\\b(?:wniosł|złożył)\\w* (?:już )?sprzeciw',
    '\\bhar (?:redan )?(?:gjort|lämnat in|lämnat|framfört) (?:en )?invändning|\\bhar (?:redan )?invänt\\b',
    '\\bhar (?:allerede )?(?:gjort|indgivet|fremsat|sendt) (?:en )?indsigelse',
  ].join('|'),
  'g',
);

export interface PendingObjection {
  /** The words that report the objection as made. */
  readonly phrase: string;
  /** True where every objection cue lies in a sentence that reports it as made: the cues count for nothing. */
  readonly absorbs: boolean;
}

/**
 * The objection a restriction waits on, or null. `objectionPhrases` are the phrases of the objection cues
 * counted in `text`.
 */
export function pendingObjection(
  text: string,
  chosen: readonly Right[],
  objectionPhrases: readonly string[],
): PendingObjection | null {
  if (!chosen.includes('restriction')) return null;
  OBJECTION_MADE.lastIndex = 0;
  const spans: (readonly [number, number])[] = [];
  let phrase: string | null = null;
  for (let m = OBJECTION_MADE.exec(text); m !== null; m = OBJECTION_MADE.exec(text)) {
    phrase ??= m[0];
    spans.push(sentenceSpan(text, m.index));
  }
  if (phrase === null) return null;
  const inside = (p: string): boolean => {
    const at = text.indexOf(p);
    return spans.some(([from, to]) => at >= from && at + p.length <= to);
  };
  return { phrase, absorbs: chosen.includes('objection') && objectionPhrases.every(inside) };
}

function sentenceSpan(text: string, at: number): readonly [number, number] {
  const ends = /[.?!\n]/;
  let from = at;
  while (from > 0 && !ends.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !ends.test(text[to]!)) to++;
  return [from, to];
}
