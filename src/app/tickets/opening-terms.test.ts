import { describe, expect, it } from 'vitest';
import type { OrganisationTerms } from './organisation-terms.js';
import { type OpeningRequest, openingsFor, openingTermsFor } from './opening-terms.js';

const importly: OrganisationTerms = {
  id: 'importly',
  zone: 'UTC',
  holidays: null,
  jurisdictions: ['eu-gdpr', 'uk-gdpr', 'us-ca'],
  recipients: [],
  purge: [],
  policy: { rights: ['access', 'erasure'], minimumAge: 18, sellsPersonalData: false },
  addresses: ['privacy@importly.example'],
  dataSystems: [],
};
const receivedAt = new Date('2026-03-02T09:00:00Z');
const request = (text: string, needsTriage = false): OpeningRequest => ({
  needsTriage,
  evidence: { subject: 'My data', text, senderAddress: 'jane@example.com' },
  flags: [],
  recipients: ['privacy@importly.example'],
  otherAddresses: [],
});

describe('the terms a new ticket opens under', () => {
  it('runs a ticket in triage on the strictest clock of any right owed, from receipt (the CCPA opt-out here)', () => {
    const [triage] = openingsFor(importly, ['erasure'], receivedAt, request('please delete', true));
    // 15 business days from 2 Mar 2026 (11 CCR §7026(f)), earlier than any month or 45 days.
    expect(triage.terms).toMatchObject({ jurisdiction: 'us-ca-optout', dueDate: '2026-03-23' });
    expect(triage.law.basis).toBe('triage');
  });

  it('opens a confident ticket under the law the mail cites, else the strictest declared', () => {
    const [cited] = openingsFor(
      importly,
      ['access'],
      receivedAt,
      request('Under the CCPA, what do you hold?'),
    );
    expect(cited.terms).toMatchObject({ jurisdiction: 'us-ca', dueDate: '2026-04-16' });
    expect(cited.law).toEqual({ basis: 'law_cited', cue: 'cites the CCPA' });
    const [plain] = openingsFor(importly, ['access'], receivedAt, request('What do you hold about me?'));
    expect(plain.terms.jurisdiction).toBe('eu-gdpr');
    expect(plain.law.basis).toBe('strictest');
  });

  it('says so when the requester lives in a state whose law is not supported yet', () => {
    const [ticket] = openingsFor(
      importly,
      ['access'],
      receivedAt,
      request('I live in Rhode Island. What do you hold?'),
    );
    expect(ticket.terms.jurisdiction).toBe('eu-gdpr');
    expect(ticket.law).toEqual({
      basis: 'strictest',
      cue: 'the strictest law the organisation declares (the requester says they live in Rhode Island, whose privacy law Rightsdesk does not support yet)',
    });
  });

  it('opens a Montana resident’s request under the MCDPA once it is in force, never before', () => {
    const org: OrganisationTerms = { ...importly, jurisdictions: ['eu-gdpr', 'us-mt'] };
    const said = request('I live in Missoula. What do you hold?');
    const [now] = openingsFor(org, ['access'], receivedAt, said);
    // Mont. Code Ann. §30-14-2808(4)(a): 45 days from 2 March 2026.
    expect(now.terms).toMatchObject({ jurisdiction: 'us-mt', dueDate: '2026-04-16' });
    expect(now.law.basis).toBe('residence');
    // The MCDPA took effect on 1 October 2024: a request received in September 2024 is not under it.
    const [before] = openingsFor(org, ['access'], new Date('2024-09-20T09:00:00Z'), said);
    expect(before.terms).toMatchObject({ jurisdiction: 'eu-gdpr', dueDate: '2024-10-21' });
    expect(before.law.basis).toBe('strictest');
  });

  it('flags a right the policy does not promise on the ticket it concerns', () => {
    const [ticket] = openingsFor(importly, ['objection'], receivedAt, request('I object to profiling.'));
    expect(ticket.flags).toEqual(['right_not_in_policy:objection']);
  });

  it('gives every request of one local day the same terms, and the next day its own', () => {
    const berlin: OrganisationTerms = { ...importly, zone: 'Europe/Berlin', jurisdictions: ['eu-gdpr'] };
    const morning = openingTermsFor(berlin, ['access'], new Date('2026-03-09T06:00:00Z'));
    const evening = openingTermsFor(berlin, ['access'], new Date('2026-03-09T22:59:00Z'));
    // 23:00 UTC is already 10 March in Berlin: its month runs to 10 April.
    const nextDay = openingTermsFor(berlin, ['access'], new Date('2026-03-09T23:00:00Z'));
    expect(morning).toEqual({ jurisdiction: 'eu-gdpr', dueDate: '2026-04-09', dueAt: expect.any(Date) });
    expect(evening).toEqual(morning);
    expect(evening.dueAt).not.toBe(morning.dueAt);
    expect(nextDay.dueDate).toBe('2026-04-10');
  });
});
