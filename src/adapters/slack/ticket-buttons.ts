/**
 * The buttons on a ticket message and what each click means. Every button carries the ticket
 * reference and the version it showed, so a click on a message that is out of date is detected and
 * answered instead of applied to a ticket the person has not seen.
 */
import type { types } from '@slack/bolt';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { isClosed, type TicketAction } from '../../domain/tickets/vocabulary.js';
import type { TicketRef } from './slack-payloads.js';

/** Buttons that act at once, and buttons that first ask for a reason in a modal. */
export const DIRECT_ACTIONS = {
  rd_assign_me: 'Assign to me',
  rd_verify_send: 'Send verification',
  rd_verify_resend: 'Resend code',
  rd_approve: 'Approve',
  rd_fulfil: 'Fulfil',
} as const;
export const MODAL_ACTIONS = { rd_reject: 'Reject…', rd_extend: 'Extend…' } as const;
export type DirectActionId = keyof typeof DIRECT_ACTIONS;
export type ModalActionId = keyof typeof MODAL_ACTIONS;
export type TicketActionId = DirectActionId | ModalActionId;

/** Which lifecycle action makes each button worth showing. */
const SHOWN_WHEN: Readonly<Record<Exclude<TicketActionId, 'rd_assign_me'>, TicketAction>> = {
  rd_verify_send: 'request_verification',
  rd_verify_resend: 'resend_verification',
  rd_approve: 'approve',
  rd_reject: 'reject',
  rd_extend: 'extend',
  rd_fulfil: 'fulfil',
};

/** The buttons for a ticket: the actor's allowed actions, or for a channel message, any role's. */
export function ticketButtons(ticket: TicketView, audience: 'actor' | 'channel'): types.ActionsBlock | null {
  if (isClosed(ticket.status)) return null;
  // A channel message is for nobody in particular: it offers what the ticket's state allows, and the core
  // checks the clicker's role.
  const actions = audience === 'channel' ? ticket.stateActions : ticket.allowedActions;
  const value = JSON.stringify({ reference: ticket.reference, version: ticket.version } satisfies TicketRef);
  const ids: TicketActionId[] = ['rd_assign_me'];
  for (const [id, action] of Object.entries(SHOWN_WHEN) as [TicketActionId, TicketAction][]) {
    if (actions.includes(action)) ids.push(id);
  }
  const labels: Readonly<Record<TicketActionId, string>> = { ...DIRECT_ACTIONS, ...MODAL_ACTIONS };
  return {
    type: 'actions',
    block_id: `rd_ticket_${ticket.reference}`,
    elements: ids.map((id) => ({
      type: 'button',
      action_id: id,
      text: { type: 'plain_text', text: labels[id] },
      value,
      ...(id === 'rd_approve' ? { style: 'primary' as const } : {}),
      ...(id === 'rd_reject' ? { style: 'danger' as const } : {}),
    })),
  };
}
