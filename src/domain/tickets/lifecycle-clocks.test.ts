// The lifecycle's clocks and the paths that bend them: deadlines and extensions, opt-outs of sale that
// need no identity check, and appeals.
import { describe, expect, it } from 'vitest';
import { type Actor, allowedActions, decide, type TicketState } from './lifecycle.js';
import { describeLifecycleError } from './lifecycle-messages.js';
import type { TicketStatus } from './vocabulary.js';
import { AT, agent, approver, ticket, COMMANDS, accepted, refused } from './lifecycle.test-support.js';

describe('clocks', () => {
  const clock = (today: string) => ({ today, firstPeriodEnds: '2026-04-16' });

  it('accepts an extension on the last day of the first period and refuses it the day after, naming that day', () => {
    const lastDay = ticket('verified', { clock: clock('2026-04-16') });
    expect(accepted(decide(lastDay, COMMANDS.extend, approver, AT)).state.extended).toBe(true);
    const late = ticket('verified', { clock: clock('2026-11-20') });
    const error = refused(decide(late, COMMANDS.extend, approver, AT));
    expect(error).toMatchObject({ code: 'extension_window_passed', noticeBy: '2026-04-16' });
    expect(error.allowedActions).not.toContain('extend');
    expect(describeLifecycleError(error)).toContain('by 2026-04-16, within the first period');
  });

  it('records a request for clarification without moving the status', () => {
    const asked = accepted(decide(ticket('verified'), COMMANDS.request_clarification, agent, AT));
    expect(asked.state.status).toBe('verified');
    expect(asked.event.type).toBe('ticket.clarification_requested');
    expect(asked.event.payload).toMatchObject({ stopsClock: true });
  });

  it('dismisses a message that asks for nothing as rejected with the reason not_a_request', () => {
    const dismissed = accepted(decide(ticket('received'), COMMANDS.dismiss, approver, AT));
    expect(dismissed.state).toMatchObject({ status: 'rejected', rejectionReason: 'not_a_request' });
    expect(refused(decide(ticket('received'), COMMANDS.dismiss, agent, AT)).code).toBe('forbidden_role');
  });
});

describe('opt-outs of sale need no identity check (11 CCR §7026(d))', () => {
  const optOut = (status: TicketStatus) => ticket(status, { verificationRequired: false });

  it('lets an approver approve an unverified opt-out, then an agent fulfil it', () => {
    const approved = accepted(decide(optOut('received'), COMMANDS.approve, approver, AT));
    expect(approved.state.status).toBe('approved');
    expect(accepted(decide(approved.state, COMMANDS.fulfil, agent, AT)).state.status).toBe('fulfilled');
  });

  it('refuses to ask an opt-out requester to prove who they are, and offers no such button', () => {
    const error = refused(decide(optOut('received'), COMMANDS.request_verification, agent, AT));
    expect(error.code).toBe('verification_not_required');
    expect(allowedActions(optOut('received'), 'agent')).not.toContain('request_verification');
    expect(allowedActions(optOut('received'), 'approver')).toContain('approve');
  });
});

describe('appeals', () => {
  const appeal = (status: TicketStatus, changes: Partial<TicketState> = {}) =>
    ticket(status, { jurisdiction: 'us-va', appeal: { of: 'RD-1041', decidedBy: 'U-dpo' }, ...changes });
  const other: Actor = { id: 'U-lead', role: 'approver' };

  it('upholding closes the appeal as rejected; overturning approves the request on the appeal', () => {
    const upheld = accepted(decide(appeal('received'), COMMANDS.uphold_appeal, other, AT));
    expect(upheld.state.status).toBe('rejected');
    expect(upheld.event.payload).toMatchObject({ reason: 'the records are exempt', to: 'rejected' });
    const overturned = accepted(decide(appeal('received'), COMMANDS.overturn_appeal, other, AT));
    expect(overturned.state.status).toBe('approved');
  });

  it('refuses the approver who decided the original request', () => {
    const error = refused(decide(appeal('received'), COMMANDS.uphold_appeal, approver, AT));
    expect(error).toMatchObject({ code: 'own_decision_on_appeal', original: 'RD-1041' });
  });

  it('is decided by uphold or overturn, never approve or reject; a request cannot be upheld', () => {
    expect(refused(decide(appeal('received'), COMMANDS.approve, other, AT)).code).toBe('decided_by_appeal');
    expect(refused(decide(ticket('received'), COMMANDS.uphold_appeal, other, AT)).code).toBe('not_an_appeal');
  });

  it('extends a Colorado appeal by its own 60 days, and refuses to extend a Virginia one', () => {
    const colorado = appeal('received', { jurisdiction: 'us-co' });
    expect(accepted(decide(colorado, COMMANDS.extend, other, AT)).state.extended).toBe(true);
    expect(refused(decide(appeal('received'), COMMANDS.extend, other, AT)).code).toBe(
      'extension_not_available',
    );
  });
});
