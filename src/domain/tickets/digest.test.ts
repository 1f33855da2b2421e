import { describe, expect, it } from 'vitest';
import type { RequestType } from '../request-types.js';
import { type DigestFacts, summariseDigest } from './digest.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 12));
const kept = (types: RequestType[]) => ({ classifiedAs: types, closedAs: types });
const empty: DigestFacts = {
  from: day(0),
  to: day(7),
  received: [],
  closed: [],
  open: 0,
  needsTriage: 0,
  oldestTriageReceivedAt: null,
  awaitingVerification: 0,
  openFlags: [],
  atRisk: 0,
  overdue: 0,
  complaints: [],
};
const UTC = () => 'UTC';
const at0 = (iso: string) => new Date(iso);

describe('the weekly digest', () => {
  it('counts arrivals by type, closings by outcome, and the days they took', () => {
    const digest = summariseDigest(
      {
        from: day(0),
        to: day(7),
        received: [['access'], ['erasure', 'access'], ['opt_out_sale'], ['access', 'access']],
        closed: [
          { status: 'fulfilled', receivedAt: day(-20), closedAt: day(1), ...kept(['access']) },
          { status: 'fulfilled', receivedAt: day(-3), closedAt: day(2), ...kept(['erasure', 'access']) },
          { status: 'rejected', receivedAt: day(0), closedAt: day(3), ...kept(['objection']) },
          { status: 'withdrawn', receivedAt: day(2), closedAt: day(2.5), ...kept(['erasure']) },
        ],
        open: 9,
        needsTriage: 2,
        oldestTriageReceivedAt: day(-3),
        awaitingVerification: 3,
        openFlags: [['complaint'], ['complaint', 'regulator_claimed'], ['authorised_agent'], []],
        atRisk: 1,
        overdue: 4,
        complaints: [],
      },
      UTC,
    );
    expect(digest.received).toBe(4);
    expect(digest.receivedByType).toEqual([
      { type: 'access', count: 3 },
      { type: 'erasure', count: 1 },
      { type: 'opt_out_sale', count: 1 },
    ]);
    expect(digest.closed).toBe(4);
    expect(digest.closedByOutcome).toEqual({ fulfilled: 2, rejected: 1, withdrawn: 1 });
    // 0.5, 3, 5 and 21 days: the median is the second of four by nearest rank, p90 the fourth.
    expect(digest.daysToClose).toEqual({ median: 3, p90: 21 });
    expect(digest).toMatchObject({ open: 9, needsTriage: 2, awaitingVerification: 3, atRisk: 1, overdue: 4 });
    expect(digest).toMatchObject({ openComplaints: 2, openRegulator: 1 });
    // Received 3 days before the window opened, which is 7 days long.
    expect(digest.oldestTriageDays).toBe(10);
    expect(digest.classifierAgreement).toEqual({ kept: 4, of: 4 });
  });

  it('counts a closed ticket whose types staff changed as a disagreement with the classifier', () => {
    const closed = (classifiedAs: RequestType[] | null, closedAs: RequestType[]) => ({
      status: 'fulfilled' as const,
      receivedAt: day(0),
      closedAt: day(1),
      classifiedAs,
      closedAs,
    });
    const digest = summariseDigest(
      {
        ...empty,
        closed: [
          closed(['not_a_request'], ['erasure']),
          closed(['access', 'erasure'], ['erasure', 'access']),
          closed(['access'], ['access', 'portability']),
          // Opened by hand or before classifications were kept: nothing to agree with.
          closed(null, ['access']),
        ],
      },
      UTC,
    );
    expect(digest.classifierAgreement).toEqual({ kept: 1, of: 3 });
  });

  it('has no time to close when nothing closed', () => {
    const digest = summariseDigest(empty, UTC);
    expect(digest.daysToClose).toBeNull();
    expect(digest.receivedByType).toEqual([]);
    expect(digest.oldestTriageDays).toBeNull();
    expect(digest.classifierAgreement).toBeNull();
  });

  it('counts UK complaints not acknowledged, those past their 30 days, and those acknowledged late this week', () => {
    const at = (iso: string) => new Date(iso);
    const complaint = (receivedAt: string, acknowledgedAt: string | null, flags = ['complaint']) => ({
      organisationId: 'importly',
      flags,
      receivedAt: at(receivedAt),
      acknowledgedAt: acknowledgedAt === null ? null : at(acknowledgedAt),
    });
    const digest = summariseDigest(
      {
        ...empty,
        from: at('2026-08-03T09:00:00Z'),
        to: at('2026-08-10T09:00:00Z'),
        complaints: [
          // Due 30 July: not acknowledged, overdue.
          complaint('2026-07-01T10:00:00Z', null),
          // Due 3 September: not acknowledged, still in time.
          complaint('2026-08-05T10:00:00Z', null),
          // Due 30 July, acknowledged on 4 August: late, in the window.
          complaint('2026-07-01T10:00:00Z', '2026-08-04T10:00:00Z'),
          // Due 30 July, acknowledged on 30 July: on time.
          complaint('2026-07-01T10:00:00Z', '2026-07-30T20:00:00Z'),
          // Late, but before the window: last week's digest counted it.
          complaint('2026-06-20T10:00:00Z', '2026-07-25T10:00:00Z'),
          // Received before 19 June 2026, or an authority's letter: s. 164A does not apply.
          complaint('2026-06-18T10:00:00Z', null),
          complaint('2026-07-01T10:00:00Z', null, ['complaint', 'regulator_claimed']),
        ],
      },
      UTC,
    );
    expect(digest).toMatchObject({
      complaintsUnacknowledged: 2,
      complaintsUnacknowledgedOverdue: 1,
      complaintsAcknowledgedLate: 1,
    });
  });

  it('counts a complaint’s days on its organisation’s calendar', () => {
    // 23:30 UTC on 30 July is 31 July in London (BST): one day past the last day.
    const digest = summariseDigest(
      {
        ...empty,
        from: at0('2026-07-28T00:00:00Z'),
        to: at0('2026-08-01T00:00:00Z'),
        complaints: [
          {
            organisationId: 'importly',
            flags: ['complaint'],
            receivedAt: at0('2026-07-01T10:00:00Z'),
            acknowledgedAt: at0('2026-07-30T23:30:00Z'),
          },
        ],
      },
      () => 'Europe/London',
    );
    expect(digest.complaintsAcknowledgedLate).toBe(1);
    expect(summariseDigest({ ...empty, complaints: [] }, UTC).complaintsAcknowledgedLate).toBe(0);
  });
});
