import { describe, expect, it } from 'vitest';
import { type Actor, allowedActions, decide, type TicketCommand } from './lifecycle.js';
import { describeLifecycleError } from './lifecycle-messages.js';
import type { TicketAction, TicketStatus } from './vocabulary.js';
import { AT, agent, approver, ticket, COMMANDS, accepted, refused } from './lifecycle.test-support.js';

describe('the happy path', () => {
  it('walks received → awaiting_verification → verified → approved → fulfilled, one version per step', () => {
    let state = ticket('received');
    const steps: [TicketAction, Actor, TicketStatus][] = [
      ['request_verification', agent, 'awaiting_verification'],
      ['verify', agent, 'verified'],
      ['approve', approver, 'approved'],
      ['fulfil', agent, 'fulfilled'],
    ];
    for (const [action, actor, expected] of steps) {
      const decision = accepted(decide(state, COMMANDS[action], actor, AT));
      expect(decision.state.status).toBe(expected);
      expect(decision.state.version).toBe(state.version + 1);
      state = decision.state;
    }
    expect(state.version).toBe(11);
  });

  it('records who moved the ticket, when, and from where to where', () => {
    const { event } = accepted(decide(ticket('verified'), COMMANDS.approve, approver, AT));
    expect(event).toEqual({
      type: 'ticket.transitioned',
      ticketId: 'RD-1042',
      actor: 'U-dpo',
      at: AT,
      payload: { action: 'approve', version: 8, from: 'verified', to: 'approved' },
    });
  });

  it('keeps the rejection reason on the ticket and in the event', () => {
    const command: TicketCommand = {
      action: 'reject',
      reason: 'identity_not_verified',
      note: 'no reply in 30 days',
    };
    const decision = accepted(decide(ticket('awaiting_verification'), command, approver, AT));
    expect(decision.state).toMatchObject({ status: 'rejected', rejectionReason: 'identity_not_verified' });
    expect(decision.event.payload).toMatchObject({
      reason: 'identity_not_verified',
      note: 'no reply in 30 days',
    });
  });

  it('records the verification method', () => {
    const command: TicketCommand = { action: 'verify', method: 'not_required' };
    expect(accepted(decide(ticket('received'), command, agent, AT)).event.payload.method).toBe(
      'not_required',
    );
  });
});

describe('illegal transitions name the status and the allowed actions', () => {
  it.each([
    ['approve', 'received', 'illegal_transition'],
    ['approve', 'awaiting_verification', 'illegal_transition'],
    ['fulfil', 'verified', 'illegal_transition'],
    ['reject', 'approved', 'illegal_transition'],
    ['request_verification', 'awaiting_verification', 'already_awaiting_verification'],
    ['request_verification', 'verified', 'already_verified'],
    ['verify', 'verified', 'already_verified'],
    ['verify', 'approved', 'already_approved'],
    ['approve', 'approved', 'already_approved'],
    ['fulfil', 'fulfilled', 'already_fulfilled'],
    ['reject', 'rejected', 'already_rejected'],
    ['withdraw', 'withdrawn', 'already_withdrawn'],
    ['approve', 'fulfilled', 'ticket_closed'],
    ['extend', 'rejected', 'ticket_closed'],
    ['verify', 'withdrawn', 'ticket_closed'],
  ] as const)('%s on a %s ticket: %s', (action, status, code) => {
    const error = refused(decide(ticket(status), COMMANDS[action], { id: 'U-admin', role: 'admin' }, AT));
    expect(error).toMatchObject({ code, status, action });
    expect(error.allowedActions).toEqual(allowedActions(ticket(status), 'admin'));
  });

  it('tells the second of two racing approvers that the ticket is already approved', () => {
    const before = ticket('verified');
    const first = accepted(decide(before, COMMANDS.approve, approver, AT));
    // Both decided on version 7; the store accepts one write. The loser re-reads and decides again.
    const second = refused(decide(first.state, COMMANDS.approve, { id: 'U-other', role: 'approver' }, AT));
    expect(second.code).toBe('already_approved');
    expect(second.allowedActions).toEqual([
      'fulfil',
      'withdraw',
      'extend',
      'change_jurisdiction',
      'request_clarification',
    ]);
    expect(describeLifecycleError(second)).toBe(
      'The ticket is already approved. Allowed now: fulfil, withdraw, extend, change jurisdiction, ask for clarification.',
    );
  });

  it('allows one extension only', () => {
    const once = accepted(decide(ticket('verified'), COMMANDS.extend, approver, AT));
    expect(once.state.extended).toBe(true);
    expect(once.event).toMatchObject({
      type: 'ticket.extended',
      payload: { reason: 'three linked accounts to search' },
    });
    expect(refused(decide(once.state, COMMANDS.extend, approver, AT)).code).toBe('already_extended');
  });

  it('refuses an extension where the law allows none (LGPD)', () => {
    const error = refused(
      decide(ticket('verified', { jurisdiction: 'br-lgpd' }), COMMANDS.extend, approver, AT),
    );
    expect(error).toMatchObject({ code: 'extension_not_available', jurisdiction: 'br-lgpd' });
    expect(error.allowedActions).not.toContain('extend');
  });

  it('records a change of jurisdiction, and refuses a change to the same one', () => {
    const changed = accepted(decide(ticket('received'), COMMANDS.change_jurisdiction, approver, AT));
    expect(changed.state.jurisdiction).toBe('uk-gdpr');
    expect(changed.event).toMatchObject({
      type: 'ticket.jurisdiction_changed',
      payload: { from: 'eu-gdpr', to: 'uk-gdpr' },
    });
    const same = refused(decide(changed.state, COMMANDS.change_jurisdiction, approver, AT));
    expect(same.code).toBe('jurisdiction_unchanged');
  });

  it('refuses a law that was not yet in force on the day the request was received', () => {
    const toMontana = { action: 'change_jurisdiction', to: 'us-mt', reason: 'lives in Billings' } as const;
    const early = refused(decide(ticket('received', { receivedOn: '2024-09-30' }), toMontana, approver, AT));
    expect(early).toMatchObject({
      code: 'law_not_in_force',
      jurisdiction: 'us-mt',
      inForceFrom: '2024-10-01',
    });
    expect(describeLifecycleError(early)).toContain('us-mt applies to requests received from 2024-10-01');
    const inForce = accepted(
      decide(ticket('received', { receivedOn: '2024-10-01' }), toMontana, approver, AT),
    );
    expect(inForce.state.jurisdiction).toBe('us-mt');
  });

  it('describes every refusal in words that name the status', () => {
    const error = refused(decide(ticket('received'), COMMANDS.fulfil, agent, AT));
    expect(describeLifecycleError(error)).toBe(
      'Cannot fulfil a ticket that is received. Allowed now: request verification, verify, withdraw, ask for clarification.',
    );
  });
});
