import { describe, expect, it } from 'vitest';
import { groundOptions, groundsMatching, rejectScopeByReference, rejectScopeOf } from './reject-options.js';

describe('the options of a reject form', () => {
  it('offers an erasure request under Québec law no refusal as excessive, and words its exemption', () => {
    const options = groundOptions(rejectScopeOf({ jurisdiction: 'ca-qc', types: ['erasure'] }));
    expect(options.map((o) => o.value)).not.toContain('excessive');
    expect(options.find((o) => o.value === 'legal_exemption')).toEqual({
      value: 'legal_exemption',
      label: 'Legal exemption',
      description: 'CQLR c. P-39.1 ss. 37-41: a refusal the Act provides',
    });
  });

  it('offers an opt-out of sale no identity ground, and a request that also asks for access one', () => {
    const values = (types: ('opt_out_sale' | 'access')[]) =>
      groundOptions(rejectScopeOf({ jurisdiction: 'us-ca', types })).map((o) => o.value);
    expect(values(['opt_out_sale'])).not.toContain('identity_not_verified');
    expect(values(['opt_out_sale', 'access'])).toContain('identity_not_verified');
  });

  it('offers every ground, undescribed, when the ticket or its law is unknown', () => {
    expect(rejectScopeOf({ jurisdiction: 'xx-unknown', types: ['access'] })).toBeNull();
    const options = groundOptions(null);
    expect(options).toHaveLength(7);
    expect(options.every((o) => o.description === null)).toBe(true);
  });

  it('narrows the options to what was typed, in the ground or its label', () => {
    const options = groundOptions({ law: 'eu-gdpr', optOut: false });
    expect(groundsMatching(options, 'exc').map((o) => o.value)).toEqual(['excessive']);
    expect(groundsMatching(options, 'not_a').map((o) => o.value)).toEqual(['not_a_request']);
    expect(groundsMatching(options, ' ')).toHaveLength(7);
  });

  it('reads the scope of a ticket by its reference, as typed, and none for an unknown one', async () => {
    const asked: string[] = [];
    const tickets = {
      findByReference: async (reference: string) => {
        asked.push(reference);
        return reference === 'RD-1042' ? { jurisdiction: 'br-lgpd', types: ['access' as const] } : null;
      },
    };
    expect(await rejectScopeByReference(tickets, ' rd-1042 ')).toEqual({ law: 'br-lgpd', optOut: false });
    expect(await rejectScopeByReference(tickets, 'RD-9')).toBeNull();
    expect(asked).toEqual(['RD-1042', 'RD-9']);
  });
});
