// DPA 2018 s. 164A and s. 165 as amended (Data (Use and Access) Act 2025 s. 103, Sch. 10; in force 19 June
// 2026): a UK letter composed from that day names the complaint to the organisation first, then the
// Commissioner, and no longer cites UK GDPR Art. 77; one composed before keeps the wording of its day.
import { describe, expect, it } from 'vitest';
import type { RequestType } from '../../request-types.js';
import { composeLetter } from './compose-letter.js';
import type { Letter } from './letter.js';
import type { LetterFacts, LetterRequest } from './letter-facts.js';
import { LETTER_LANGUAGES, type LetterLanguage } from './languages.js';
import { PHRASES } from './phrase-tables.js';

const facts = (composedOn: string, types: readonly RequestType[] = ['access']): LetterFacts => ({
  organisationName: 'MediaConvert.io',
  ticketReference: 'RD-1042',
  requesterName: 'Jane Doe',
  privacyAddress: 'privacy@mediaconvert.example',
  policyUrl: null,
  jurisdiction: 'uk-gdpr',
  types,
  authority: null,
  rights: ['access', 'erasure'],
  retention: [
    {
      data: 'invoices',
      period: { unit: 'years', amount: 6 },
      afterErasure: { kept: true, ground: 'legal_obligation' },
    },
  ],
  access: {
    purposes: ['billing'],
    categories: ['account'],
    recipients: ['none'],
    sources: ['you'],
    transfers: [],
  },
  texts: { language: 'en', translations: null },
  composedOn,
});

const REJECTED: LetterRequest = {
  kind: 'outcome_rejected',
  reason: 'An exemption applies.',
  ground: 'legal_exemption',
};
const FULFILLED: LetterRequest = { kind: 'outcome_fulfilled', details: null, systems: [] };
const PARTIAL: LetterRequest = { kind: 'outcome_partial', details: null, systems: [] };

function text(request: LetterRequest, f: LetterFacts, language: LetterLanguage = 'en'): string {
  const result = composeLetter(request, f, language);
  if (!result.ok) throw new Error(result.code);
  const letter: Letter = result.letter;
  return letter.blocks.map((b) => [b.text, ...b.items].join('\n')).join('\n');
}

describe('UK complaints from 19 June 2026 (DPA 2018 ss. 164A, 165)', () => {
  it('a refusal composed on 19 June 2026 names the complaint to us first, then the Commissioner, and no Art. 77', () => {
    const letter = text(REJECTED, facts('2026-06-19'));
    const toUs = letter.indexOf('privacy@mediaconvert.example');
    const toIco = letter.indexOf('https://ico.org.uk/make-a-complaint/');
    expect(toUs).toBeGreaterThanOrEqual(0);
    expect(toIco).toBeGreaterThan(toUs);
    expect(letter).toContain('30 days');
    expect(letter).toContain('DPA 2018 s. 164A');
    expect(letter).toContain('DPA 2018 s. 165');
    expect(letter).not.toMatch(/\b77\b/);
  });

  it('a refusal composed on 18 June 2026 keeps the wording of its day', () => {
    const letter = text(REJECTED, facts('2026-06-18'));
    expect(letter).toContain('UK GDPR Arts. 12(4), 77, 79');
    expect(letter).not.toContain('164A');
    expect(letter).not.toContain('s. 165');
  });

  it('an access answer and a partial outcome composed after the date name both complaints', () => {
    for (const request of [FULFILLED, PARTIAL]) {
      const letter = text(request, facts('2026-07-01', ['access', 'erasure']));
      expect(letter).toContain('DPA 2018 s. 164A');
      expect(letter).toContain('DPA 2018 s. 165');
      expect(letter).not.toMatch(/\b77\b/);
    }
  });

  it('an erasure carried out in full names no complaint, before or after the date', () => {
    expect(text(FULFILLED, facts('2026-07-01', ['erasure']))).not.toContain('164A');
  });

  it('writes the complaint to us in all 11 languages with the address, the 30 days and s. 164A', () => {
    for (const language of LETTER_LANGUAGES) {
      const letter = text(REJECTED, facts('2026-06-19'), language);
      const thirty = PHRASES[language].period(30, 'days');
      expect(letter, language).toContain('privacy@mediaconvert.example');
      expect(letter, language).toContain(thirty);
      // French writes the sections of the UK's Act as articles.
      const section = language === 'fr' ? 'DPA 2018, art. ' : 'DPA 2018 s. ';
      expect(letter, language).toContain(`${section}164A`);
      expect(letter, language).toContain(`${section}165`);
      expect(letter, language).not.toMatch(/\b77\b/);
    }
  });
});
