/**
 * The ticket buttons (app/desk/ticket-buttons.ts) as Discord components. Every button's custom id carries
 * the ticket reference and the version it showed (`rd:approve:RD-1042:7`), so a click on a message that
 * is out of date is detected and answered instead of applied to a ticket the person has not seen.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { BUTTON_LABELS, buttonsFor, type TicketButton } from '../../app/desk/ticket-buttons.js';
import { type RejectScope, rejectScopeOf } from '../../app/desk/reject-options.js';
import { taskButtonSystems } from '../../app/desk/task-lines.js';

type ActionStyle = ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
const STYLES: Partial<Record<TicketButton, ActionStyle>> = {
  approve: ButtonStyle.Success,
  reject: ButtonStyle.Danger,
};
/** Discord allows five buttons to a row. */
const PER_ROW = 5;

/**
 * `rd:approve:RD-1042:7`; Reject… adds the ticket's law and opt-out kind at that version
 * (`rd:reject:RD-1042:7:us-ca:request`), so its modal opens at once (the first response is due within 3
 * seconds) with the grounds that ticket may be refused on.
 */
export function buttonId(
  action: TicketButton,
  reference: string,
  version: number,
  scope: RejectScope | null = null,
): string {
  const id = `rd:${action}:${reference}:${version}`;
  return action === 'reject' && scope ? `${id}:${scope.law}:${scope.optOut ? 'optout' : 'request'}` : id;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** The button rows for a ticket: the actor's allowed actions, or for a channel message, any role's. */
export function ticketButtonRows(ticket: TicketView, audience: 'actor' | 'channel'): ButtonRow[] {
  const buttons = buttonsFor(ticket, audience).map((button): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: buttonId(button, ticket.reference, ticket.version, rejectScopeOf(ticket)),
    label: BUTTON_LABELS[button],
    style: STYLES[button] ?? ButtonStyle.Secondary,
  }));
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += PER_ROW)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + PER_ROW) });
  // Issue 15: one "Done" button per data system with work left, in a row of its own (at most five).
  const tasks = taskButtonSystems(ticket).map(({ system, label }): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: taskButtonId(ticket.reference, system),
    label,
    style: ButtonStyle.Secondary,
  }));
  if (tasks.length > 0) rows.push({ type: ComponentType.ActionRow, components: tasks });
  return rows;
}

/** `rdtask:RD-1042:billing`: a task click carries no version; the core checks the system's tasks are open. */
export function taskButtonId(reference: string, system: string): string {
  return `rdtask:${reference}:${system}`;
}
