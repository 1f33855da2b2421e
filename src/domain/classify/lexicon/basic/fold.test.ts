import { describe, expect, it } from 'vitest';
import { foldMarks } from './fold.js';

describe('foldMarks', () => {
  it('lets a marked Latin letter match its bare letter', () => {
    const pattern = new RegExp(foldMarks('düzeltin|vymažte'));
    expect(pattern.test('lutfen duzeltin')).toBe(true);
    expect(pattern.test('vymazte prosim')).toBe(true);
    expect(pattern.test('lütfen düzeltin')).toBe(true);
  });

  it('lets an accented Greek vowel match the bare vowel', () => {
    expect(new RegExp(foldMarks('σταματήστε')).test('σταματηστε')).toBe(true);
  });

  it('widens an existing class instead of nesting one', () => {
    expect(foldMarks('consim[țţ]')).toBe('consim[țtţt]');
    expect(new RegExp(foldMarks('[^.\\n]{0,3}ș')).test('ab s')).toBe(true);
  });

  it('keeps escapes, dotless i and scripts whose marks change the letter', () => {
    expect(foldMarks('\\wı')).toBe('\\w[ıi]');
    expect(foldMarks('削除が')).toBe('削除が');
    expect(foldMarks('삭제')).toBe('삭제');
    expect(new RegExp(foldMarks('gdpr')).test('gdpr')).toBe(true);
  });
});
