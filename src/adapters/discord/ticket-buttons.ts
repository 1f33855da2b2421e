/**
 * The buttons on a Discord ticket message and what each click means. Every button's custom id carries
 * the ticket reference and the version it showed (`rd:approve:RD-1042:7`), so a click on a message that
 * is out of date is detected and answered instead of applied to a ticket the person has not seen.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { isClosed, type TicketAction } from '../../domain/tickets/vocabulary.js';

/** Buttons that act at once, and buttons that first ask for a reason in a modal. */
export const DIRECT_ACTIONS = {
  assign_me: 'Assign to me',
  verify_send: 'Send verification',
  verify_resend: 'Resend code',
  approve: 'Approve',
  fulfil: 'Fulfil',
} as const;
export const MODAL_ACTIONS = { reject: 'Reject…', extend: 'Extend…' } as const;
export type DirectActionId = keyof typeof DIRECT_ACTIONS;
export type ModalActionId = keyof typeof MODAL_ACTIONS;
export type TicketActionId = DirectActionId | ModalActionId;
export const TICKET_ACTION_IDS = [
  ...(Object.keys(DIRECT_ACTIONS) as DirectActionId[]),
  ...(Object.keys(MODAL_ACTIONS) as ModalActionId[]),
] as const;

/** Which lifecycle action makes each button worth showing. */
const SHOWN_WHEN: Readonly<Record<Exclude<TicketActionId, 'assign_me'>, TicketAction>> = {
  verify_send: 'request_verification',
  verify_resend: 'resend_verification',
  approve: 'approve',
  reject: 'reject',
  extend: 'extend',
  fulfil: 'fulfil',
};
type ActionStyle = ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
const STYLES: Partial<Record<TicketActionId, ActionStyle>> = {
  approve: ButtonStyle.Success,
  reject: ButtonStyle.Danger,
};
/** Discord allows five buttons to a row. */
const PER_ROW = 5;

export function buttonId(action: TicketActionId, reference: string, version: number): string {
  return `rd:${action}:${reference}:${version}`;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** The button rows for a ticket: the actor's allowed actions, or for a channel message, any role's. */
export function ticketButtonRows(ticket: TicketView, audience: 'actor' | 'channel'): ButtonRow[] {
  if (isClosed(ticket.status)) return [];
  // A channel message is for nobody in particular: it offers what the ticket's state allows, and the core
  // checks the clicker's role.
  const actions = audience === 'channel' ? ticket.stateActions : ticket.allowedActions;
  const ids: TicketActionId[] = ['assign_me'];
  for (const [id, action] of Object.entries(SHOWN_WHEN) as [TicketActionId, TicketAction][]) {
    if (actions.includes(action)) ids.push(id);
  }
  const labels: Readonly<Record<TicketActionId, string>> = { ...DIRECT_ACTIONS, ...MODAL_ACTIONS };
  const buttons = ids.map((id): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: buttonId(id, ticket.reference, ticket.version),
    label: labels[id],
    style: STYLES[id] ?? ButtonStyle.Secondary,
  }));
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += PER_ROW)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + PER_ROW) });
  return rows;
}
