// Sentences found wrong or missing when every letter was read end to end under its own law (the letter
// audit, docs/letters.md): each test names the provision or the language rule the letter broke.
import { describe, expect, it } from 'vitest';
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import { EXPORT_WORDING } from '../../delivery/export-wording.js';
import { composeLetter } from './compose-letter.js';
import { LETTER_LANGUAGES } from './languages.js';
import { LAW_WORDING } from './law-wording.js';
import type { LetterFacts, LetterKind } from './letter-facts.js';
import { compose, facts, letterText, REQUESTS, WITH_APPEAL } from './letter-fixtures.test-support.js';
import { PHRASES } from './phrase-tables.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a partly completed request that asked for access', () => {
  // The partial letter goes when an erasure leaves data kept; the access asked with it is still owed its
  // information: GDPR Art. 15(1), LGPD Art. 19(II), PIPEDA Sch. 1 cl. 4.9, Québec s. 27, CCPA §7024(e).
  const laws: readonly JurisdictionId[] = [
    'eu-gdpr',
    'uk-gdpr',
    'us-ca',
    'us-va',
    'br-lgpd',
    'ca-pipeda',
    'ca-qc',
  ];

  it('gives the access information, as a completed one does', () => {
    for (const jurisdiction of laws) {
      const text = letterText(compose('outcome_partial', jurisdiction, 'en', ['access', 'erasure']));
      expect(text, jurisdiction).toContain('to provide the conversion service');
      expect(text, jurisdiction).toContain('you, when you create an account');
      expect(text, jurisdiction).toContain('usage records: kept for 7 years, to comply');
    }
  });

  it('names the complaint to the authority once, with the refusal’s provisions', () => {
    const text = letterText(compose('outcome_partial', 'eu-gdpr', 'de', ['access', 'erasure']));
    expect(count(text, 'Aufsichtsbehörde')).toBe(1);
    expect(text).toContain('DSGVO Art. 12(4), 77, 79');
    const lgpd = letterText(compose('outcome_partial', 'br-lgpd', 'pt-BR', ['access', 'erasure']));
    expect(count(lgpd, 'ANPD')).toBe(1);
  });

  it('adds nothing to a partial erasure alone', () => {
    const text = letterText(compose('outcome_partial', 'eu-gdpr', 'en', ['erasure']));
    expect(text).not.toContain('to provide the conversion service');
  });
});

describe('a CCPA answer to a request to delete', () => {
  // 11 CCR §7022(e): the business informs the consumer that it keeps a record of the request (§7101(a)).
  const kinds: readonly LetterKind[] = ['outcome_fulfilled', 'outcome_partial', 'outcome_rejected'];

  it('says that a record of the request is kept, in every language', () => {
    for (const language of LETTER_LANGUAGES)
      for (const kind of kinds) {
        const text = letterText(compose(kind, 'us-ca', language, ['erasure']));
        expect(count(text, '11 CCR §§7022(e), 7101(a)'), `${kind} ${language}`).toBe(1);
      }
  });

  it('says so to an unverified requester too, and never under another law or for another right', () => {
    const unverified = composeLetter(
      { kind: 'outcome_rejected', reason: 'x', ground: 'identity_not_verified' },
      facts('us-ca', ['erasure']),
      'en',
    );
    if (!unverified.ok) throw new Error(unverified.code);
    expect(letterText(unverified.letter)).toContain('§7022(e)');
    expect(letterText(compose('outcome_fulfilled', 'us-ca', 'en', ['access']))).not.toContain('§7022(e)');
    for (const jurisdiction of ['eu-gdpr', 'us-va', 'us-ca-optout'] as const)
      expect(letterText(compose('outcome_fulfilled', jurisdiction, 'en', ['erasure']))).not.toContain('7101');
  });
});

