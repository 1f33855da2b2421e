// The tickets, actors and commands the lifecycle tests decide on, and helpers that unwrap a decision.
import type { Actor, Decision, TicketCommand, TicketState } from './lifecycle.js';
import type { TicketAction, TicketStatus } from './vocabulary.js';

export const AT = '2026-03-16T09:00:00.000Z';
export const agent: Actor = { id: 'U-agent', role: 'agent' };
export const approver: Actor = { id: 'U-dpo', role: 'approver' };

export function ticket(status: TicketStatus, changes: Partial<TicketState> = {}): TicketState {
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

export const COMMANDS: Readonly<Record<TicketAction, TicketCommand>> = {
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

export function accepted(decision: Decision) {
  if (!decision.ok) throw new Error(`unexpected ${decision.error.code}`);
  return decision;
}

export function refused(decision: Decision) {
  if (decision.ok) throw new Error('expected a refusal');
  return decision.error;
}
