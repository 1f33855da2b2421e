import { describe, expect, it } from 'vitest';
import { ABSENCE, ACKNOWLEDGEMENT } from '../../email/auto-reply-body-phrases.js';
import { caselessFold, literalGate } from './literal-gate.js';

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
