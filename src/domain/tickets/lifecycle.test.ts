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
  request_clarification: { action: 'request_clarification', stopsClock: true },
  dismiss: { action: 'dismiss' },
  uphold_appeal: { action: 'uphold_appeal', reason: 'the records are exempt' },
  overturn_appeal: { action: 'overturn_appeal', reason: 'the exemption does not apply' },
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
    request_clarification: 'received',
    dismiss: 'received',
    uphold_appeal: 'received',
    overturn_appeal: 'received',
  };
  const APPEAL_ACTIONS: readonly TicketAction[] = ['uphold_appeal', 'overturn_appeal'];
  const MAY: Readonly<Record<StaffRole, readonly TicketAction[]>> = {
    viewer: [],
    agent: [
      'request_verification',
      'resend_verification',
      'verify',
      'fulfil',
      'withdraw',
      'request_clarification',
    ],
    approver: TICKET_ACTIONS,
    admin: TICKET_ACTIONS,
  };
  const cases = STAFF_ROLES.flatMap((role) =>
    TICKET_ACTIONS.map((action) => [role, action, MAY[role].includes(action)] as const),
  );

  it.each(cases)('a %s doing %s: allowed %s', (role, action, allowed) => {
    const appeal = APPEAL_ACTIONS.includes(action) ? { of: 'RD-1041', decidedBy: 'U-first' } : null;
    const state = ticket(LEGAL_FROM[action], { appeal });
    const decision = decide(state, COMMANDS[action], { id: `U-${role}`, role }, AT);
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
    expect(allowedActions(ticket('verified'), 'agent')).toEqual(['withdraw', 'request_clarification']);
    expect(allowedActions(ticket('verified'), 'approver')).toEqual([
      'approve',
      'reject',
      'withdraw',
      'extend',
      'change_jurisdiction',
      'request_clarification',
      'dismiss',
    ]);
  });
});

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
