// An opt-out of sale answered from the privacy policy (the organisation's file: `sellsPersonalData:
// false`), for every law and letter language: under a law with the opt-out right the letter says the
// request is recorded and that the organisation does not sell, as its policy says, and never that it
// does not share (the file states nothing about sharing); under any other law it says what it always said.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import { composeLetter } from './compose-letter.js';
import { LETTER_LANGUAGES, type LetterLanguage } from './languages.js';
import { facts, letterText } from './letter-fixtures.test-support.js';
import { PHRASES } from './phrase-tables.js';

// The laws that give a right to opt out of sale, written out independently of the code's tables:
// Cal. Civ. Code §1798.120 and each state's opt-out provision.
const OPT_OUT_LAWS: readonly JurisdictionId[] = [
  'us-ca',
  'us-ca-optout',
  'us-va',
  'us-co',
  'us-ct',
  'us-tx',
  'us-ut',
  'us-or',
  'us-mt',
  'us-de',
  'us-ne',
  'us-ia',
];

// Each language's words for "sale" and for "sharing", as a reader finds them in the letter.
const WORDS: { readonly [L in LetterLanguage]: { readonly sell: RegExp; readonly share: RegExp } } = {
  en: { sell: /do not sell/, share: /shar/i },
  de: { sell: /verkaufen wir keine/, share: /weitergab|teilen/i },
  fr: { sell: /ne vendons pas/, share: /partag/i },
  es: { sell: /no vendemos/, share: /cesión|compart/i },
  it: { sell: /non vendiamo/, share: /condivi/i },
  nl: { sell: /verkopen wij geen/, share: /delen|gedeeld/i },
  pt: { sell: /não vendemos/, share: /partilh/i },
  'pt-BR': { sell: /não vendemos/, share: /compartilh/i },
  pl: { sell: /nie sprzedajemy/, share: /udostępn/i },
  sv: { sell: /säljer vi inga/, share: /delning|dela/i },
  da: { sell: /sælger vi ikke/, share: /deling|dele/i },
};

const letter = (jurisdiction: JurisdictionId, language: LetterLanguage, answeredByPolicy: boolean) => {
  const composed = composeLetter(
    { kind: 'outcome_fulfilled', details: null, systems: [], answeredByPolicy },
    facts(jurisdiction, ['opt_out_sale']),
    language,
  );
  if (!composed.ok) throw new Error(`${jurisdiction} ${language}: ${composed.code}`);
  return letterText(composed.letter);
};

describe('an opt-out of sale answered from the privacy policy, every law and language', () => {
  it('says the request is recorded and the organisation does not sell, under the laws with the right', () => {
    const broken: string[] = [];
    for (const jurisdiction of OPT_OUT_LAWS)
      for (const language of LETTER_LANGUAGES) {
        const text = letter(jurisdiction, language, true);
        const p = PHRASES[language];
        const where = `${jurisdiction} ${language}`;
        if (!text.includes(p.noSaleByPolicy('RD-1042'))) broken.push(`${where}: no policy answer`);
        if (!WORDS[language].sell.test(text)) broken.push(`${where}: does not say it does not sell`);
        if (text.includes(p.completed('RD-1042'))) broken.push(`${where}: says "completed"`);
        const sentence = p.noSaleByPolicy('RD-1042');
        if (WORDS[language].share.test(sentence)) broken.push(`${where}: claims it does not share`);
      }
    expect(broken).toEqual([]);
  });

  it('says what it always said under a law without the right, and when the policy did not answer it', () => {
    const broken: string[] = [];
    for (const jurisdiction of JURISDICTION_IDS)
      for (const language of LETTER_LANGUAGES) {
        const p = PHRASES[language];
        const where = `${jurisdiction} ${language}`;
        const withRight = OPT_OUT_LAWS.includes(jurisdiction);
        const cases = withRight ? [false] : [true, false];
        for (const byPolicy of cases) {
          const text = letter(jurisdiction, language, byPolicy);
          if (!text.includes(p.completed('RD-1042'))) broken.push(`${where} ${byPolicy}: not "completed"`);
          if (WORDS[language].sell.test(text)) broken.push(`${where} ${byPolicy}: speaks of no sale`);
        }
      }
    expect(broken).toEqual([]);
  });
});
