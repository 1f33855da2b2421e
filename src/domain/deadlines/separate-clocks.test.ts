import { describe, expect, it } from 'vitest';
import { ticketsForRequest } from './separate-clocks.js';

describe('tickets for one email with rights on different clocks', () => {
  it('opens the opt-out of sale as a ticket of its own where the CCPA gives it 15 business days', () => {
    expect(ticketsForRequest(['access', 'opt_out_sale'], ['eu-gdpr', 'uk-gdpr', 'us-ca'])).toEqual([
      ['access'],
      ['opt_out_sale'],
    ]);
    expect(ticketsForRequest(['opt_out_sale', 'erasure', 'objection'], ['us-ca-optout'])).toEqual([
      ['erasure', 'objection'],
      ['opt_out_sale'],
    ]);
  });

  it('keeps one ticket for an opt-out alone, or for other rights alone', () => {
    expect(ticketsForRequest(['opt_out_sale'], ['us-ca'])).toEqual([['opt_out_sale']]);
    expect(ticketsForRequest(['access', 'erasure'], ['us-ca'])).toEqual([['access', 'erasure']]);
    expect(ticketsForRequest(['not_a_request'], ['us-ca'])).toEqual([['not_a_request']]);
  });

  it('keeps one ticket where no declared law gives the opt-out a clock of its own', () => {
    expect(ticketsForRequest(['access', 'opt_out_sale'], ['eu-gdpr'])).toEqual([['access', 'opt_out_sale']]);
    expect(ticketsForRequest(['access', 'opt_out_sale'], ['us-va', 'us-co'])).toEqual([
      ['access', 'opt_out_sale'],
    ]);
  });
});
