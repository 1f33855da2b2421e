import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { RequestType } from '../../request-types.js';
import { LetterSchema } from '../template-data.js';
import { composeLetter } from './compose-letter.js';
import type { Letter } from './letter.js';
import { LETTER_KINDS, type LetterFacts, type LetterKind, type LetterRequest } from './letter-facts.js';
import { LETTER_LANGUAGES, type LetterLanguage } from './languages.js';
import { PHRASES } from './phrase-tables.js';

const facts = (jurisdiction: JurisdictionId, types: readonly RequestType[] = ['erasure']): LetterFacts => ({
  organisationName: 'MediaConvert.io',
  ticketReference: 'RD-1042',
  requesterName: 'Jane Doe',
  privacyAddress: 'support@mediaconvert.example',
  policyUrl: 'https://mediaconvert.example/privacy',
  jurisdiction,
  types,
  authority: null,
  rights: ['access', 'erasure', 'objection'],
  retention: [
    { data: 'account data', period: 'while_account_open', afterErasure: { kept: false } },
    {
      data: 'usage records',
      period: { unit: 'years', amount: 7 },
      afterErasure: { kept: true, ground: 'legal_obligation' },
    },
    { data: 'system logs', period: { unit: 'days', amount: 90 }, afterErasure: { kept: false } },
    { data: 'media files', period: 'not_stored', afterErasure: { kept: false } },
  ],
  access: {
    purposes: ['to provide the conversion service'],
    categories: ['account information'],
    recipients: ['Stripe (payment processor)'],
    sources: ['you, when you create an account'],
    transfers: [],
  },
  texts: { language: 'en', translations: null },
  composedOn: '2026-05-04',
});

const REQUESTS: { readonly [K in LetterKind]: Extract<LetterRequest, { kind: K }> } = {
  acknowledgement: { kind: 'acknowledgement', receivedDate: '4 May 2026', dueDate: '4 June 2026' },
  verification_request: { kind: 'verification_request', code: '1234-5678', expiresAt: '7 May 2026, 10:00' },
  verification_success: { kind: 'verification_success' },
  clarification_request: {
    kind: 'clarification_request',
    question: 'Which account do you mean?',
    stopsClock: true,
  },
  extension_notice: {
    kind: 'extension_notice',
    reason: 'Ten years of records.',
    newDeadline: '4 August 2026',
  },
  outcome_fulfilled: { kind: 'outcome_fulfilled', details: null, systems: [] },
  outcome_partial: { kind: 'outcome_partial', details: null, systems: [] },
  outcome_rejected: {
    kind: 'outcome_rejected',
    reason: 'A legal exemption applies.',
    ground: 'legal_exemption',
  },
  appeal_received: { kind: 'appeal_received', appealDueDate: '3 July 2026' },
  appeal_decision: { kind: 'appeal_decision', upheld: true, reason: 'The exemption still applies.' },
  staff_message: { kind: 'staff_message', text: 'We found two accounts. Which one is yours?' },
  verification_reminder: { kind: 'verification_reminder', closesOn: '18 May 2026' },
  closed_unverified: { kind: 'closed_unverified' },
};

const NO_EXTENSION: readonly JurisdictionId[] = ['us-ca-optout', 'br-lgpd', 'ca-qc'];
const WITH_APPEAL: readonly JurisdictionId[] = [
  'us-va',
  'us-co',
  'us-ct',
  'us-tx',
  'us-or',
  'us-mt',
  'us-ia',
  'us-de',
  'us-ne',
];
const US: readonly JurisdictionId[] = ['us-ca', 'us-ca-optout', ...WITH_APPEAL];

/** Whether a law has a place for this letter at all; every other combination must be written. */
function lawHasLetter(kind: LetterKind, jurisdiction: JurisdictionId): boolean {
  if (kind === 'extension_notice') return !NO_EXTENSION.includes(jurisdiction);
  if (kind === 'appeal_received' || kind === 'appeal_decision') return WITH_APPEAL.includes(jurisdiction);
  return true;
}

function letterText(letter: Letter): string {
  return [letter.subject, letter.greeting, ...letter.blocks.flatMap((b) => [b.text, ...b.items])].join('\n');
}

function compose(
  kind: LetterKind,
  jurisdiction: JurisdictionId,
  language: LetterLanguage,
  types?: readonly RequestType[],
): Letter {
  const result = composeLetter(REQUESTS[kind], facts(jurisdiction, types), language);
  if (!result.ok) throw new Error(`${kind} ${jurisdiction} ${language}: ${result.code}`);
  return result.letter;
}

// How each language names the EU's supervisory authorities (GDPR Art. 77).
const SUPERVISORY: { readonly [L in LetterLanguage]: string } = {
  en: 'supervisory authority',
  de: 'Aufsichtsbehörde',
  fr: 'autorité de contrôle',
  es: 'autoridad de control',
  it: 'autorità di controllo',
  nl: 'toezichthoudende autoriteit',
  pt: 'autoridade de controlo',
  'pt-BR': 'autoridade de controle',
  pl: 'organu nadzorczego',
  sv: 'tillsynsmyndighet',
  da: 'tilsynsmyndighed',
};

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
    expect(letterText(compose('extension_notice', 'ca-pipeda', 'en'))).toMatch(
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
      "Commission d'accès à l'information",
    );
    expect(letterText(compose('outcome_rejected', 'eu-gdpr', 'en'))).toContain('Arts. 12(4), 77, 79');
  });

  it('tells a UK requester that the clock stops while we wait for clarification', () => {
    expect(letterText(compose('clarification_request', 'uk-gdpr', 'en'))).toContain('UK GDPR Art. 12A');
    expect(letterText(compose('clarification_request', 'eu-gdpr', 'en'))).not.toContain('12A');
  });
});

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
