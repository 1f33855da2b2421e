import { describe, expect, it } from 'vitest';
import type { JurisdictionId } from './jurisdiction-rule.js';
import { requesterLaw, unsupportedStateOf } from './requester-law.js';

const importly: JurisdictionId[] = ['eu-gdpr', 'uk-gdpr', 'us-ca'];
const everywhere: JurisdictionId[] = [
  'eu-gdpr',
  'uk-gdpr',
  'us-ca',
  'us-va',
  'us-or',
  'us-ut',
  'us-mt',
  'us-ia',
  'us-de',
  'us-ne',
  'br-lgpd',
  'ca-pipeda',
  'ca-qc',
];
const mail = (text: string, senderAddress = 'someone@example.com', subject = 'My data') => ({
  subject,
  text,
  senderAddress,
});

describe('the law a requester writes under', () => {
  it.each([
    ['en', 'Under the UK GDPR I ask for a copy of my data.', 'uk-gdpr'],
    ['en', 'I will complain to the ICO if I get no answer.', 'uk-gdpr'],
    ['en', 'Pursuant to Cal. Civ. Code 1798.105, delete my information.', 'us-ca'],
    ['en', 'Under the Virginia Consumer Data Protection Act, delete my data.', 'us-va'],
    ['en', 'Under ORS 646A.574 I ask for the list of third parties you disclosed my data to.', 'us-or'],
    ['en', 'The Oregon Consumer Privacy Act gives me the right to a copy.', 'us-or'],
    ['en', 'Under the Utah Consumer Privacy Act (13-61-201), delete my data.', 'us-ut'],
    ['en', 'Under the Montana Consumer Data Privacy Act, delete my data.', 'us-mt'],
    ['en', 'Mont. Code Ann. 30-14-2808 gives me the right to a copy.', 'us-mt'],
    ['en', 'Under the Iowa Consumer Data Protection Act, delete my data.', 'us-ia'],
    ['en', 'Iowa Code 715D.3 gives me the right to opt out of sale.', 'us-ia'],
    ['en', 'Under the Delaware Personal Data Privacy Act, send me my data.', 'us-de'],
    ['en', 'Del. Code tit. 6, § 12D-104 lets me correct my data.', 'us-de'],
    ['en', 'Under the Nebraska Data Privacy Act, delete my data.', 'us-ne'],
    ['en', 'Neb. Rev. Stat. 87-1107 gives me the right to a copy.', 'us-ne'],
    ['pt', 'Com base na LGPD, art. 18, solicito acesso aos meus dados.', 'br-lgpd'],
    ['fr', 'Conformément à la Loi 25, je demande l’accès à mes renseignements.', 'ca-qc'],
    ['en', 'Under PIPEDA I request access to my personal information.', 'ca-pipeda'],
    ['de', 'Gemäß Art. 15 DSGVO verlange ich Auskunft.', 'eu-gdpr'],
    ['es', 'Conforme al artículo 17 del RGPD, solicito la supresión.', 'eu-gdpr'],
  ] as const)('%s: "%s" cites %s', (_language, text, expected) => {
    expect(requesterLaw(mail(text), everywhere)).toMatchObject({
      basis: 'law_cited',
      candidates: [expected],
    });
  });

  it('does not read "UK GDPR" as the EU GDPR', () => {
    expect(requesterLaw(mail('Under UK GDPR Art. 15, send my data.'), importly)?.candidates).toEqual([
      'uk-gdpr',
    ]);
  });

  it.each([
    ['en', 'I live in London and want my account deleted.', 'uk-gdpr'],
    ['en', "I'm a California resident; please delete my data.", 'us-ca'],
    ['en', 'I live in Portland, Oregon; please delete my account.', 'us-or'],
    ['en', 'I live in Salt Lake City and want a copy of my data.', 'us-ut'],
    ['en', "I'm a Montana resident, please delete my data.", 'us-mt'],
    ['en', 'I live in Missoula and want my account closed.', 'us-mt'],
    ['en', 'I live in Des Moines, please delete my account.', 'us-ia'],
    ['en', 'I am a Delaware resident and want my data deleted.', 'us-de'],
    ['en', 'I live in Omaha and want a copy of my data.', 'us-ne'],
    ['en', "I'm a Nebraska resident, please delete my account.", 'us-ne'],
    ['de', 'Ich wohne in Berlin und möchte meine Daten löschen lassen.', 'eu-gdpr'],
    ['fr', "J'habite à Paris, merci de supprimer mon compte.", 'eu-gdpr'],
    ['pt', 'Moro no Brasil e quero apagar a minha conta.', 'br-lgpd'],
    ['it', 'Abito a Roma, vorrei cancellare il mio account.', 'eu-gdpr'],
  ] as const)('%s: "%s" says where they live: %s', (_language, text, expected) => {
    expect(requesterLaw(mail(text), everywhere)).toMatchObject({
      basis: 'residence',
      candidates: [expected],
    });
  });

  it('does not read "NDPA" alone as Nebraska’s act: it names Nigeria’s too', () => {
    expect(requesterLaw(mail('Under the NDPA, delete my data.'), everywhere)).toBeNull();
  });

  it('does not read a West Virginia resident as a Virginian', () => {
    expect(requesterLaw(mail("I'm a West Virginia resident; delete my data."), everywhere)).toBeNull();
    expect(requesterLaw(mail("I'm a Virginia resident; delete my data."), everywhere)?.candidates).toEqual([
      'us-va',
    ]);
  });

  it('takes a country-code domain when nothing else says, never a generic one', () => {
    expect(requesterLaw(mail('Delete my account.', 'jane@example.co.uk'), importly)).toMatchObject({
      basis: 'sender_country',
      candidates: ['uk-gdpr'],
    });
    expect(requesterLaw(mail('Delete my account.', 'jan@example.de'), importly)?.candidates).toEqual([
      'eu-gdpr',
    ]);
    expect(requesterLaw(mail('Delete my account.', 'jane@example.com'), importly)).toBeNull();
  });

  it('prefers a cited law to a residence, and a residence to the sender’s domain', () => {
    const choice = requesterLaw(
      mail('I live in London. Under the CCPA, delete my data.', 'j@example.de'),
      importly,
    );
    expect(choice).toMatchObject({ basis: 'law_cited', candidates: ['us-ca'], cue: 'cites the CCPA' });
  });

  it('ignores a law the organisation does not declare, and lists several cited ones', () => {
    expect(requesterLaw(mail('Under the LGPD, delete my data.'), importly)).toBeNull();
    expect(requesterLaw(mail('Under the GDPR and the CCPA, delete my data.'), importly)?.candidates).toEqual([
      'us-ca',
      'eu-gdpr',
    ]);
  });

  it.each([
    ["I'm a Tennessee resident, please delete my data.", 'Tennessee'],
    ['I live in New Jersey and want a copy of my data.', 'New Jersey'],
    ['I live in the state of New Hampshire.', 'New Hampshire'],
    ['I am a resident of Maryland.', 'Maryland'],
    ["I'm a Nebraska resident.", null],
    ['I live in Oregon.', null],
    ['Please delete my account.', null],
  ] as const)('"%s" names an unsupported state: %s', (text, expected) => {
    expect(unsupportedStateOf(mail(text))).toBe(expected);
    // No supported law is read into it either.
    if (expected) expect(requesterLaw(mail(text), everywhere)).toBeNull();
  });
});
