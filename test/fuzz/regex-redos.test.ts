// Every regular expression the text readers apply to mail is checked for catastrophic backtracking
// (ReDoS, issue 14: a quadratic address regex once blocked a mailbox) by static analysis, without timing
// anything. The patterns are read from the readers' TypeScript sources (test/support/regex-sources.ts)
// and each is checked by recheck's automaton checker, which decides from the pattern's automaton alone
// (no fuzzing, no clock: the same answer on any machine). A pattern it cannot decide, or decides is
// super-linear where the input is capped, is in the reviewed list below with its reason. The time the
// readers take on adversarial text of 100 KB and 1 MB is measured by `npm run bench -- regex-scaling`.
// Not covered yet: the classifier's lexicons (about 6,000 compiled patterns, see README "Tests").
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexesIn, type WrittenRegex } from '../support/regex-sources.js';

const ROOT = join(import.meta.dirname, '../..');
/** The modules whose regular expressions read a message's text on its way in or out. */
const READERS = [
  'src/domain/redaction.ts',
  'src/domain/classify/matchable-text.ts',
  'src/domain/classify/clean-body.ts',
  'src/adapters/mime/storable-email.ts',
  'src/domain/intake/quarantined-view.ts',
  'src/domain/desk/requester-reply-text.ts',
  // The raw message's lines before it is parsed, and text on its way to and from Slack.
  'src/adapters/mime/parse-cost.ts',
  'src/adapters/slack/slack-limits.ts',
  'src/adapters/slack/slack-text.ts',
];

/** `new RegExp` calls built at run time, each reviewed: file:line → why it is safe. */
const REVIEWED_DYNAMIC: Record<string, string> = {
  'src/domain/desk/requester-reply-text.ts:25': 'the requester name, escaped: a literal string',
  'src/domain/desk/requester-reply-text.ts:28':
    'one word of the name, escaped, between one-character lookarounds',
};

/** Patterns the analysis cannot decide or flags though safe, by the start of their source → the reason. */
const REVIEWED: Record<string, string> = {
  '(?<![\\p{L}\\p{M}\\p{N}!#$%&': 'lookbehind (unsupported by the automaton); measured by the bench',
  '(?<![[\\p{L}--[': 'v-flag set subtraction (unsupported); measured by the bench',
  '(?<![\\w.+-])[\\w.+-]+@': 'lookbehind (unsupported by the automaton); measured by the bench',
  '(?:"([^"]+)"|(?<![^,<>"])': 'lookbehind (unsupported by the automaton); measured by the bench',
  '\\u0000|[\\uD800-\\uDBFF]': 'lookbehind (unsupported); one code unit matched, no repetition',
  '[^\\s@<>"]+@[^\\s@<>"]+\\.': 'quadratic, but only on a display name cut to one 998-character line',
  '^(?:on|am|le|el|il|op|em|w dniu': 'reply headers: bounded repeats; the automaton takes minutes',
  '^[-\\t ]*(?:forwarded message': 'forward markers: anchored alternation; the automaton takes minutes',
  '^(?:sent from my|get outlook': 'device footers: anchored alternation; the automaton takes seconds',
  '(?:sent from my|get outlook': 'footer pre-filter: an alternation of words; the automaton takes minutes',
};

const reviewed = (source: string): string | undefined =>
  Object.entries(REVIEWED).find(([start]) => source.startsWith(start))?.[1];

async function analyse(source: string, flags: string): Promise<Diagnostics> {
  // Automaton only, no time limit: a decision from the pattern, never from a clock or a random seed.
  return check(source, flags, { checker: 'automaton', timeout: null });
}

const found = READERS.map((file) => regexesIn(join(ROOT, file), file));
const written: WrittenRegex[] = found.flatMap((f) => f.regexes);

describe('ReDoS analysis of the text readers', () => {
  it('flags a known exponential pattern and the quadratic address regex of issue 14', async () => {
    expect((await analyse('(a+)+$', '')).status).toBe('vulnerable');
    expect((await analyse('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 'g')).status).toBe('vulnerable');
  });

  it('reads every pattern of the readers from their sources, and only reviewed ones are built at run time', () => {
    expect(written.length).toBeGreaterThanOrEqual(30);
    const dynamic = found.flatMap((f) => f.dynamic.map((d) => `${d.file}:${d.line}`));
    expect(dynamic.sort()).toEqual(Object.keys(REVIEWED_DYNAMIC).sort());
  });

  it('every reviewed pattern still exists', () => {
    for (const start of Object.keys(REVIEWED)) {
      expect(
        written.some((r) => r.source.startsWith(start)),
        start,
      ).toBe(true);
    }
  });

  it('finds every other pattern linear', { timeout: 120_000 }, async () => {
    const unsafe: string[] = [];
    for (const r of written.filter((w) => reviewed(w.source) === undefined)) {
      const result = await analyse(r.source, r.flags);
      if (result.status !== 'safe')
        unsafe.push(`${r.file}:${r.line} ${result.status} /${r.source}/${r.flags}`);
    }
    expect(unsafe).toEqual([]);
  });
});
