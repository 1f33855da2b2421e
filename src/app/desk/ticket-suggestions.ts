/**
 * The open tickets that match what someone has typed so far in a ticket field, for chats that complete
 * it as they type (Discord's autocomplete). It asks the desk for the open list as that person, so their
 * role applies as it does to `list`; the labels carry the channel-safe fields only, never the requester.
 */
import type { ExecuteDeskCommand } from './chat-answers.js';
import type { DeskActor } from './desk-reply.js';
import { STATUS_LABELS, typesLabel } from './ticket-buttons.js';

export interface TicketSuggestion {
  readonly reference: string;
  readonly label: string;
}

export async function suggestTickets(
  execute: ExecuteDeskCommand,
  actor: DeskActor,
  typed: string,
  limit: number,
): Promise<TicketSuggestion[]> {
  const reply = await execute(actor, { name: 'list', filter: 'open', organisationId: null });
  if (reply.kind !== 'tickets') return [];
  // "1042", "rd-10" and "RD-1042" all find RD-1042.
  const wanted = typed
    .trim()
    .toUpperCase()
    .replace(/^(RD-?)?/, 'RD-');
  return reply.items
    .filter((item) => item.reference.startsWith(wanted))
    .slice(0, limit)
    .map((item) => ({
      reference: item.reference,
      label: `${item.reference} · ${item.organisationId} · ${typesLabel(item.types)} · ${STATUS_LABELS[item.status]}${item.due ? ` · due ${item.due}` : ''}`,
    }));
}
