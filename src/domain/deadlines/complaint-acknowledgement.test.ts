import { describe, expect, it } from 'vitest';
import { complaintAcknowledgementDue, complaintAcknowledgementLine } from './complaint-acknowledgement.js';

describe('the UK complaint acknowledgement (DPA 2018 s. 164A)', () => {
  it('runs 30 days beginning with the day of receipt', () => {
    expect(complaintAcknowledgementDue('uk-gdpr', ['complaint'], '2026-07-01')).toBe('2026-07-30');
    expect(complaintAcknowledgementDue('uk-gdpr', ['authorised_agent', 'complaint'], '2026-12-15')).toBe(
      '2027-01-13',
    );
  });

  it('applies only to a UK complaint received from 19 June 2026', () => {
    expect(complaintAcknowledgementDue('gdpr', ['complaint'], '2026-07-01')).toBeNull();
    expect(complaintAcknowledgementDue('uk-gdpr', ['authorised_agent'], '2026-07-01')).toBeNull();
    // An authority's letter forwarding a complaint sets its own date.
    expect(
      complaintAcknowledgementDue('uk-gdpr', ['complaint', 'regulator_claimed'], '2026-07-01'),
    ).toBeNull();
    expect(complaintAcknowledgementDue('uk-gdpr', ['complaint'], '2026-06-18')).toBeNull();
    expect(complaintAcknowledgementDue('uk-gdpr', ['complaint'], '2026-06-19')).toBe('2026-07-18');
  });

  it('words the line staff see', () => {
    expect(complaintAcknowledgementLine('2026-07-30')).toBe(
      'acknowledge the complaint by 2026-07-30 (DPA 2018 s. 164A)',
    );
  });
});
