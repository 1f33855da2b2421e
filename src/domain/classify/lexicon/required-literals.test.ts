import { describe, expect, it } from 'vitest';
import { compileLexicons } from './index.js';
import { LiteralIndex } from './literal-index.js';
import { requiredLiteralSets, requiredLiterals } from './required-literals.js';

describe('requiredLiterals', () => {
  it('spells out the alternatives of a short phrase', () => {
    expect(requiredLiterals('(?:send|give) me my data')).toEqual(['give me my data', 'send me my data']);
  });

  it('keeps the most selective literal run when a class or an optional part breaks the phrase', () => {
    expect(requiredLiterals('lösch[0-9a-z]*(?![a-z])[^.?!]{0,60}(?<![a-z])(?:konto|account)')).toEqual([
      'lösch',
    ]);
    expect(requiredLiterals('l[öo]sch[0-9a-z]*[^.?!]{0,60}(?:mein konto|mein account)')).toEqual([
      'mein account',
      'mein konto',
    ]);
    expect(requiredLiterals('(?:all )?data portability')).toEqual(['data portability']);
  });

  it('reads a lookaround as consuming nothing and an escape as its character', () => {
    expect(requiredLiterals('(?<!api )access request\\.')).toEqual(['access request.']);
    expect(requiredLiterals('art\\u00edculo 17')).toEqual(['artículo 17']);
  });

  it('reads a digit as one of ten, so a number pattern needs its leading digits and not a single one', () => {
    expect(requiredLiterals('5\\d\\ds?')).toEqual([
      '50',
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '57',
      '58',
      '59',
    ]);
    expect(requiredLiterals('art\\. \\d+')).toEqual(['art. ']);
  });

  it('keeps a second requirement, so an article number needs both the article word and the number', () => {
    expect(requiredLiteralSets('(?:art\\.?|article)\\s?17(?!\\d)')).toEqual([['art'], ['17']]);
    expect(requiredLiteralSets('(?:delete|erase) \\w+ (?:data|account)')).toEqual([
      ['delete ', 'erase '],
      [' account', ' data'],
    ]);
    // A one-character second set would slow every scan: only the first set may be that short.
    expect(requiredLiteralSets('privacy\\w+\\d')).toEqual([['privacy']]);
  });

  it('gives up (null: always run) where a match may be any text', () => {
    expect(requiredLiterals('\\d+|[a-z]{3,}')).toBeNull();
    expect(requiredLiterals('(?:delete)?')).toBeNull();
    expect(requiredLiterals('(?|delete)')).toBeNull();
  });

  it('finds a literal for every cue the classifier ships, so each can be skipped', () => {
    const set = compileLexicons();
    const all = [...set.byLanguage.values(), set.universal, ...set.basic.values()];
    const without = all.flatMap((l) => l.cues.filter((cue) => cue.literals === null));
    expect(without.map((cue) => cue.pattern.source)).toEqual([]);
  });
});

describe('LiteralIndex', () => {
  it('finds overlapping literals and literals that are prefixes of others in one pass', () => {
    const index = new LiteralIndex();
    const ids = ['delete', 'let', 'del', 'account', 'zz'].map((s) => index.add(s));
    index.scan('please delete it');
    const found = ids.map((id) => index.hasAny(Int32Array.of(id)));
    expect(found).toEqual([true, true, true, false, false]);
    index.scan('my account');
    expect(ids.map((id) => index.hasAny(Int32Array.of(id)))).toEqual([false, false, false, true, false]);
  });

  it('lists each literal found by a scan once, in the order met', () => {
    const index = new LiteralIndex();
    const [data, my] = ['data', 'my '].map((s) => index.add(s));
    index.scan('my data, my data');
    expect(Array.from({ length: index.found }, (_, i) => index.foundAt(i))).toEqual([my, data]);
    index.scan('nothing here');
    expect(index.found).toBe(0);
  });
});
