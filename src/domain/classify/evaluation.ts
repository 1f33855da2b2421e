/**
 * Scores predicted request types against labelled ones the way the issue asks: per-type precision, recall
 * and F1 over the nine types, their macro average, request recall and automatic-mail accuracy.
 */
import { REQUEST_TYPES, type RequestType } from '../request-types.js';

export interface LabelledPrediction {
  readonly file: string;
  readonly gold: readonly RequestType[];
  readonly predicted: readonly RequestType[];
  readonly goldAuto: boolean;
  readonly predictedAuto: boolean;
  readonly confidence: number;
}

export interface TypeScore {
  readonly type: RequestType;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Evaluation {
  readonly perType: readonly TypeScore[];
  readonly macroF1: number;
  /** Share of real requests not classified `not_a_request`: a miss is a missed legal deadline. */
  readonly requestRecall: number;
  readonly autoAccuracy: number;
  readonly exactMatch: number;
  /** Requests called `not_a_request` at or above the triage threshold: no acknowledgement, no clock. */
  readonly confidentMisses: number;
  readonly mistakes: readonly LabelledPrediction[];
}

export function evaluate(predictions: readonly LabelledPrediction[], triageThreshold = 0.6): Evaluation {
  const perType = REQUEST_TYPES.map((type): TypeScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of predictions) {
      const inGold = p.gold.includes(type);
      const inPredicted = p.predicted.includes(type);
      if (inGold && inPredicted) tp++;
      else if (inPredicted) fp++;
      else if (inGold) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { type, support: tp + fn, precision, recall, f1 };
  });
  const requests = predictions.filter((p) => !p.gold.includes('not_a_request'));
  const found = requests.filter((p) => !p.predicted.includes('not_a_request'));
  const mistakes = predictions.filter(
    (p) => !sameTypes(p.gold, p.predicted) || p.goldAuto !== p.predictedAuto,
  );
  return {
    perType,
    macroF1: perType.reduce((sum, t) => sum + t.f1, 0) / perType.length,
    requestRecall: requests.length === 0 ? 1 : found.length / requests.length,
    autoAccuracy:
      predictions.filter((p) => p.goldAuto === p.predictedAuto).length / Math.max(1, predictions.length),
    exactMatch:
      predictions.filter((p) => sameTypes(p.gold, p.predicted)).length / Math.max(1, predictions.length),
    confidentMisses: requests.filter(
      (p) => p.predicted.includes('not_a_request') && p.confidence >= triageThreshold,
    ).length,
    mistakes,
  };
}

export function sameTypes(a: readonly RequestType[], b: readonly RequestType[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

export interface ReliabilityBand {
  readonly low: number;
  readonly high: number;
  readonly emails: number;
  /** Mean confidence stated in the band. */
  readonly stated: number;
  /** Share with exactly the gold type set. */
  readonly exact: number;
  /** Share right on the question that starts the clock: request or not. */
  readonly requestOrNot: number;
}

/** Stated confidence against observed accuracy per band, to calibrate the triage threshold on evidence. */
export function reliability(
  predictions: readonly LabelledPrediction[],
  edges: readonly number[],
): ReliabilityBand[] {
  const bands: ReliabilityBand[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const low = edges[i]!;
    const high = edges[i + 1]!;
    const band = predictions.filter(
      (p) => p.confidence >= low && (p.confidence < high || (high >= 1 && p.confidence <= 1)),
    );
    const share = (test: (p: LabelledPrediction) => boolean): number =>
      band.length === 0 ? 0 : band.filter(test).length / band.length;
    bands.push({
      low,
      high,
      emails: band.length,
      stated: band.length === 0 ? 0 : band.reduce((sum, p) => sum + p.confidence, 0) / band.length,
      exact: share((p) => sameTypes(p.gold, p.predicted)),
      requestOrNot: share((p) => p.gold.includes('not_a_request') === p.predicted.includes('not_a_request')),
    });
  }
  return bands;
}
