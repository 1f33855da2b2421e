/**
 * The buttons on a ticket message and what each click means. Every button carries the ticket
 * reference and the version it showed, so a click on a message that is out of date is detected and
 * answered instead of applied to a ticket the person has not seen.
 */
import type { types } from '@slack/bolt';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { isJurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import { allowedActions } from '../../domain/tickets/lifecycle.js';
import { isClosed, type TicketAction } from '../../domain/tickets/vocabulary.js';
import type { TicketRef } from './slack-payloads.js';

/** Buttons that act at once, and buttons that first ask for a reason in a modal. */
export const DIRECT_ACTIONS = {
  rd_assign_me: 'Assign to me',
  rd_verify_send: 'Send verification',
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
  rd_approve: 'approve',
  rd_reject: 'reject',
  rd_extend: 'extend',
  rd_fulfil: 'fulfil',
};

/**
 * The channel view is for nobody in particular, so it carries no actions of its own; a channel message
 * offers what the strongest role could do from the ticket's status, and the core checks the clicker's
 * role. `extended` is not in the view: Extend… may show on an extended ticket, and the core refuses it.
 */
function channelActions(ticket: TicketView): readonly TicketAction[] {
  if (ticket.allowedActions.length > 0 || !isJurisdictionId(ticket.jurisdiction))
    return ticket.allowedActions;
  const state = {
    id: ticket.reference,
    status: ticket.status,
    version: ticket.version,
    jurisdiction: ticket.jurisdiction,
    extended: false,
    rejectionReason: null,
  };
  return allowedActions(state, 'admin');
}

/** The buttons for a ticket: the actor's allowed actions, or for a channel message, any role's. */
export function ticketButtons(ticket: TicketView, audience: 'actor' | 'channel'): types.ActionsBlock | null {
  if (isClosed(ticket.status)) return null;
  const actions = audience === 'channel' ? channelActions(ticket) : ticket.allowedActions;
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
