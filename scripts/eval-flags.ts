/**
 * Flag scores for `npm run eval`: precision and recall of each flag the labels carry. `auto` is the
 * classifier's automatic-mail verdict; `agent`, `child`, `complaint` and `regulator` are read from the wording
 * (`requestFlagsOf`); `follow_up` is decided by threading at intake, not by the classifier, so it is counted
 * but not scored here.
 */
import { requestFlagsOf } from '../src/domain/classify/request-flags.js';
import type { Example } from './corpus.js';

const WORDING = ['agent', 'child', 'complaint', 'regulator'] as const;
const FLAGS = ['auto', ...WORDING, 'follow_up'] as const;

export interface FlagScore {
  readonly flag: string;
  readonly support: number;
  readonly predicted: number;
  /** Null where the classifier does not predict the flag, or neither the labels nor it name it. */
  readonly precision: number | null;
  readonly recall: number | null;
}

/** `predictedAuto[i]`: the classifier's automatic-mail verdict on `examples[i]`. */
export function flagScores(examples: readonly Example[], predictedAuto: readonly boolean[]): FlagScore[] {
  const predicted = examples.map((e, i): readonly string[] => [
    ...(predictedAuto[i] ? ['auto'] : []),
    ...requestFlagsOf(e.email),
  ]);
  return FLAGS.map((flag) => {
    const support = examples.filter((e) => e.flags.includes(flag)).length;
    if (flag === 'follow_up') return { flag, support, predicted: 0, precision: null, recall: null };
    const said = predicted.filter((p) => p.includes(flag)).length;
    const hits = examples.filter((e, i) => e.flags.includes(flag) && predicted[i]!.includes(flag)).length;
    return {
      flag,
      support,
      predicted: said,
      // A set without the flag and without a prediction of it has no figure for it.
      precision: said === 0 ? (support === 0 ? null : 0) : hits / said,
      recall: support === 0 ? null : hits / support,
    };
  });
}

export function printFlags(title: string, scores: readonly FlagScore[]): void {
  const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3)).padStart(10);
  console.log(`\n== flags, ${title}`);
  console.log('flag         support  predicted  precision    recall');
  for (const s of scores)
    console.log(
      `${s.flag.padEnd(12)}${String(s.support).padStart(8)}${String(s.predicted).padStart(11)}${figure(s.precision)}${figure(s.recall)}`,
    );
}
