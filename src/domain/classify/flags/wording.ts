/**
 * Compiles the flag wording lists into one case-insensitive Unicode pattern each. `\b` in a list entry is
 * read as a boundary between letters and non-letters in any script (JavaScript's own `\b` knows only
 * ASCII letters, so it would never match around a Cyrillic, Greek or accented word).
 */
const LETTER = '[\\p{L}\\p{N}\\p{M}_]';
const BOUNDARY = `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`;

// A `\b` that opens an entry before a letter, or closes it after one, needs only one side checked.
const STARTS_WORD = `(?<!${LETTER})`;
const ENDS_WORD = `(?!${LETTER})`;

function compileEntry(entry: string): string {
  let body = entry;
  let head = '';
  let tail = '';
  if (body.startsWith('\\b') && /^[\p{L}(]/u.test(body.slice(2))) {
    head = STARTS_WORD;
    body = body.slice(2);
  }
  if (body.endsWith('\\b') && !body.endsWith('\\\\b') && /\p{L}$/u.test(body.slice(0, -2))) {
    tail = ENDS_WORD;
    body = body.slice(0, -2);
  }
  return head + body.replaceAll('\\b', BOUNDARY) + tail;
}

export function wordingPattern(entries: readonly string[], global = false): RegExp {
  const source = entries.map(compileEntry).join('|');
  return new RegExp(source, global ? 'gimu' : 'imu');
}

/** An age under 18, as digits not run into a longer number. */
export const CHILD_AGE = '(?<![A-Za-z\\d.,])(?:[1-9]|1[0-7])(?![\\d.,]\\d|\\d)';
