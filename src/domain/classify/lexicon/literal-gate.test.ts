import { describe, expect, it } from 'vitest';
import { ABSENCE, ACKNOWLEDGEMENT } from '../../email/auto-reply-body-phrases.js';
import { PHISHING_REPORT, RELAYED, THANKS } from './asks-nothing.js';
import { compileLexicons } from './index.js';
import { attachGatedPatterns, caselessFold, gated, gatedPatterns, literalGate } from './literal-gate.js';
import { LiteralIndex } from './literal-index.js';
import { LURE, NO_ASK, PITCH } from './not-asked.js';
import { maskSupportActions } from './support-topic.js';

describe('caselessFold', () => {
  it('folds alike every two letters a case-insensitive Unicode pattern reads alike', () => {
    const apart: string[] = [];
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      // A letter without case is read only as itself.
      if (c.toUpperCase() === c && c.toLowerCase() === c) continue;
      const same = new RegExp(`^\\u{${cp.toString(16)}}$`, 'iu');
      for (const other of [c.toUpperCase(), c.toLowerCase(), c.toUpperCase().toLowerCase()]) {
        if ([...other].length === 1 && same.test(other) && caselessFold(c) !== caselessFold(other))
          apart.push(`${c} ${other}`);
      }
    }
    expect(apart).toEqual([]);
  });

  it('reads the long s, the final sigma and the micro sign as the letters they match', () => {
    expect(caselessFold('ſTRAßE ΟΔΟΣ µ')).toBe('straße οδοσ μ');
  });
});

describe('literalGate', () => {
  const gate = literalGate(['out of (?:the )?office', 'ticket (?:number|no\\.?)'], true)!;

  it('lets through a text holding a required literal in any case', () => {
    expect(gate.mayMatch('I am OUT OF THE OFFICE today')).toBe(true);
    expect(gate.mayMatch('Your Ticket No. is 12')).toBe(true);
  });

  it('turns away a text holding none, and a text holding only part of an alternative', () => {
    expect(gate.mayMatch('please delete my account')).toBe(false);
    expect(gate.mayMatch('the office is closed')).toBe(false);
  });

  it('compares with case where the pattern has no i flag', () => {
    const cased = literalGate(['Out of office'], false)!;
    expect(cased.mayMatch('Out of office')).toBe(true);
    expect(cased.mayMatch('OUT OF OFFICE')).toBe(false);
  });

  it('is null where an alternative has no literal, so its pattern always runs', () => {
    expect(literalGate(['out of office', '[a-z]+'], true)).toBeNull();
  });

  it('gates the out-of-office and acknowledgement phrases', () => {
    expect(literalGate([...ABSENCE, ...ACKNOWLEDGEMENT], true)).not.toBeNull();
  });
});

describe('gated', () => {
  it('is skipped on the text the attached index scanned, where none of its literals occurs', () => {
    const pattern = gated(/\bjust (?:asking|curious)\b/);
    const index = new LiteralIndex();
    attachGatedPatterns(index);
    index.scan('please delete my account');
    expect(pattern.mayMatch('please delete my account')).toBe(false);
    index.scan('i am just curious');
    expect(pattern.mayMatch('i am just curious')).toBe(true);
    expect(pattern.test('i am just curious')).toBe(true);
  });

  it('runs on a text the index did not scan last, and with the i flag', () => {
    const pattern = gated(/\bjust asking\b/);
    const caseless = gated(/\bjust asking\b/i);
    const index = new LiteralIndex();
    attachGatedPatterns(index);
    index.scan('please delete my account');
    expect(pattern.mayMatch('nothing scanned here')).toBe(true);
    expect(caseless.needs).toBeNull();
    expect(caseless.test('JUST ASKING')).toBe(true);
  });

  it('finds literals for every set-aside and topic pattern the classifier gates', () => {
    compileLexicons();
    expect([RELAYED, PHISHING_REPORT, THANKS, LURE, NO_ASK, PITCH].map((p) => p.needs !== null)).toEqual(
      Array(6).fill(true),
    );
    expect(maskSupportActions('delete the old project')).toBe('[item]');
    const without = gatedPatterns().filter((p) => p.needs === null && !p.pattern.flags.includes('i'));
    expect(without.map((p) => p.pattern.source)).toEqual([]);
    expect(gatedPatterns().length).toBeGreaterThan(10);
  });
});
