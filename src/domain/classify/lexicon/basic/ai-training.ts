/**
 * An objection to one's data training AI models (GDPR Art. 21 where the basis is a legitimate interest), as
 * the languages of the eighth round write it: the data word, "AI" in Latin letters or the language's own,
 * and its word for training, in one clause ("నా డేటాను AI శిక్షణ కోసం ఉపయోగించవద్దు"). The match runs on to the
 * clause's end, over the "don't use" that makes it an objection, so that the trailing negation does not
 * read it as a refusal of the objection itself.
 */
import type { CueSpec } from '../types.js';

export function aiTrainingObjection(data: string, ai: string, training: string): CueSpec {
  const AI = `(?:(?<![a-z])ai(?![a-z])|${ai})`;
  return [
    1,
    `(?:(?:${data})~{0,60}${AI}~{0,20}(?:${training})|${AI}~{0,20}(?:${training})~{0,60}(?:${data}))~{0,40}`,
  ];
}
