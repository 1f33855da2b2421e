import { describe, expect, it } from 'vitest';
import { type CcpaTicketFact, ccpaMetrics } from './ccpa-metrics.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const fact = (over: Partial<CcpaTicketFact>): CcpaTicketFact => ({
  types: ['access'],
  status: 'received',
  rejectionReason: null,
  receivedAt: day(0),
  closedAt: null,
  ...over,
});

describe('CCPA metrics (11 CCR §7102(a))', () => {
  it('counts each category as received, complied with, denied, withdrawn and open', () => {
    const m = ccpaMetrics([
      fact({ types: ['erasure'], status: 'fulfilled', closedAt: day(10) }),
      fact({
        types: ['erasure'],
        status: 'rejected',
        rejectionReason: 'identity_not_verified',
        closedAt: day(20),
      }),
      fact({ types: ['erasure'], status: 'withdrawn', closedAt: day(3) }),
      fact({ types: ['erasure'], status: 'awaiting_verification' }),
    ]);
    expect(m.delete).toEqual({
      received: 4,
      complied: 1,
      denied: 1,
      deniedBecause: { not_verifiable: 1, not_a_consumer: 0, exempt: 0, other: 0 },
      withdrawn: 1,
      open: 1,
      daysToRespond: { median: 15, mean: 15 },
    });
    expect(m.know.received).toBe(0);
    expect(m.know.daysToRespond).toBeNull();
  });

  it('counts access and portability once, as a request to know, and ignores rights the CCPA does not name', () => {
    const m = ccpaMetrics([
      fact({ types: ['access', 'portability'] }),
      fact({ types: ['objection', 'restriction', 'withdraw_consent'] }),
      fact({ types: ['opt_out_sale', 'rectification'] }),
    ]);
    expect([m.know.received, m.opt_out.received, m.correct.received, m.delete.received]).toEqual([
      1, 1, 1, 0,
    ]);
  });

  it('maps rejection reasons to the grounds a business may disclose', () => {
    const rejected = (rejectionReason: CcpaTicketFact['rejectionReason']) =>
      fact({ status: 'rejected', rejectionReason, closedAt: day(1) });
    const m = ccpaMetrics([
      rejected('identity_not_verified'),
      rejected('outside_jurisdiction'),
      rejected('legal_exemption'),
      rejected('excessive'),
      rejected('duplicate'),
    ]);
    expect(m.know.deniedBecause).toEqual({ not_verifiable: 1, not_a_consumer: 1, exempt: 1, other: 2 });
  });

  it('gives the median and mean days to respond, to one decimal', () => {
    const closedAfter = (days: number) => fact({ status: 'fulfilled', closedAt: day(days) });
    const m = ccpaMetrics([closedAfter(1), closedAfter(2), closedAfter(4), closedAfter(45)]);
    expect(m.know.daysToRespond).toEqual({ median: 3, mean: 13 });
  });
});
