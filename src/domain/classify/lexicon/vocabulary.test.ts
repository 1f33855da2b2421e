import { describe, expect, it } from 'vitest';
import { compileVocabulary, occursIn } from './compile-lexicon.js';
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

  it('runs a word list’s pattern only on text where one of its words occurs', () => {
    const literals = new LiteralIndex();
    const pattern = /\b(?:invoice|refund)s?\b/;
    let runs = 0;
    const counted = Object.assign(pattern, {
      test: (text: string) => {
        runs++;
        return RegExp.prototype.test.call(pattern, text);
      },
    });
    const vocabulary = compileVocabulary(counted, literals);
    expect(occursIn(vocabulary, literals, 'thanks, all good now')).toBe(false);
    expect(runs).toBe(0);
    expect(occursIn(vocabulary, literals, 'where is my refund?')).toBe(true);
    expect(occursIn(vocabulary, literals, 'refundable')).toBe(false);
    expect(runs).toBe(2);
  });
});

describe('requiredLiterals with a larger bound', () => {
  it('reads a long word list as one literal a word, which the default bound gives up', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}x`);
    expect(requiredLiterals(words.join('|'))).toBeNull();
    expect(requiredLiterals(words.join('|'), 200)).toHaveLength(100);
  });
});
