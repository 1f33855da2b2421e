/** Scoring for `npm run eval` and `npm run eval:sets`: A the lexicon alone, B the model alone, C the two joined. */
import { createClassifier, traceClassification } from '../src/domain/classify/classify-email.js';
import type { LanguageDetector } from '../src/domain/classify/language.js';
import { type NgramModel, rightProbabilities } from '../src/domain/classify/ngram-model.js';
import { RIGHTS, type RequestType } from '../src/domain/request-types.js';
import type { Example } from './corpus.js';
import type { Scored } from './eval-report.js';

export function lexiconAndJoined(examples: readonly Example[], detect: LanguageDetector, model: NgramModel) {
  const lexicon = createClassifier(detect);
  const joined = createClassifier(detect, undefined, model);
  const score = (c: typeof lexicon) =>
    examples.map((e): Scored => {
      const traced = traceClassification(c, e.email);
      const r = traced.classification;
      return {
        trace: traced,
        file: e.file,
        gold: e.gold,
        predicted: r.types,
        goldAuto: e.goldAuto,
        predictedAuto: r.auto,
        confidence: r.confidence,
        language: e.language,
      };
    });
  return { A: score(lexicon), C: score(joined) };
}

/** The model alone: rights at p >= 0.5, else not_a_request; automatic mail as the classifier answers it. */
export function modelAlone(
  examples: readonly Example[],
  model: NgramModel,
  base: readonly Scored[],
): Scored[] {
  return examples.map((e, i) => {
    if (base[i]!.predictedAuto) return base[i]!;
    const p = rightProbabilities(model, e.text);
    const rights = RIGHTS.filter((_, r) => p[r]! >= 0.5);
    const top = Math.max(...p);
    const predicted: RequestType[] = rights.length > 0 ? rights : ['not_a_request'];
    return { ...base[i]!, predicted, confidence: rights.length > 0 ? top : 1 - top };
  });
}
