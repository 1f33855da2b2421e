import { describe, expect, it } from 'vitest';
import { compileLexicons } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const english = [lexicons.byLanguage.get('en')!, lexicons.universal];
const rightsIn = (body: string) => scoreRights(matchableText('', body), english).chosen;

describe('scoreRights', () => {
  it('counts a plain request', () => {
    expect(rightsIn('Please delete my account and all my data.')).toEqual(['erasure']);
  });

  it('does not count a negated request', () => {
    expect(rightsIn('I do not want my account deleted.')).toEqual([]);
  });

  it('treats "don\'t know how to" as an inability, not a refusal', () => {
    expect(rightsIn("I don't know how to delete my account myself, please delete my account.")).toEqual([
      'erasure',
    ]);
  });

  it('weakens a loose deletion phrase when the sender also says to keep the account', () => {
    expect(
      rightsIn(
        'Support said the way to stop the newsletters is to close my account. I am keeping my account.',
      ),
    ).not.toContain('erasure');
  });

  it('an explicit legal cue survives a contrary remark', () => {
    expect(
      rightsIn('Please do not close anything yet. Under Article 17 GDPR erase my personal data.'),
    ).toContain('erasure');
  });

  it('sets aside a hypothetical question about the future', () => {
    const result = scoreRights(
      matchableText('', 'If I ever leave, could you delete my account then?'),
      english,
    );
    expect(result.chosen).toEqual([]);
    expect(result.setAside[0]?.why).toBe('hypothetical');
  });

  it('a copy wanted in a machine-readable format is portability, not access', () => {
    expect(rightsIn('Please send me a copy of my personal data in a machine-readable format.')).toEqual([
      'portability',
    ]);
  });

  it('a stop of only what was consented to is part of the withdrawal, a marketing stop an objection too', () => {
    expect(rightsIn('I withdraw my consent to the newsletter, so stop sending it to me.')).toEqual([
      'withdraw_consent',
    ]);
    expect(rightsIn('I withdraw my consent to the newsletter, so stop sending me marketing emails.')).toEqual(
      ['objection', 'withdraw_consent'],
    );
  });

  it('an explicit objection next to a withdrawal is kept', () => {
    expect(rightsIn('I withdraw my consent to cookies and I object to profiling.')).toEqual([
      'objection',
      'withdraw_consent',
    ]);
  });

  it('reads an article number in any language', () => {
    const all = [lexicons.universal];
    expect(scoreRights('na podstawie art. 17 rodo', all).chosen).toEqual(['erasure']);
    expect(scoreRights('com base no art. 18 da lgpd', all).chosen).toEqual([]);
  });
});
