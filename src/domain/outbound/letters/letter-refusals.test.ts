// Refusal letters that name their legal basis: a Québec refusal's provision per ground, and a CCPA
// request refused because the requester could not be verified.
import { describe, expect, it } from 'vitest';
import type { RequestType } from '../../request-types.js';
import { composeLetter } from './compose-letter.js';
import type { LetterLanguage } from './languages.js';
import { facts, REQUESTS, letterText } from './letter-fixtures.test-support.js';

describe('a Québec refusal names the provision of the ground staff chose (CQLR c. P-39.1 s. 34)', () => {
  const refuse = (
    ground: 'identity_not_verified' | 'legal_exemption' | 'duplicate',
    types: RequestType[],
    language: LetterLanguage,
  ) => {
    const result = composeLetter(
      { kind: 'outcome_rejected', reason: 'REASON', ground },
      facts('ca-qc', types),
      language,
    );
    if (!result.ok) throw new Error('expected a letter');
    return result.letter.blocks[1]?.text;
  };

  it('cites s. 30 for an unconfirmed identity, and ss. 37 to 41 for a restriction on access', () => {
    expect(refuse('identity_not_verified', ['erasure'], 'en')).toBe('REASON (CQLR c. P-39.1, s. 30)');
    expect(refuse('legal_exemption', ['access'], 'en')).toBe('REASON (CQLR c. P-39.1, ss. 37-41)');
    expect(refuse('identity_not_verified', ['access'], 'fr')).toBe('REASON (RLRQ c. P-39.1, art. 30)');
  });

  it('puts the provision inside the ground’s sentence, before its full stop', () => {
    const result = composeLetter(
      {
        kind: 'outcome_rejected',
        reason: 'Your identity could not be confirmed.',
        ground: 'identity_not_verified',
      },
      facts('ca-qc', ['access']),
      'en',
    );
    expect(result.ok && result.letter.blocks[1]?.text).toBe(
      'Your identity could not be confirmed (CQLR c. P-39.1, s. 30).',
    );
  });

  it('cites no restriction on access for a refused rectification or deletion, nor a provision for an administrative ground', () => {
    expect(refuse('legal_exemption', ['rectification', 'erasure'], 'en')).toBe('REASON');
    expect(refuse('duplicate', ['access'], 'en')).toBe('REASON');
  });

  it('adds nothing to the ground under a law whose row names no provision per ground', () => {
    const result = composeLetter(REQUESTS.outcome_rejected, facts('ca-pipeda', ['access']), 'en');
    expect(result.ok && result.letter.blocks[1]?.text).toBe('A legal exemption applies.');
  });
});

describe('a CCPA request refused because the requester could not be verified (11 CCR §§7021(b), 7024(a), (b))', () => {
  const refused = (types: RequestType[]) => {
    const result = composeLetter(
      {
        kind: 'outcome_rejected',
        reason: 'Your identity could not be confirmed.',
        ground: 'identity_not_verified',
      },
      facts('us-ca', types),
      'en',
    );
    if (!result.ok) throw new Error('expected a letter');
    return letterText(result.letter);
  };

  it('answers a request to know with the information practices, never the sentences for a denial on an exception', () => {
    const text = refused(['access', 'erasure', 'rectification']);
    expect(text).toContain('we disclose none of your personal information (11 CCR §7024(a), (b))');
    expect(text).toContain('account information');
    expect(text).toContain('you, when you create an account');
    expect(text).not.toMatch(/§7024\(e\)|§7022\(f\)|§7023\(f\)/);
    expect(text).toContain('California Privacy Protection Agency');
  });

  it('adds no information practices to an unverified request to delete', () => {
    expect(refused(['erasure'])).not.toContain('§7024');
  });
});
