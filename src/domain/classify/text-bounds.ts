/**
 * Where words, clauses and sentences end around a cue, for the readings that judge it in its context
 * (`cue-context.ts`): a negation reaches back inside the clause, a hedge holds for its own sentence.
 */
// Clause and sentence ends are tested by character code: these walks run over many characters per cue
// match, and a one-character string and a regular expression call for each cost more than the rest of
// the scoring (docs/classifier-history.md, Performance).
const FULL_STOP = 0x2e;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const LINE_FEED = 0x0a;

/** `.`, `?`, `!` or a line break. */
export function endsSentence(code: number): boolean {
  return code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK || code === LINE_FEED;
}

/** A space or an ASCII punctuation mark: the end of a word in any script that spaces its words. */
export function endsWord(code: number): boolean {
  return (
    code <= 0x2f ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7f)
  );
}

/** A sentence end, `;`, `:` or `,`. */
export function endsClause(code: number): boolean {
  return endsSentence(code) || code === 0x3b || code === 0x3a || code === 0x2c;
}

export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  return text.slice(from, sentenceEnd(text, end));
}

/** Where the sentence holding `end` ends: at its `.`, `?`, `!` or line break, or at the end of the text. */
export function sentenceEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
  return to;
}

export function sentenceBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  return text.slice(from, start);
}
