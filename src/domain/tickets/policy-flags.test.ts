import { describe, expect, it } from 'vitest';
import { type PolicyFacts, policyFlags, type RequestFacts } from './policy-flags.js';

const importly: PolicyFacts = {
  rights: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'],
  minimumAge: 18,
  sellsPersonalData: false,
};
const request: RequestFacts = {
  types: ['access'],
  flags: [],
  recipients: ['privacy@importly.example'],
  ownAddresses: ['privacy@importly.example'],
  otherAddresses: ['privacy@mediaconvert.example', 'dpo@zmapi.example'],
};

describe('policy flags at triage', () => {
  it('raises nothing for a promised right sent to the right address', () => {
    expect(policyFlags(importly, request)).toEqual([]);
  });

  it('flags a right the policy does not promise, which the law still gives', () => {
    expect(policyFlags(importly, { ...request, types: ['withdraw_consent', 'access'] })).toEqual([
      'right_not_in_policy:withdraw_consent',
    ]);
  });

  it('flags a requester the wording says is a minor, against a minimum age', () => {
    expect(policyFlags(importly, { ...request, flags: ['concerns_minor'] })).toEqual([
      'may_be_under_minimum_age',
    ]);
    expect(policyFlags({ ...importly, minimumAge: 0 }, { ...request, flags: ['concerns_minor'] })).toEqual(
      [],
    );
  });

  it("flags mail addressed to another organisation's privacy address only", () => {
    const misdirected = { ...request, recipients: ['DPO@zmapi.example'] };
    expect(policyFlags(importly, misdirected)).toEqual(['addressed_to_other_organisation']);
    const both = { ...request, recipients: ['dpo@zmapi.example', 'privacy@importly.example'] };
    expect(policyFlags(importly, both)).toEqual([]);
  });

  it('flags an opt-out of sale to an organisation whose policy says it does not sell', () => {
    expect(policyFlags(importly, { ...request, types: ['opt_out_sale'] })).toEqual(['policy_says_no_sale']);
    expect(
      policyFlags({ ...importly, sellsPersonalData: true }, { ...request, types: ['opt_out_sale'] }),
    ).toEqual([]);
  });
});
