import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS } from '../../deadlines/jurisdiction-rule.js';
import { LetterSchema } from '../template-data.js';
import { composeLetter } from './compose-letter.js';
import { LETTER_KINDS } from './letter-facts.js';
import { LETTER_LANGUAGES, type LetterLanguage } from './languages.js';
import {
  facts,
  REQUESTS,
  WITH_APPEAL,
  US,
  lawHasLetter,
  letterText,
  compose,
  SUPERVISORY,
} from './letter-fixtures.test-support.js';

describe('letters for every law, kind and language', () => {
  for (const jurisdiction of JURISDICTION_IDS)
    for (const kind of LETTER_KINDS)
      it(`writes ${kind} under ${jurisdiction} in every language, or refuses it where the law has no such letter`, () => {
        for (const language of LETTER_LANGUAGES) {
          const result = composeLetter(REQUESTS[kind], facts(jurisdiction), language);
          if (!lawHasLetter(kind, jurisdiction)) {
            expect(result).toMatchObject({ ok: false, code: 'not_for_this_law' });
            continue;
          }
          if (!result.ok) throw new Error(`${kind} ${jurisdiction} ${language}: ${result.code}`);
          expect(LetterSchema.safeParse(result.letter).success).toBe(true);
          const text = letterText(result.letter);
          // Staff's message is theirs alone; its subject carries the reference (the ticket token).
          if (kind !== 'staff_message') expect(text).toContain('RD-1042');
          expect(text).not.toMatch(/undefined|null|\{gdpr\}|NaN|\[object/);
        }
      });
});

describe('a letter carries its own law and no other', () => {
  it('never puts GDPR or supervisory-authority text in a CCPA or US-state letter', () => {
    for (const jurisdiction of US)
      for (const kind of LETTER_KINDS.filter((k) => lawHasLetter(k, jurisdiction)))
        for (const language of LETTER_LANGUAGES) {
          const text = letterText(
            compose(kind, jurisdiction, language, ['access', 'erasure', 'rectification']),
          );
          expect(text).not.toMatch(/GDPR|DSGVO|RGPD|AVG|RODO|Art\. (12|15|17|77|79)/);
          expect(text.toLowerCase()).not.toContain(SUPERVISORY[language].toLowerCase());
        }
  });

  it('never puts CCPA, US-state or other laws’ text in a GDPR letter', () => {
    for (const kind of LETTER_KINDS.filter((k) => lawHasLetter(k, 'eu-gdpr')))
      for (const language of LETTER_LANGUAGES) {
        const text = letterText(compose(kind, 'eu-gdpr', language, ['access', 'erasure', 'rectification']));
        expect(text).not.toMatch(
          /CCPA|CCR|Cal\. Civ|California|Attorney General|ANPD|LGPD|PIPEDA|ICO|Va\. Code/,
        );
      }
  });

  it('cites the law’s own extension rule, never GDPR Art. 12(3) for CCPA', () => {
    expect(letterText(compose('extension_notice', 'us-ca', 'es'))).toContain('11 CCR §7021(b)');
    expect(letterText(compose('extension_notice', 'us-ca', 'es'))).not.toContain('12(3)');
    expect(letterText(compose('extension_notice', 'eu-gdpr', 'de'))).toContain('DSGVO Art. 12(3)');
    expect(letterText(compose('extension_notice', 'ca-pipeda', 'en', ['access']))).toMatch(
      /Privacy Commissioner of Canada/,
    );
  });

  it('puts "zum" between the German "bis" and a date, in every letter of every law', () => {
    for (const kind of LETTER_KINDS)
      for (const jurisdiction of JURISDICTION_IDS) {
        if (!lawHasLetter(kind, jurisdiction)) continue;
        expect(letterText(compose(kind, jurisdiction, 'de')), `${kind} ${jurisdiction}`).not.toMatch(
          /\bbis \d/,
        );
      }
    expect(letterText(compose('verification_request', 'eu-gdpr', 'de'))).toContain(
      'Der Code gilt bis zum 7 May 2026, 10:00.',
    );
  });

  it('states the time limit in plain words per law', () => {
    expect(letterText(compose('acknowledgement', 'eu-gdpr', 'en'))).toContain(
      'one month from receipt to answer, which we may extend by 2 months (3 months in total)',
    );
    expect(letterText(compose('acknowledgement', 'us-va', 'en'))).toContain(
      '45 days from receipt to answer, which we may extend by 45 days (90 days in total)',
    );
    expect(letterText(compose('acknowledgement', 'br-lgpd', 'pt-BR', ['access']))).toContain(
      '15 dias a partir do recebimento',
    );
    expect(letterText(compose('acknowledgement', 'us-ca-optout', 'en'))).toContain('15 business days');
  });

  it('sends a denied Virginia request to appeal, and a denied appeal to the Attorney General', () => {
    const denial = letterText(compose('outcome_rejected', 'us-va', 'en'));
    expect(denial).toContain('You may appeal this decision');
    expect(denial).toContain('within 60 days');
    expect(letterText(compose('outcome_rejected', 'us-co', 'en'))).toContain('within 45 days');
    for (const jurisdiction of WITH_APPEAL) {
      const decision = letterText(compose('appeal_decision', jurisdiction, 'en'));
      expect(decision).toMatch(/Attorney General/);
      // A complaint page, or the address the state asks complaints to be written to (Delaware's DOJ).
      expect(decision).toMatch(/https:\/\/|privacy@delaware\.gov/);
    }
    const granted = composeLetter({ ...REQUESTS.appeal_decision, upheld: false }, facts('us-tx'), 'en');
    expect(granted.ok && letterText(granted.letter)).not.toMatch(/Attorney General/);
    // C.R.S. §6-1-1306(3)(c): Colorado names the Attorney General whatever the appeal's result.
    const coloradoGranted = composeLetter(
      { ...REQUESTS.appeal_decision, upheld: false },
      facts('us-co'),
      'en',
    );
    expect(coloradoGranted.ok && letterText(coloradoGranted.letter)).toContain(
      'Colorado Attorney General: https://coag.gov/file-complaint/ (C.R.S. §6-1-1306(3)(c))',
    );
  });

  it('gives CCPA’s own wording for denied requests to know, delete and correct, and the Agency', () => {
    const text = letterText(
      compose('outcome_rejected', 'us-ca', 'en', ['access', 'erasure', 'rectification']),
    );
    expect(text).toContain('11 CCR §7024(e)');
    expect(text).toContain('11 CCR §7022(f)');
    expect(text).toContain('11 CCR §7023(d)');
    expect(text).toContain('California Privacy Protection Agency');
  });

  it('names the ICO for UK GDPR, the ANPD for LGPD and the CAI for Québec', () => {
    expect(letterText(compose('outcome_rejected', 'uk-gdpr', 'en'))).toContain(
      "Information Commissioner's Office",
    );
    expect(letterText(compose('outcome_rejected', 'br-lgpd', 'pt-BR'))).toContain('ANPD');
    expect(letterText(compose('outcome_rejected', 'ca-qc', 'fr'))).toContain(
      'Commission d’accès à l’information',
    );
    expect(letterText(compose('outcome_rejected', 'eu-gdpr', 'en'))).toContain('Arts. 12(4), 77, 79');
  });

  it('tells a UK requester that the clock stops while we wait for clarification', () => {
    expect(letterText(compose('clarification_request', 'uk-gdpr', 'en'))).toContain('UK GDPR Art. 12A');
    expect(letterText(compose('clarification_request', 'eu-gdpr', 'en'))).not.toContain('12A');
  });
});

describe('citations of several articles in the letter’s language', () => {
  const refusal = (language: LetterLanguage) => letterText(compose('outcome_rejected', 'eu-gdpr', language));

  it('writes "Art." in German, French, Dutch, Polish, Swedish and Danish and "Artt." in Italian, never the English "Arts."', () => {
    expect(refusal('de')).toContain('DSGVO Art. 12(4), 77, 79');
    expect(refusal('fr')).toContain('RGPD Art. 12(4), 77, 79');
    expect(refusal('it')).toContain('GDPR Artt. 12(4), 77, 79');
    for (const language of ['de', 'fr', 'it', 'nl', 'pl', 'sv', 'da'] as const)
      expect(refusal(language)).not.toMatch(/\bArts\. \d/);
  });

  it('keeps "Arts." in English, Spanish and Portuguese', () => {
    expect(refusal('en')).toContain('GDPR Arts. 12(4), 77, 79');
    expect(refusal('es')).toContain('RGPD Arts. 12(4), 77, 79');
  });
});
