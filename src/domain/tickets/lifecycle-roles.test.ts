// Which staff role may take which action on a ticket.
import { describe, expect, it } from 'vitest';
import { allowedActions, decide } from './lifecycle.js';
import { describeLifecycleError } from './lifecycle-messages.js';
import {
  STAFF_ROLES,
  type StaffRole,
  TICKET_ACTIONS,
  type TicketAction,
  type TicketStatus,
} from './vocabulary.js';
import { AT, ticket, COMMANDS, refused } from './lifecycle.test-support.js';

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
