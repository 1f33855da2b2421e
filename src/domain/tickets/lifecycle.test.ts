import { describe, expect, it } from 'vitest';
import {
  type Actor,
  allowedActions,
  type Decision,
  decide,
  type TicketCommand,
  type TicketState,
} from './lifecycle.js';
import { describeLifecycleError } from './lifecycle-messages.js';
import {
  STAFF_ROLES,
  type StaffRole,
  TICKET_ACTIONS,
  type TicketAction,
  type TicketStatus,
} from './vocabulary.js';

const AT = '2026-03-16T09:00:00.000Z';
const agent: Actor = { id: 'U-agent', role: 'agent' };
const approver: Actor = { id: 'U-dpo', role: 'approver' };

function ticket(status: TicketStatus, changes: Partial<TicketState> = {}): TicketState {
  return {
    id: 'RD-1042',
    status,
    version: 7,
    jurisdiction: 'eu-gdpr',
    extended: false,
    rejectionReason: null,
    ...changes,
  };
}

const COMMANDS: Readonly<Record<TicketAction, TicketCommand>> = {
  request_verification: { action: 'request_verification' },
  resend_verification: { action: 'resend_verification' },
  verify: { action: 'verify', method: 'email_code' },
  approve: { action: 'approve' },
  reject: { action: 'reject', reason: 'manifestly_unfounded' },
  fulfil: { action: 'fulfil' },
  withdraw: { action: 'withdraw' },
  extend: { action: 'extend', reason: 'three linked accounts to search' },
  change_jurisdiction: { action: 'change_jurisdiction', to: 'uk-gdpr', reason: 'requester lives in Leeds' },
};

function accepted(decision: Decision) {
  if (!decision.ok) throw new Error(`unexpected ${decision.error.code}`);
  return decision;
}

function refused(decision: Decision) {
  if (decision.ok) throw new Error('expected a refusal');
  return decision.error;
}

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
    expect(second.allowedActions).toEqual(['fulfil', 'withdraw', 'extend', 'change_jurisdiction']);
    expect(describeLifecycleError(second)).toBe(
      'The ticket is already approved. Allowed now: fulfil, withdraw, extend, change jurisdiction.',
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

  it('describes every refusal in words that name the status', () => {
    const error = refused(decide(ticket('received'), COMMANDS.fulfil, agent, AT));
    expect(describeLifecycleError(error)).toBe(
      'Cannot fulfil a ticket that is received. Allowed now: request verification, verify, withdraw.',
    );
  });
});

describe('roles', () => {
  // Who may do what, from the status where the action is legal.
  const LEGAL_FROM: Readonly<Record<TicketAction, TicketStatus>> = {
    request_verification: 'received',
    resend_verification: 'awaiting_verification',
    verify: 'awaiting_verification',
    approve: 'verified',
    reject: 'verified',
    fulfil: 'approved',
    withdraw: 'received',
    extend: 'verified',
    change_jurisdiction: 'received',
  };
  const MAY: Readonly<Record<StaffRole, readonly TicketAction[]>> = {
    viewer: [],
    agent: ['request_verification', 'resend_verification', 'verify', 'fulfil', 'withdraw'],
    approver: TICKET_ACTIONS,
    admin: TICKET_ACTIONS,
  };
  const cases = STAFF_ROLES.flatMap((role) =>
    TICKET_ACTIONS.map((action) => [role, action, MAY[role].includes(action)] as const),
  );

  it.each(cases)('a %s doing %s: allowed %s', (role, action, allowed) => {
    const decision = decide(ticket(LEGAL_FROM[action]), COMMANDS[action], { id: `U-${role}`, role }, AT);
    expect(decision.ok).toBe(allowed);
    if (!decision.ok) {
      expect(decision.error).toMatchObject({
        code: 'forbidden_role',
        role,
        action,
        status: LEGAL_FROM[action],
      });
    }
  });

  it('checks the role before the status, and tells a viewer nothing is allowed', () => {
    const error = refused(decide(ticket('approved'), COMMANDS.approve, { id: 'U-v', role: 'viewer' }, AT));
    expect(error).toMatchObject({
      code: 'forbidden_role',
      rolesAllowed: ['approver', 'admin'],
      allowedActions: [],
    });
    expect(describeLifecycleError(error)).toBe(
      'A viewer cannot approve; that needs the role approver or admin. No action is allowed now.',
    );
  });

  it('shows an agent only the buttons an agent may press', () => {
    expect(allowedActions(ticket('verified'), 'agent')).toEqual(['withdraw']);
    expect(allowedActions(ticket('verified'), 'approver')).toEqual([
      'approve',
      'reject',
      'withdraw',
      'extend',
      'change_jurisdiction',
    ]);
  });
});
