import { describe, expect, it, vi } from 'vitest';
import { alternativesOf, compileVocabulary, occursIn } from './word-list.js';
import { LiteralIndex } from './literal-index.js';
import { ACCESS_TROUBLE } from './support-topic.js';
import { compileLexicons, mentions, NON_REQUEST_TOPIC, PRIVACY_VOCABULARY, RIGHTS_WORDS } from './index.js';
import { requiredLiterals } from './required-literals.js';

const set = compileLexicons();
const PATTERNS = {
  privacy: PRIVACY_VOCABULARY,
  rightsWords: RIGHTS_WORDS,
  ordinaryTopic: NON_REQUEST_TOPIC,
  accessTrouble: ACCESS_TROUBLE,
} as const;

// Our own sentences: requests, support mail, near misses and text with none of the words.
const TEXTS = [
  'could you tell me what personal data you hold about me?',
  'the invoice for march was charged twice, please refund it',
  'i cannot log in since the password reset',
  'bitte löschen sie meine daten',
  'the export button throws an error on large projects',
  'thanks, all good now',
  'je retire mon consentement',
  '',
  'kindly unsubscribe me from the newsletter',
];

describe('mentions', () => {
  it('answers as each word list’s own pattern does, on mail with and without its words', () => {
    for (const text of TEXTS)
      for (const [vocabulary, pattern] of Object.entries(PATTERNS))
        expect([text, vocabulary, mentions(set, vocabulary as keyof typeof PATTERNS, text)]).toEqual([
          text,
          vocabulary,
          pattern.test(text),
        ]);
  });

  it('runs only the alternatives of a word list one of whose words occurs in the text', () => {
    const literals = new LiteralIndex();
    const list = compileVocabulary(/\b(?:invoice|refund)\b|payment/, literals);
    expect(list.parts.map((part) => part.pattern.source)).toEqual([
      '\\b(?:invoice)\\b',
      '\\b(?:refund)\\b',
      'payment',
    ]);
    const runs = list.parts.map((part) => vi.spyOn(part.pattern, 'test'));
    expect(occursIn(list, literals, 'thanks, all good now')).toBe(false);
    expect(runs.map((run) => run.mock.calls.length)).toEqual([0, 0, 0]);
    expect(occursIn(list, literals, 'where is my refund?')).toBe(true);
    expect(occursIn(list, literals, 'refundable')).toBe(false);
    expect(runs.map((run) => run.mock.calls.length)).toEqual([0, 2, 0]);
  });

  it('has a literal for every alternative of the shipped word lists, so none runs on every email', () => {
    for (const list of Object.values(set.vocabularies)) expect(list.always).toBeNull();
  });
});

describe('alternativesOf', () => {
  it('opens a group spanning a whole alternative and keeps the bars inside classes, groups and escapes', () => {
    expect(alternativesOf('\\b(?:a|b(?:c|d))\\b|[|x]|e\\|f|(?:g)h|(?:i|j)?')).toEqual([
      '\\b(?:a)\\b',
      '\\b(?:b(?:c|d))\\b',
      '[|x]',
      'e\\|f',
      '(?:g)h',
      '(?:i|j)?',
    ]);
    expect(alternativesOf('(?:a)|(?:b)')).toEqual(['(?:a)', '(?:b)']);
  });
});

describe('requiredLiterals with a larger bound', () => {
  it('reads a long word list as one literal a word, which the default bound gives up', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}x`);
    expect(requiredLiterals(words.join('|'))).toBeNull();
    expect(requiredLiterals(words.join('|'), 200)).toHaveLength(100);
  });
});
