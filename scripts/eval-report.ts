/** Printing for `npm run eval`: one summary line per split and language, per-type tables, reliability. */
import {
  type Evaluation,
  evaluate,
  type LabelledPrediction,
  reliability,
} from '../src/domain/classify/evaluation.js';
import type { TracedClassification } from '../src/domain/classify/classify-email.js';

export const TRIAGE_THRESHOLD = 0.6;
const BANDS = [0, 0.3, 0.45, 0.6, 0.75, 0.9, 1];

export interface Scored extends LabelledPrediction {
  readonly language: string;
  /** The rules behind the confidence, where the classifier itself scored the email (A and C). */
  readonly trace?: TracedClassification;
}

export function summaryHeader(): string {
  return 'set                          emails  macro-F1  req.recall  confident misses  exact';
}

export function summaryLine(name: string, predictions: readonly Scored[]): string {
  const e = evaluate(predictions, TRIAGE_THRESHOLD);
  const requests = predictions.filter((p) => !p.gold.includes('not_a_request')).length;
  return `${name.padEnd(28)}${String(predictions.length).padStart(7)}${macroF1Present(e).toFixed(3).padStart(10)}${e.requestRecall.toFixed(3).padStart(12)}${`${e.confidentMisses} of ${requests}`.padStart(18)}${e.exactMatch.toFixed(3).padStart(7)}`;
}

/** Macro-F1 over the nine types; in a per-language slice only over types present in gold or predictions. */
function macroF1Present(e: Evaluation): number {
  const present = e.perType.filter((t) => t.support > 0 || t.precision < 1);
  const types = present.length === 0 ? e.perType : present;
  return types.reduce((sum, t) => sum + t.f1, 0) / types.length;
}

export function printSet(title: string, predictions: readonly Scored[]): void {
  const e = evaluate(predictions, TRIAGE_THRESHOLD);
  console.log(`\n== ${title}`);
  console.log('type              support  precision  recall     F1');
  for (const t of e.perType) {
    console.log(
      `${t.type.padEnd(18)}${String(t.support).padStart(7)}${t.precision.toFixed(3).padStart(11)}${t.recall.toFixed(3).padStart(8)}${t.f1.toFixed(3).padStart(7)}`,
    );
  }
  console.log(`macro-F1 (9 types): ${e.macroF1.toFixed(3)}`);
  console.log(`request recall:     ${e.requestRecall.toFixed(3)}`);
  console.log(
    `confident misses:   ${e.confidentMisses} (requests called not_a_request at >= ${TRIAGE_THRESHOLD})`,
  );
  console.log(`auto accuracy:      ${e.autoAccuracy.toFixed(3)}`);
  console.log(`exact type set:     ${e.exactMatch.toFixed(3)}`);
  console.log(summaryHeader());
  const languages = [...new Set(predictions.map((p) => p.language))].sort();
  for (const language of languages)
    console.log(
      summaryLine(
        `  ${language}`,
        predictions.filter((p) => p.language === language),
      ),
    );
  console.log(summaryLine('  all', predictions));
}

export function printReliability(title: string, predictions: readonly Scored[]): void {
  console.log(`\n== reliability, ${title} (stated confidence vs observed accuracy)`);
  console.log('band          emails  stated  exact types  request-or-not');
  for (const b of reliability(predictions, BANDS)) {
    const band = `[${b.low.toFixed(2)}, ${b.high.toFixed(2)}${b.high >= 1 ? ']' : ')'}`;
    console.log(
      `${band.padEnd(14)}${String(b.emails).padStart(6)}${b.stated.toFixed(2).padStart(8)}${b.exact.toFixed(3).padStart(13)}${b.requestOrNot.toFixed(3).padStart(16)}`,
    );
  }
}

export function printMistakes(predictions: readonly Scored[], limit = 40): void {
  const e = evaluate(predictions, TRIAGE_THRESHOLD);
  console.log(`\n== mistakes (file: gold -> predicted [confidence]), first ${limit} of ${e.mistakes.length}`);
  for (const m of e.mistakes.slice(0, limit)) {
    const auto = m.goldAuto === m.predictedAuto ? '' : ` auto ${m.goldAuto} -> ${m.predictedAuto}`;
    console.log(`${m.file}: ${m.gold.join('+')} -> ${m.predicted.join('+')} [${m.confidence}]${auto}`);
  }
}
