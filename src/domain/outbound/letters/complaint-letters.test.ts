// DPA 2018 s. 164A(3): the letter acknowledging a UK complaint, in every letter language: the day it was
// received, what happens next (s. 164A(4), (5)), the Commissioner (s. 165); no name from the mail; none
// under another law, nor composed before 19 June 2026.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import { composeLetter } from './compose-letter.js';
import { COMPLAINT_PHRASES } from './complaint-phrases.js';
import { facts, letterText } from './letter-fixtures.test-support.js';
import { LETTER_LANGUAGES } from './languages.js';

const REQUEST = { kind: 'complaint_acknowledgement', receivedDate: '1 July 2026' } as const;
const ukFacts = (composedOn: string, jurisdiction: JurisdictionId = 'uk-gdpr') => ({
  ...facts(jurisdiction),
  composedOn,
});

describe('the complaint acknowledgement (DPA 2018 s. 164A)', () => {
  it('names the day received, what happens next and the Commissioner, in every language', () => {
    for (const language of LETTER_LANGUAGES) {
      const result = composeLetter(REQUEST, ukFacts('2026-07-01'), language);
      if (!result.ok) throw new Error(`${language}: ${result.code}`);
      const text = letterText(result.letter);
      const section = language === 'fr' ? 'DPA 2018, art. ' : 'DPA 2018 s. ';
      expect(result.letter.subject).toBe(COMPLAINT_PHRASES[language].subject);
      for (const needle of [
        '1 July 2026',
        'RD-1042',
        `${section}164A(3)`,
        `${section}164A(4), (5)`,
        `${section}165`,
        'https://ico.org.uk/make-a-complaint/',
      ])
        expect(text, `${language} lacks ${needle}`).toContain(needle);
      // Said to an address not yet confirmed: no name from the mail, no Art. 77 (omitted in 2026).
      expect(text).not.toContain('Jane Doe');
      expect(text).not.toMatch(/\b77\b/);
    }
  });

  it('is no letter under any other law, nor one composed before 19 June 2026', () => {
    for (const jurisdiction of JURISDICTION_IDS.filter((j) => j !== 'uk-gdpr'))
      expect(composeLetter(REQUEST, ukFacts('2026-07-01', jurisdiction), 'en')).toMatchObject({
        ok: false,
        code: 'not_for_this_law',
      });
    expect(composeLetter(REQUEST, ukFacts('2026-06-18'), 'en')).toMatchObject({ ok: false });
    expect(composeLetter(REQUEST, ukFacts('2026-06-19'), 'en')).toMatchObject({ ok: true });
  });
});
