import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import { type Actor, allowedActions, type Decision, decide, type TicketState } from './lifecycle.js';
import { describeLifecycleError } from './lifecycle-messages.js';
import { groundChoices, groundsFor } from './reject-grounds.js';
import type { RejectionReason, TicketStatus } from './vocabulary.js';

const AT = '2026-03-16T09:00:00.000Z';
const approver: Actor = { id: 'U-dpo', role: 'approver' };

function ticket(jurisdiction: JurisdictionId, changes: Partial<TicketState> = {}): TicketState {
  return {
    id: 'RD-1042',
    status: 'received' satisfies TicketStatus,
    version: 3,
    jurisdiction,
    extended: false,
    rejectionReason: null,
    ...changes,
  };
}
const optOut = (jurisdiction: JurisdictionId) => ticket(jurisdiction, { verificationRequired: false });
const reject = (state: TicketState, reason: RejectionReason): Decision =>
  decide(state, { action: 'reject', reason }, approver, AT);

function refusal(decision: Decision) {
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.state.status}`);
  return { ...decision.error, message: describeLifecycleError(decision.error) };
}

const STATE_OPT_OUT_LAWS = ['us-ca', 'us-ca-optout', 'us-va', 'us-co', 'us-ct', 'us-tx'] as const;

describe('an opt-out of sale or sharing is never refused as unverified', () => {
  it.each([
    ['us-ca', '11 CCR §7026(d)'],
    ['us-ca-optout', '§7026(e)'],
    ['us-co', 'C.R.S. §6-1-1306(1)(a)'],
    ['us-ct', 'Conn. Gen. Stat. §42-518(c)(4)'],
  ] as const)('refuses identity_not_verified on an opt-out under %s, citing %s', (law, cite) => {
    const error = refusal(reject(optOut(law), 'identity_not_verified'));
    expect(error.code).toBe('opt_out_identity_ground');
    expect(error.message).toContain(cite);
    expect(error.message).toContain('Approve it as it stands');
  });

  // Va. Code §59.1-577(A) and Tex. Bus. & Com. Code §541.051(b) make every right, the opt-out included, an
  // authenticated request, and §541.055 says nothing of opt-outs: the desk's own practice is the reason.
  it.each(['us-va', 'us-tx'] as const)(
    'refuses it under %s on the desk’s practice, citing no statute',
    (law) => {
      const error = refusal(reject(optOut(law), 'identity_not_verified'));
      expect(error.code).toBe('opt_out_identity_ground');
      expect(error.message).toContain(
        'Rightsdesk takes an opt-out of sale or sharing without an identity check',
      );
      expect(error.message).not.toMatch(/§59\.1-577|§541\.055/);
    },
  );

  it('says that a CCPA opt-out may be denied only on a documented belief of fraud', () => {
    const error = refusal(reject(optOut('us-ca-optout'), 'identity_not_verified'));
    expect(error.message).toContain('good-faith, reasonable and documented belief');
  });

  it('still refuses an unverified access request as unverified under the same laws', () => {
    for (const law of STATE_OPT_OUT_LAWS.filter((l) => l !== 'us-ca-optout')) {
      const rejected = reject(ticket(law), 'identity_not_verified');
      expect(rejected.ok && rejected.state.rejectionReason).toBe('identity_not_verified');
    }
  });

  it('offers no identity ground for an opt-out, under any law', () => {
    for (const law of JURISDICTION_IDS) expect(groundsFor(law, true)).not.toContain('identity_not_verified');
  });

  it.each(STATE_OPT_OUT_LAWS)('lets an approver approve an unverified opt-out under %s', (law) => {
    expect(allowedActions(optOut(law), 'approver')).toContain('approve');
    expect(allowedActions(optOut(law), 'agent')).not.toContain('request_verification');
    const approved = decide(optOut(law), { action: 'approve' }, approver, AT);
    expect(approved.ok && approved.state.status).toBe('approved');
  });
});

describe('a request is refused only on a ground its law provides', () => {
  const ABUSE: readonly RejectionReason[] = ['manifestly_unfounded', 'excessive'];

  it.each(['eu-gdpr', 'uk-gdpr', 'us-ca', 'us-ca-optout', 'us-va', 'us-ct', 'us-tx'] as const)(
    'accepts manifestly_unfounded and excessive under %s',
    (law) => {
      for (const ground of ABUSE) expect(reject(ticket(law), ground).ok).toBe(true);
    },
  );

  it.each([
    ['br-lgpd', 'LGPD Art. 18 §4'],
    ['ca-pipeda', 'PIPEDA'],
    ['ca-qc', 'CQLR c. P-39.1 s. 46'],
    ['us-co', 'C.R.S. §6-1-1306(1)(e)'],
  ] as const)('refuses manifestly_unfounded and excessive under %s, naming its grounds (%s)', (law, cite) => {
    for (const ground of ABUSE) {
      const error = refusal(reject(ticket(law), ground));
      expect(error).toMatchObject({ code: 'ground_not_provided', jurisdiction: law, ground });
      expect(error.message).toContain(cite);
      expect(error.message).toContain(
        'Grounds under this law: identity_not_verified, legal_exemption, duplicate, not_a_request, outside_jurisdiction.',
      );
    }
  });

  it('records nothing and leaves the ticket open when the ground is refused', () => {
    const error = refusal(reject(ticket('ca-qc'), 'excessive'));
    expect(error.status).toBe('received');
    expect(error.allowedActions).toContain('reject');
  });

  it('keeps legal_exemption, duplicate, not_a_request and outside_jurisdiction under every law', () => {
    for (const law of JURISDICTION_IDS) {
      for (const ground of ['legal_exemption', 'duplicate', 'not_a_request', 'outside_jurisdiction'] as const)
        expect(reject(ticket(law), ground).ok).toBe(true);
    }
  });
});

describe('the grounds a reject form offers for a ticket', () => {
  it('offers LGPD, PIPEDA, Québec and Colorado tickets no refusal as manifestly unfounded or excessive', () => {
    for (const law of ['br-lgpd', 'ca-pipeda', 'ca-qc', 'us-co'] as const)
      expect(groundChoices(law, false).map((c) => c.ground)).toEqual([
        'identity_not_verified',
        'legal_exemption',
        'duplicate',
        'not_a_request',
        'outside_jurisdiction',
      ]);
  });

  it("words each ground as the ticket's law does, with its article", () => {
    const gdpr = new Map(groundChoices('eu-gdpr', false).map((c) => [c.ground, c.wording]));
    expect(gdpr.get('excessive')).toContain('GDPR Art. 12(5)(b)');
    expect(gdpr.get('identity_not_verified')).toContain('Art. 12(2)');
    const uk = new Map(groundChoices('uk-gdpr', false).map((c) => [c.ground, c.wording]));
    expect(uk.get('legal_exemption')).toContain('DPA 2018');
    const virginia = new Map(groundChoices('us-va', false).map((c) => [c.ground, c.wording]));
    expect(virginia.get('excessive')).toBe('Va. Code §59.1-577(B)(3): "excessive, or repetitive"');
    const texas = new Map(groundChoices('us-tx', false).map((c) => [c.ground, c.wording]));
    expect(texas.get('identity_not_verified')).toBe(
      'Tex. Bus. & Com. Code §541.052(e): the request cannot be authenticated',
    );
    expect(texas.get('excessive')).toBe('Tex. Bus. & Com. Code §541.052(d): "excessive, or repetitive"');
    const connecticut = new Map(groundChoices('us-ct', false).map((c) => [c.ground, c.wording]));
    expect(connecticut.get('identity_not_verified')).toBe(
      'Conn. Gen. Stat. §42-518(c)(4): the request cannot be authenticated',
    );
    expect(connecticut.get('manifestly_unfounded')).toBe(
      'Conn. Gen. Stat. §42-518(c)(3): "manifestly unfounded"',
    );
    expect(connecticut.get('excessive')).toBe('Conn. Gen. Stat. §42-518(c)(3): "excessive or repetitive"');
    const quebec = new Map(groundChoices('ca-qc', false).map((c) => [c.ground, c.wording]));
    expect(quebec.get('legal_exemption')).toContain('CQLR c. P-39.1');
    // The administrative grounds are no statutory refusal, so no law words them.
    expect(gdpr.get('duplicate')).toBeNull();
  });

  it("keeps every law's wording within the 75 characters a Slack option's description may hold", () => {
    for (const law of JURISDICTION_IDS)
      for (const { ground, wording } of groundChoices(law, false))
        expect(wording?.length ?? 0, `${law} ${ground}`).toBeLessThanOrEqual(75);
  });

  it('lists, in a refusal of an opt-out on a ground its law lacks, only the grounds the opt-out may take', () => {
    const error = refusal(reject(optOut('br-lgpd'), 'excessive'));
    expect(error.message).toContain(
      'Grounds under this law: legal_exemption, duplicate, not_a_request, outside_jurisdiction.',
    );
  });

  it('names the grounds an opt-out may be refused on when it is refused as unverified', () => {
    const error = refusal(reject(optOut('us-ca-optout'), 'identity_not_verified'));
    expect(error.message).toContain(
      'refuse it on a ground it may be refused on: manifestly_unfounded, excessive, legal_exemption, duplicate, not_a_request, outside_jurisdiction.',
    );
  });
});
