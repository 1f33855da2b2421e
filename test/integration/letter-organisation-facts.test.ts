// Letters tell only what is true of the organisation and the ticket's law: a right the organisation's
// file does not promise is never offered, an opt-out under a law other than the CCPA is neither asked
// for identity nor given California's rule, and a requester whose language we do not write gets the
// language of their law (French in Québec, Brazilian Portuguese under the LGPD) or the organisation's.
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/adapters/templates/handlebars-renderer.js';
import type { MailTicket, OrganisationMail } from '../../src/app/notify/ports.js';
import { previewLetter } from '../../src/app/notify/preview-letter.js';
import { renderRequesterLetter } from '../../src/app/notify/queue-email.js';
import { templatesDir } from '../../src/compose-requester-mail.js';
import type { JurisdictionId } from '../../src/domain/deadlines/jurisdiction-rule.js';
import { LETTER_LANGUAGES } from '../../src/domain/outbound/letters/languages.js';
import { PHRASES } from '../../src/domain/outbound/letters/phrase-tables.js';
import type { Right } from '../../src/domain/request-types.js';
import { factIn, phrasesFor, SEED_ORGANISATIONS } from '../support/letter-matrix.js';

const renderer = loadTemplates(templatesDir);
const mediaconvert = SEED_ORGANISATIONS.find((o) => o.organisationId === 'mediaconvert')!;

function text(
  org: OrganisationMail,
  jurisdiction: JurisdictionId,
  kind: 'acknowledgement' | 'outcome_fulfilled',
  language: (typeof LETTER_LANGUAGES)[number],
  types: readonly Right[],
) {
  const preview = previewLetter(org, renderer, {
    jurisdiction,
    kind,
    language,
    types,
    ground: 'legal_exemption',
    composedAt: new Date('2026-05-04T10:00:00Z'),
  });
  if (!preview.ok) throw new Error(`${jurisdiction} has no ${kind}`);
  return preview.email.text;
}