describe('the language of a letter', () => {
  it('links a French PIPEDA letter to the Commissioner’s French page', () => {
    for (const kind of ['outcome_rejected', 'extension_notice'] as const) {
      const fr = letterText(compose(kind, 'ca-pipeda', 'fr', ['access']));
      expect(fr).toContain('https://www.priv.gc.ca/fr/signaler-un-probleme/');
      expect(fr).not.toContain('priv.gc.ca/en/');
      expect(letterText(compose(kind, 'ca-pipeda', 'en', ['access']))).toContain(
        'https://www.priv.gc.ca/en/report-a-concern/',
      );
    }
  });

  it('writes French with the typographic apostrophe of the rest of its letters', () => {
    for (const sentence of Object.values(PHRASES.fr.ground)) expect(sentence).not.toContain("'");
    expect(LAW_WORDING['ca-qc'].authority?.name).toBe('Commission d’accès à l’information du Québec');
    for (const language of ['fr', 'it'] as const) {
      const wording = EXPORT_WORDING[language];
      const sentences = [
        wording.attached('a.json'),
        wording.archived('a.zip'),
        wording.password('RD-1', 'a.zip', 'pw'),
      ];
      for (const sentence of sentences) expect(sentence, language).not.toContain("'");
    }
  });

  it('addresses the requester in the export sentences as the rest of the letter does', () => {
    // it: "Lei" (Suoi, Sua); pl: "Państwo"; sv: "ni" (era, er).
    const forms = {
      it: ['dei Suoi dati', 'alla Sua richiesta'],
      pl: ['Państwa danych', 'Państwa wniosek'],
      sv: ['era uppgifter', 'er begäran'],
    } as const;
    for (const [language, [data, request]] of Object.entries(forms) as [
      keyof typeof forms,
      readonly [string, string],
    ][]) {
      const wording = EXPORT_WORDING[language];
      expect(wording.attached('a.json'), language).toContain(data);
      expect(wording.archived('a.zip'), language).toContain(data);
      expect(wording.password('RD-1', 'a.zip', 'pw'), language).toContain(request);
    }
  });

  it('elides "de" before an organisation name that starts with a vowel', () => {
    expect(PHRASES.fr.signature('Importly')).toBe('L’équipe protection des données d’Importly');
    expect(PHRASES.fr.signature('MediaConvert.io')).toBe(
      'L’équipe protection des données de MediaConvert.io',
    );
  });
});

describe('a refusal because identity could not be confirmed', () => {
  // As the closing notice and the reminder: the address's owner was never confirmed, so the letter does
  // not greet them by the name the email gave.
  const refused = (
    ground: 'identity_not_verified' | 'legal_exemption',
    language: (typeof LETTER_LANGUAGES)[number],
  ) => {
    const input: LetterFacts = facts('eu-gdpr', ['access']);
    const result = composeLetter({ ...REQUESTS.outcome_rejected, ground }, input, language);
    if (!result.ok) throw new Error(result.code);
    return result.letter.greeting;
  };

  it('greets nobody by name, in every language', () => {
    for (const language of LETTER_LANGUAGES) {
      expect(refused('identity_not_verified', language)).not.toContain('Jane Doe');
      expect(refused('identity_not_verified', language)).toBe(PHRASES[language].greeting(null));
    }
    expect(refused('legal_exemption', 'en')).toBe('Dear Jane Doe,');
  });
});

describe('the Attorney General named after an appeal', () => {
  // The body's English name ("Colorado Attorney General", "Montana Department of Justice…") took the
  // article of the sentence: "auprès de l’Colorado…", "all’Nebraska…", "ante la Oregon Department…".
  const elided = /(?:^|[\s(])(?:l|all|dell|dall|nell|sull|d)’[bcdfgjklmnpqrstvwxz]/iu;

  it('never elides an article before a consonant, nor gives an English name a gender', () => {
    for (const jurisdiction of WITH_APPEAL) {
      const name = LAW_WORDING[jurisdiction].attorneyGeneral!.name;
      for (const language of ['fr', 'it', 'es', 'nl'] as const) {
        const text = letterText(compose('appeal_decision', jurisdiction, language));
        expect(text, `${jurisdiction} ${language}`).not.toMatch(elided);
        expect(text, `${jurisdiction} ${language}`).toContain(`, ${name}`);
      }
    }
  });
});
