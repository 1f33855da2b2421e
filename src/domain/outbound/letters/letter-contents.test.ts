// What a letter says of the request and the organisation: kept data, access answers, data systems,
// the organisation's own translated words and retention periods, truthful in every language.
import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose-letter.js';
import type { LetterFacts } from './letter-facts.js';
import { LETTER_LANGUAGES, type LetterLanguage } from './languages.js';
import { PHRASES } from './phrase-tables.js';
import { facts, REQUESTS, letterText, compose } from './letter-fixtures.test-support.js';

describe('truthful letters', () => {
  it('lists after an erasure only what is kept, with its period in plain units and its ground', () => {
    const text = letterText(compose('outcome_partial', 'eu-gdpr', 'en'));
    expect(text).toContain(
      'usage records: kept for 7 years, to comply with a legal obligation (GDPR Art. 17(3)(b))',
    );
    expect(text).not.toContain('media files');
    expect(text).not.toContain('account data');
    expect(text).not.toContain('system logs');
  });

  it('tells a GDPR requester that the recipients were told of the erasure and will be named on request', () => {
    expect(letterText(compose('outcome_partial', 'eu-gdpr', 'en'))).toContain(
      'we will tell you who they are (GDPR Art. 19)',
    );
    expect(letterText(compose('outcome_fulfilled', 'eu-gdpr', 'fr', ['access']))).not.toContain('Art. 19');
  });

  it('states a period the policy gives as a most as "up to", in every language', () => {
    const base = facts('eu-gdpr', ['access']);
    const upTo: LetterFacts = {
      ...base,
      retention: base.retention.map((row) =>
        row.data === 'system logs' ? { ...row, period: { unit: 'days', amount: 90, upTo: true } } : row,
      ),
    };
    const words: { readonly [L in LetterLanguage]: string } = {
      en: 'kept for up to 90 days',
      de: 'bis zu 90',
      fr: 'au plus 90',
      es: 'un máximo de 90',
      it: 'un massimo di 90',
      nl: 'maximaal 90',
      pt: 'no máximo, 90',
      'pt-BR': 'até 90',
      pl: 'maksymalnie przez 90',
      sv: 'högst 90',
      da: 'op til 90',
    };
    for (const language of LETTER_LANGUAGES) {
      const result = composeLetter(REQUESTS.outcome_fulfilled, upTo, language);
      if (!result.ok) throw new Error(result.code);
      expect(letterText(result.letter)).toContain(words[language]);
    }
    expect(letterText(compose('outcome_fulfilled', 'eu-gdpr', 'en', ['access']))).not.toContain('up to');
  });

  it('answers an access request with the purposes, categories, recipients, retention, source, rights and complaint', () => {
    const letter = compose('outcome_fulfilled', 'eu-gdpr', 'en', ['access']);
    const text = letterText(letter);
    for (const fact of [
      'to provide the conversion service',
      'Stripe (payment processor)',
      'you, when you create an account',
    ])
      expect(text).toContain(fact);
    expect(text).toContain('GDPR Art. 15(1)');
    expect(text).toContain('system logs: kept for 90 days');
    expect(text).toContain('account data: kept while your account is open');
    expect(text).not.toContain('media files');
    expect(text).toContain('erasure of your data');
    expect(text).toContain('supervisory authority');
  });

  it('never quotes the requester in an acknowledgement, and asks no identity of an opt-out', () => {
    const ack = compose('acknowledgement', 'us-ca-optout', 'en', ['opt_out_sale']);
    expect(letterText(ack)).not.toContain('Jane Doe');
    expect(letterText(ack)).not.toContain(PHRASES.en.mayVerifyIdentity);
    expect(letterText(ack)).toContain('11 CCR §7026(d)');
    expect(letterText(compose('acknowledgement', 'us-ca', 'en', ['access']))).toContain(
      PHRASES.en.mayVerifyIdentity,
    );
  });

  it("frames staff's message with the language's greeting and closing, and adds nothing to it", () => {
    const letter = compose('staff_message', 'eu-gdpr', 'de');
    expect(letter.greeting).toBe(PHRASES.de.greeting('Jane Doe'));
    expect(letter.closing).toBe(PHRASES.de.closing);
    expect(letter.subject).toBe(PHRASES.de.subject.staff_message);
    expect(letter.blocks.map((b) => b.text)).toEqual(['We found two accounts. Which one is yours?']);
  });

  it('counts Polish periods with their plural forms', () => {
    expect(PHRASES.pl.period(1, 'months')).toBe('1 miesiąc');
    expect(PHRASES.pl.period(2, 'months')).toBe('2 miesiące');
    expect(PHRASES.pl.period(45, 'days')).toBe('45 dni');
    expect(PHRASES.pl.period(7, 'years')).toBe('7 lat');
    expect(PHRASES.pl.period(12, 'months')).toBe('12 miesięcy');
  });
});

