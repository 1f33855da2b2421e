/**
 * The ticket buttons (app/desk/ticket-buttons.ts) as Block Kit. Each button's action id is `rd_` and
 * the button's name; its value carries the ticket reference and the version it showed, so a click on a
 * message that is out of date is detected and answered instead of applied to a ticket the person has
 * not seen, and the ticket's law and opt-out kind at that version, so the reject modal opens at once
 * (Slack's trigger lasts 3 seconds) with the grounds that ticket may be refused on.
 */
import type { types } from '@slack/bolt';
import {
  BUTTON_LABELS,
  buttonsFor,
  TICKET_BUTTONS,
  type TicketButton,
} from '../../app/desk/ticket-buttons.js';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { rejectScopeOf } from '../../app/desk/reject-options.js';
import type { TicketRef } from './slack-payloads.js';

const PREFIX = 'rd_';

/** The button a Slack action id names, or null for any other id. */
export function buttonOf(actionId: string): TicketButton | null {
  const name = actionId.startsWith(PREFIX) ? actionId.slice(PREFIX.length) : '';
  return (TICKET_BUTTONS as readonly string[]).includes(name) ? (name as TicketButton) : null;
}

/** The buttons for a ticket: the actor's allowed actions, or for a channel message, any role's. */
export function ticketButtons(ticket: TicketView, audience: 'actor' | 'channel'): types.ActionsBlock | null {
  const buttons = buttonsFor(ticket, audience);
  if (buttons.length === 0) return null;
  const scope = rejectScopeOf(ticket);
  const value = JSON.stringify({
    reference: ticket.reference,
    version: ticket.version,
    ...(scope ? { scope } : {}),
  } satisfies TicketRef);
  return {
    type: 'actions',
    block_id: `rd_ticket_${ticket.reference}`,
    elements: buttons.map((button) => ({
      type: 'button',
      action_id: `${PREFIX}${button}`,
      text: { type: 'plain_text', text: BUTTON_LABELS[button] },
      value,
      ...(button === 'approve' ? { style: 'primary' as const } : {}),
      ...(button === 'reject' ? { style: 'danger' as const } : {}),
    })),
  };
}
