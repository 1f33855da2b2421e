/**
 * Fulfilment tasks on Slack (issue 15): a "Done: <system>" button per data system with work left, on the
 * ticket's channel message and on a person's own view (task-button-handler.ts answers the click). The
 * value carries the reference and the system, not the ticket version: a mark concerns one system's tasks,
 * which the core checks are still open, so another person's change to the ticket does not stale it.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { taskButtonSystems } from '../../app/desk/task-lines.js';

export const TASK_BUTTON_PREFIX = 'rdtask_';

export const TaskRefSchema = z.object({
  reference: z.string().regex(/^RD-\d{1,9}$/),
  system: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
});

export function taskButtonsBlock(ticket: TicketView): types.ActionsBlock | null {
  const systems = taskButtonSystems(ticket);
  if (systems.length === 0) return null;
  return {
    type: 'actions',
    block_id: `rd_tasks_${ticket.reference}`,
    elements: systems.map(({ system, label }) => ({
      type: 'button',
      action_id: `${TASK_BUTTON_PREFIX}${system}`,
      text: { type: 'plain_text', text: label },
      value: JSON.stringify({ reference: ticket.reference, system } satisfies z.infer<typeof TaskRefSchema>),
    })),
  };
}
