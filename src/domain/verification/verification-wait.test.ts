import { describe, expect, it } from 'vitest';
import { closingDay, verificationWaitSteps, type WaitingTicket } from './verification-wait.js';

const settings = { remindAfterDays: 3, closeAfterDays: 14 };
const ticket = (over: Partial<WaitingTicket> = {}): WaitingTicket => ({
  id: 7,
  reference: 'RD-1007',
  jurisdiction: 'uk-gdpr',
  askedOn: '2026-05-04',
  dueDate: '2026-08-01',
  ...over,
});

describe('what a ticket waiting for identity is owed', () => {
  it('reminds the requester once three days after the code was sent, and not before', () => {
    expect(verificationWaitSteps([ticket()], '2026-05-06', settings, new Set())).toEqual([]);
    expect(verificationWaitSteps([ticket()], '2026-05-07', settings, new Set())).toEqual([
      { kind: 'remind', ticketId: 7, reference: 'RD-1007', key: '2026-05-04', closesOn: '2026-05-18' },
    ]);
    expect(verificationWaitSteps([ticket()], '2026-05-09', settings, new Set(['7:2026-05-04']))).toEqual([]);
  });

  it('reminds again after a new code, which is a new request for identity', () => {
    const resent = ticket({ askedOn: '2026-05-10' });
    expect(verificationWaitSteps([resent], '2026-05-13', settings, new Set(['7:2026-05-04']))).toHaveLength(
      1,
    );
  });

  it('closes after the organisation’s period where the law’s clock stands still meanwhile (UK GDPR Art. 12A)', () => {
    expect(verificationWaitSteps([ticket()], '2026-05-17', settings, new Set(['7:2026-05-04']))).toEqual([]);
    expect(verificationWaitSteps([ticket()], '2026-05-18', settings, new Set())).toEqual([
      { kind: 'close', ticketId: 7, reference: 'RD-1007', askedOn: '2026-05-04', because: 'period_ended' },
    ]);
  });

  it('closes on the due date when the law’s clock keeps running and it comes first (CCPA §7021(b))', () => {
    const ccpa = ticket({ jurisdiction: 'us-ca', dueDate: '2026-05-12' });
    expect(closingDay(ccpa, settings)).toEqual({ on: '2026-05-12', because: 'due_date' });
    // A UK ticket's due date moves with the wait, so it does not close it early.
    expect(closingDay(ticket({ dueDate: '2026-05-12' }), settings)).toEqual({
      on: '2026-05-18',
      because: 'period_ended',
    });
  });

  it('gives a code sent on a ticket already due at least the reminder’s wait before closing it', () => {
    const late = ticket({ jurisdiction: 'eu-gdpr', dueDate: '2026-05-01' });
    expect(closingDay(late, settings)).toEqual({ on: '2026-05-08', because: 'due_date' });
    expect(verificationWaitSteps([late], '2026-05-07', settings, new Set())[0]?.kind).toBe('remind');
  });
});
