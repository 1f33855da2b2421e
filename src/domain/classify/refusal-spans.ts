/**
 * Where the writer refuses a deletion in the email's own words: the spans an erasure cue must not start in
 * (`score-rights.ts`).
 */
import { type CompiledLexicon, mayOccur } from './lexicon/index.js';

/**
 * Where each lexicon's refusal of a deletion ("keep my account", "не видаляйте", "jangan dihapus") occurs.
 * Languages read by a basic lexicon have no negation words, so an erasure cue that starts inside such a
 * refusal ("jangan hapus akun saya": don't delete my account) is set aside as negated here.
 */
export function refusalSpans(text: string, lexicons: readonly CompiledLexicon[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const lexicon of lexicons) {
    const keep = lexicon.keepAccount;
    if (keep === null || !mayOccur(keep, lexicon.literals)) continue;
    for (let from = 0; from < text.length;) {
      const m = keep.pattern.exec(from === 0 ? text : text.slice(from));
      if (m === null) break;
      const start = from + m.index;
      spans.push([start, start + m[0].length]);
      from = start + Math.max(1, m[0].length);
    }
  }
  return spans;
}

export function insideAny(index: number, spans: readonly (readonly [number, number])[]): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}
