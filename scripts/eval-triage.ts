/**
 * Triage by rule for `npm run eval:sets -- --triage` and `npm run eval -- --triage`: for every verdict below the
 * triage threshold, the confidence rule that first took it below (`confidence.ts`, `assemble-confidence.ts`)
 * and the language group, with how many of those verdicts were exactly right and right on request-or-not.
 * `--records FILE` writes one JSON line per email (no text, no phrase: file name, labels, rules, cue weights).
 */
import { writeFile } from 'node:fs/promises';
import { sameTypes } from '../src/domain/classify/evaluation.js';
import { type Scored, TRIAGE_THRESHOLD } from './eval-report.js';

/** The rule that first stated a confidence below the threshold, or null above it. */
export function triageRule(s: Scored, threshold = TRIAGE_THRESHOLD): string | null {
  if (s.confidence >= threshold) return null;
  if (s.trace === undefined || s.trace.steps.length === 0) return 'unknown';
  return s.trace.steps.find((step) => step.confidence < threshold)?.rule ?? 'unknown';
}

interface Tally {
  emails: number;
  exact: number;
  requestOrNot: number;
}

export function printTriage(title: string, scored: readonly Scored[]): void {
  const rows = new Map<string, Tally>();
  const add = (key: string, s: Scored): void => {
    const t = rows.get(key) ?? { emails: 0, exact: 0, requestOrNot: 0 };
    t.emails++;
    if (sameTypes(s.gold, s.predicted)) t.exact++;
    if (s.gold.includes('not_a_request') === s.predicted.includes('not_a_request')) t.requestOrNot++;
    rows.set(key, t);
  };
  for (const s of scored) {
    const rule = triageRule(s);
    if (rule === null) continue;
    const group = s.trace?.languageGroup ?? 'unknown';
    add(`${rule} (${group})`, s);
    add(`all (${group})`, s);
    add('all', s);
  }
  const triaged = rows.get('all')?.emails ?? 0;
  console.log(`\n== triage by rule, ${title}: ${triaged} of ${scored.length} below ${TRIAGE_THRESHOLD}`);
  console.log('rule (language group)                   emails  exact  request-or-not');
  for (const [key, t] of [...rows].sort((a, b) => b[1].emails - a[1].emails))
    console.log(
      `${key.padEnd(38)}${String(t.emails).padStart(8)}${String(t.exact).padStart(7)}${String(t.requestOrNot).padStart(16)}`,
    );
}

export async function writeRecords(
  path: string,
  sets: ReadonlyMap<string, readonly Scored[]>,
): Promise<void> {
  const lines: string[] = [];
  for (const [set, scored] of sets)
    for (const s of scored) {
      const rights = s.trace?.rights ?? null;
      const opinion = s.trace?.opinion ?? null;
      lines.push(
        JSON.stringify({
          set,
          file: s.file,
          gold: s.gold,
          predicted: s.predicted,
          auto: s.predictedAuto,
          confidence: s.confidence,
          language: s.language,
          group: s.trace?.languageGroup ?? null,
          rule: triageRule(s),
          steps: s.trace?.steps ?? [],
          scores: rights === null ? {} : Object.fromEntries(rights.scores),
          chosen: rights?.chosen ?? [],
          cues:
            rights?.evidence.map((e) => ({ right: e.right, weight: e.weight, language: e.language })) ?? [],
          setAside: rights?.setAside.map((a) => a.why) ?? [],
          erasureDoubt: rights !== null && rights.erasureDoubt !== null,
          model:
            opinion === null
              ? null
              : {
                  chosen: opinion.chosen,
                  cap: opinion.cap,
                  penalty: opinion.penalty,
                  agrees: opinion.agrees,
                  probabilities: opinion.probabilities ?? {},
                },
        }),
      );
    }
  await writeFile(path, `${lines.join('\n')}\n`);
}