describe('letters true to the organisation', () => {
  it('never offers a right the organisation’s file does not promise, in any language', () => {
    const withoutRestriction = {
      ...mediaconvert,
      rights: mediaconvert.rights.filter((r) => r !== 'restriction'),
    };
    for (const language of LETTER_LANGUAGES) {
      const p = PHRASES[language];
      const answer = text(withoutRestriction, 'eu-gdpr', 'outcome_fulfilled', language, ['access']);
      expect(answer).not.toContain(p.right.restriction);
      expect(answer).toContain(`- ${p.right.objection}`);
      // The seed file promises restriction: the same letter offers it.
      expect(text(mediaconvert, 'eu-gdpr', 'outcome_fulfilled', language, ['access'])).toContain(
        `- ${p.right.restriction}`,
      );
    }
  });

  it('offers a Californian only the CCPA’s rights, and a Canadian only PIPEDA’s, of those the organisation promises', () => {
    const everything = {
      ...mediaconvert,
      rights: [...mediaconvert.rights, 'withdraw_consent', 'opt_out_sale'] as Right[],
    };
    const californian = text(everything, 'us-ca', 'outcome_fulfilled', 'en', ['access']);
    expect(californian).toContain('- opting out of the sale or sharing of your data');
    expect(californian).not.toMatch(
      /restriction of processing|objection to processing|withdrawal of your consent/,
    );
    const canadian = text(everything, 'ca-pipeda', 'outcome_fulfilled', 'en', ['access']);
    expect(canadian).toContain('- withdrawal of your consent');
    expect(canadian).not.toMatch(/erasure of your data|data portability|opting out/);
    expect(text(everything, 'eu-gdpr', 'outcome_fulfilled', 'en', ['access'])).not.toContain('opting out');
  });

  it('says MediaConvert.io keeps account data for a reasonable period after the account closes, as its policy does, in every language', () => {
    // "Account Data: Retained while your account is active and for a reasonable period after deletion".
    for (const language of LETTER_LANGUAGES) {
      const p = PHRASES[language];
      const answer = text(mediaconvert, 'eu-gdpr', 'outcome_fulfilled', language, ['access']);
      const row = factIn({ org: mediaconvert, jurisdiction: 'eu-gdpr', language }, 'account data');
      expect(answer).toContain(`- ${p.labelled(row, p.whileAccountOpenAndAfter)}`);
      expect(answer).not.toContain(`- ${p.labelled(row, p.whileAccountOpen)}\n`);
    }
  });

  it('tells a GDPR requester of ZM API and MediaConvert.io the transfer safeguards their policies state (Art. 15(2)), and no one else', () => {
    // ZM API: "appropriate safeguards (such as standard contractual clauses) when required";
    // MediaConvert.io: "We ensure appropriate safeguards are in place for international transfers".
    const zmapi = SEED_ORGANISATIONS.find((o) => o.organisationId === 'zmapi')!;
    const importly = SEED_ORGANISATIONS.find((o) => o.organisationId === 'importly')!;
    const zm = text(zmapi, 'eu-gdpr', 'outcome_fulfilled', 'en', ['access']);
    expect(zm).toContain('(GDPR Art. 15(2))');
    expect(zm).toContain('standard contractual clauses');
    expect(text(zmapi, 'eu-gdpr', 'outcome_fulfilled', 'de', ['access'])).toContain(
      'Standardvertragsklauseln',
    );
    expect(text(mediaconvert, 'uk-gdpr', 'outcome_fulfilled', 'en', ['access'])).toContain(
      '(UK GDPR Art. 15(2))',
    );
    expect(text(mediaconvert, 'eu-gdpr', 'outcome_fulfilled', 'en', ['access'])).toContain(
      'safeguards for international transfers',
    );
    // Importly's policy says nothing of transfers; no other law has Art. 15(2)'s sentence.
    expect(text(importly, 'eu-gdpr', 'outcome_fulfilled', 'en', ['access'])).not.toContain('15(2)');
    expect(text(zmapi, 'us-ca', 'outcome_fulfilled', 'en', ['access'])).not.toContain('contractual');
  });

  it('acknowledges an opt-out under Virginia, Colorado, Connecticut and Texas on the state’s own 45 days, without an identity check or California’s rule', () => {
    for (const jurisdiction of ['us-va', 'us-co', 'us-ct', 'us-tx'] as const)
      for (const language of LETTER_LANGUAGES) {
        const ack = text(mediaconvert, jurisdiction, 'acknowledgement', language, ['opt_out_sale']);
        const p = phrasesFor({ jurisdiction, language });
        expect(ack).toContain(p.period(45, 'days'));
        expect(ack).not.toContain(p.mayVerifyIdentity);
        expect(ack).not.toMatch(/7026|15 |California/);
      }
  });

  it('acknowledges a GDPR or LGPD opt-out on that law’s clock, with no CCPA wording', () => {
    const gdpr = text(mediaconvert, 'eu-gdpr', 'acknowledgement', 'de', ['opt_out_sale']);
    expect(gdpr).toContain('DSGVO Art. 12(3)');
    expect(gdpr).not.toMatch(/CCR|Werktage/);
    const lgpd = text(mediaconvert, 'br-lgpd', 'acknowledgement', 'pt', ['opt_out_sale']);
    expect(lgpd).toContain('a lei não fixa um número de dias (LGPD Art. 18 §§4, 5)');
    expect(lgpd).not.toContain('15 dias');
  });
});

describe('the language of a letter when we do not write the requester’s', () => {
  const ticket = (jurisdiction: JurisdictionId): MailTicket => ({
    id: 1,
    reference: 'RD-1001',
    organisationId: mediaconvert.organisationId,
    requesterAddress: 'requester@example.com',
    requesterName: '',
    subject: '',
    language: 'fi',
    jurisdiction,
    status: 'received',
    version: 0,
    flags: [],
    types: ['access'],
    requesterUnreachable: false,
    receivedAt: new Date('2026-05-04T10:00:00Z'),
    dueDate: null,
    thread: [],
    lastInboundMessageId: null,
  });
  const letterFor = (jurisdiction: JurisdictionId) =>
    renderRequesterLetter(
      renderer,
      ticket(jurisdiction),
      mediaconvert,
      () => ({
        kind: 'acknowledgement',
        receivedDate: '4 May 2026',
        dueDate: null,
      }),
      new Date('2026-05-04T10:00:00Z'),
    );

  it('writes French in Québec, Brazilian Portuguese under the LGPD, else the organisation’s default, and records the language asked for', () => {
    const cases: [JurisdictionId, string, RegExp][] = [
      ['ca-qc', 'fr', /Nous avons reçu votre demande/],
      ['br-lgpd', 'pt-BR', /Recebemos a sua solicitação/],
      ['eu-gdpr', 'en', /We received your privacy request/],
      ['ca-pipeda', 'en', /We received your privacy request/],
    ];
    for (const [jurisdiction, language, opening] of cases) {
      const letter = letterFor(jurisdiction);
      if (!letter.ok) throw new Error(jurisdiction);
      expect(letter.choice).toEqual({ language, requested: 'fi' });
      expect(letter.rendered.text).toMatch(opening);
      expect(letter.rendered.html).toContain(`<html lang="${language}">`);
    }
  });
});
