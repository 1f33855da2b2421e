import { describe, expect, it } from 'vitest';
import {
  acknowledgedLate,
  complaintAcknowledgementDue,
  complaintAcknowledgementLine,
  complaintDeskLine,
  type ComplaintFacts,
  complaintOutcomeLine,
  complaintRefusal,
} from './complaint-acknowledgement.js';

const complaint: ComplaintFacts = {
  jurisdiction: 'uk-gdpr',
  flags: ['complaint'],
  receivedOn: '2026-07-01',
  acknowledgedOn: null,
  outcome: null,
};

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

  it('turns the line to overdue after the last day, and drops it once acknowledged', () => {
    expect(complaintDeskLine(complaint, '2026-07-30')).toBe(
      'acknowledge the complaint by 2026-07-30 (DPA 2018 s. 164A)',
    );
    expect(complaintDeskLine(complaint, '2026-07-31')).toBe(
      'overdue: acknowledge the complaint, due by 2026-07-30 (DPA 2018 s. 164A)',
    );
    expect(complaintDeskLine({ ...complaint, acknowledgedOn: '2026-08-02' }, '2026-08-03')).toBeNull();
    expect(complaintDeskLine({ ...complaint, jurisdiction: 'eu-gdpr' }, '2026-07-31')).toBeNull();
    expect(acknowledgedLate({ ...complaint, acknowledgedOn: '2026-07-30' })).toBe(false);
    expect(acknowledgedLate({ ...complaint, acknowledgedOn: '2026-07-31' })).toBe(true);
  });

  it('acknowledges once, records the outcome once after it, and refuses what s. 164A does not cover', () => {
    expect(complaintRefusal(complaint, 'acknowledge')).toBeNull();
    expect(complaintRefusal(complaint, 'outcome')).toBe('not_acknowledged');
    const acknowledged = { ...complaint, acknowledgedOn: '2026-07-02' };
    expect(complaintRefusal(acknowledged, 'acknowledge')).toBe('already_acknowledged');
    expect(complaintRefusal(acknowledged, 'outcome')).toBeNull();
    const decided = { ...acknowledged, outcome: { outcome: 'not_upheld', on: '2026-07-20' } } as const;
    expect(complaintRefusal(decided, 'outcome')).toBe('outcome_recorded');
    expect(complaintOutcomeLine(decided)).toBe('not upheld (recorded 2026-07-20)');
    expect(complaintRefusal({ ...complaint, jurisdiction: 'us-ca' }, 'acknowledge')).toBe('other_law');
    expect(complaintRefusal({ ...complaint, flags: ['complaint', 'regulator_claimed'] }, 'acknowledge')).toBe(
      'regulator',
    );
    expect(complaintRefusal({ ...complaint, flags: [] }, 'acknowledge')).toBe('not_flagged');
    expect(complaintRefusal({ ...complaint, receivedOn: '2026-06-18' }, 'acknowledge')).toBe(
      'before_in_force',
    );
  });
});
