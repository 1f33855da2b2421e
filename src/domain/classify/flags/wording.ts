/**
 * Compiles the flag wording lists into one case-insensitive Unicode pattern each. `\b` in a list entry is
 * read as a boundary between letters and non-letters in any script (JavaScript's own `\b` knows only
 * ASCII letters, so it would never match around a Cyrillic, Greek or accented word).
 */
const LETTER = '[\\p{L}\\p{N}\\p{M}_]';
const BOUNDARY = `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`;

export function wordingPattern(entries: readonly string[], global = false): RegExp {
  const source = entries.map((entry) => entry.replaceAll('\\b', BOUNDARY)).join('|');
  return new RegExp(source, global ? 'gimu' : 'imu');
}

/** An age under 18, as digits not run into a longer number. */
export const CHILD_AGE = '(?<![A-Za-z\\d.,])(?:[1-9]|1[0-7])(?![\\d.,]\\d|\\d)';