describe('what the outcome letter says of each data system', () => {
  const systems = [
    { systemName: 'Account database', done: ['export', 'delete'] as const, nothingHeld: false },
    { systemName: 'Billing and usage records', done: ['restrict'] as const, nothingHeld: false },
    { systemName: 'System logs', done: [] as const, nothingHeld: true },
  ];

  it('lists each system with what was done there, in the requester’s language', () => {
    const letter = composeLetter({ kind: 'outcome_partial', details: null, systems }, facts('eu-gdpr'), 'de');
    if (!letter.ok) throw new Error('expected a letter');
    const block = letter.letter.blocks.find((b) => b.text === PHRASES.de.systemsIntro);
    expect(block?.items).toEqual([
      'Account database: eine Kopie Ihrer Daten erstellt; Ihre Daten gelöscht',
      'Billing and usage records: die Verarbeitung Ihrer Daten eingeschränkt',
      'System logs: enthielt keine Daten über Sie',
    ]);
  });

  it('has the system sentences in every language, and none when the organisation lists no systems', () => {
    for (const language of LETTER_LANGUAGES) {
      const p = PHRASES[language];
      for (const text of [p.systemsIntro, p.nothingHeld, ...Object.values(p.taskAction)])
        expect(text.trim().length, language).toBeGreaterThan(3);
      const letter = composeLetter(
        { kind: 'outcome_fulfilled', details: null, systems },
        facts('us-ca'),
        language,
      );
      expect(letter.ok && letterText(letter.letter)).toContain(p.taskAction.restrict);
    }
    const none = composeLetter(
      { kind: 'outcome_fulfilled', details: null, systems: [] },
      facts('eu-gdpr'),
      'en',
    );
    expect(none.ok && letterText(none.letter)).not.toContain(PHRASES.en.systemsIntro);
  });
});

describe('the organisation’s own words in the letter’s language', () => {
  const GERMAN: Readonly<Record<string, string>> = {
    'account data': 'Kontodaten',
    'usage records': 'Nutzungsaufzeichnungen',
    'system logs': 'Systemprotokolle',
    'media files': 'Mediendateien',
    'to provide the conversion service': 'um den Konvertierungsdienst zu erbringen',
    'account information': 'Kontoinformationen',
    'Stripe (payment processor)': 'Stripe (Zahlungsdienstleister)',
    'you, when you create an account': 'Sie, wenn Sie ein Konto anlegen',
    'Billing records': 'Abrechnungsunterlagen',
  };
  const systems = [{ systemName: 'Billing records', done: ['restrict' as const], nothingHeld: false }];
  const german = (
    translations: Readonly<Record<string, string>> | null,
    kind: 'outcome_fulfilled' | 'outcome_partial',
  ) => {
    const result = composeLetter(
      { kind, details: null, systems },
      { ...facts('eu-gdpr', ['access', 'erasure']), texts: { language: 'en', translations } },
      'de',
    );
    if (!result.ok) throw new Error('expected a letter');
    return result.letter;
  };

  it('quotes retention rows, purposes, recipients, sources and system names as the file translates them', () => {
    for (const kind of ['outcome_fulfilled', 'outcome_partial'] as const) {
      const text = letterText(german(GERMAN, kind));
      expect(text).toContain('Abrechnungsunterlagen: ');
      expect(text).toContain('Nutzungsaufzeichnungen: ');
      for (const english of Object.keys(GERMAN).filter((k) => k !== 'Stripe (payment processor)'))
        expect(text).not.toContain(english);
      expect(text).not.toContain('payment processor');
      expect(text).not.toContain(PHRASES.de.untranslatedFacts('Englisch'));
    }
  });

  it('says once, after the first sentence, that the facts are quoted in English where the file has no German', () => {
    const letter = german(null, 'outcome_fulfilled');
    expect(letter.blocks[1]?.text).toBe(PHRASES.de.untranslatedFacts('Englisch'));
    expect(letterText(letter).split(PHRASES.de.untranslatedFacts('Englisch'))).toHaveLength(2);
    expect(letterText(letter)).toContain('usage records: ');
  });

  it('adds no note to a letter that quotes none of the organisation’s words', () => {
    const result = composeLetter(REQUESTS.outcome_rejected, facts('eu-gdpr'), 'de');
    expect(result.ok && letterText(result.letter)).not.toContain('Englisch');
  });
});

describe('retention periods in the Romance languages', () => {
  it('are worded as a noun, so they never disagree with the gender of the data they follow', () => {
    // "fichiers multimédias importés : conservées…" was wrong: the participle agreed with "données" only.
    const nouns = {
      fr: 'conservation',
      es: 'conservación',
      it: 'conservazione',
      pt: 'conservação',
      'pt-BR': 'conservação',
    };
    for (const [language, noun] of Object.entries(nouns)) {
      const p = PHRASES[language as LetterLanguage];
      const periods = [
        p.keptFor(p.period(7, 'years')),
        p.keptForUpTo(p.period(90, 'days')),
        p.whileAccountOpen,
        p.whileAccountOpenAndAfter,
        p.asLongAsNeeded,
      ];
      for (const period of periods) expect(period.startsWith(noun), `${language}: ${period}`).toBe(true);
    }
  });
});
