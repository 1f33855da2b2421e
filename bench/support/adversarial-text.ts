// Text built to make a backtracking regular expression work hard: long runs of the characters one
// pattern repeats, with the one character that would complete a match left out or put at the end.

/** Each generator returns about `n` characters. */
export const adversarialTexts: Record<string, (n: number) => string> = {
  'a local part with no @': (n) => `${'a'.repeat(n)}@`,
  'many at signs': (n) => 'a@'.repeat(n / 2),
  'a dotted domain with no top level': (n) => `x@${'a.'.repeat(n / 2)}`,
  'empty lines': (n) => '\n'.repeat(n),
  'lines of blanks': (n) => `\n${' '.repeat(99)}`.repeat(n / 100),
  'one line of dashes': (n) => '-'.repeat(n),
  'signature-like lines': (n) => '--\n'.repeat(n / 3),
  'open angle brackets': (n) => '<'.repeat(n),
  'reply headers that never say wrote': (n) => 'on monday someone\n'.repeat(n / 18),
  'header lines without a date line': (n) => 'from: someone\n'.repeat(n / 14),
  'quoted lines': (n) => '> delete my data\n'.repeat(n / 17),
  'request words': (n) => 'please delete my personal data and send me a copy '.repeat(n / 50),
  'links without an end': (n) => `http${'://x'.repeat(n / 4)}`,
  'list items': (n) => '- 1) (a) '.repeat(n / 9),
  'named people': (n) => Array.from({ length: n / 22 }, (_, i) => `P${i} Roe <p${i}@x.io>`).join(', '),
};
