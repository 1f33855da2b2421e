/**
 * Fulfilment tasks on Slack (issue 15): a "Done: <system>" button per data system with work left, on the
 * ticket's channel message and on a person's own view, and the listener that turns a click into
 * `task RD-… <system> done` for the one desk grammar. The value carries the reference and the system,
 * not the ticket version: a mark concerns one system's tasks, which the core checks are still open, so
 * another person's change to the ticket meanwhile does not stale it.
 */
import type { App, BlockAction, ButtonAction, types } from '@slack/bolt';
import { z } from 'zod';
import type { TicketView } from '../../app/desk/desk-reply.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import { taskButtonSystems, taskDoneCommand } from '../../app/desk/task-lines.js';
import type { Logger } from '../log/logger.js';
import type { SlackAnswers } from './desk-answers.js';
import { jsonOf } from './slack-payloads.js';

const PREFIX = 'rdtask_';

const TaskRefSchema = z.object({
  reference: z.string().regex(/^RD-\d{1,9}$/),
  system: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
});

const TaskClickSchema = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  actions: z.array(z.object({ action_id: z.string(), value: jsonOf(TaskRefSchema) })).min(1),
});

export function taskButtonsBlock(ticket: TicketView): types.ActionsBlock | null {
  const systems = taskButtonSystems(ticket);
  if (systems.length === 0) return null;
  return {
    type: 'actions',
    block_id: `rd_tasks_${ticket.reference}`,
    elements: systems.map(({ system, label }) => ({
      type: 'button',
      action_id: `${PREFIX}${system}`,
      text: { type: 'plain_text', text: label },
      value: JSON.stringify({ reference: ticket.reference, system } satisfies z.infer<typeof TaskRefSchema>),
    })),
  };
}

export function registerTaskButtons(
  app: App,
  options: { readonly answers: SlackAnswers; readonly queue: SerialQueue; readonly log: Logger },
): void {
  const { answers, queue, log } = options;
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${PREFIX}`), async ({ body, ack, respond }) => {
    await ack();
    const parsed = TaskClickSchema.safeParse(body);
    const action = parsed.data?.actions[0];
    if (!parsed.success || !action) {
      log.warn({ issues: parsed.error?.issues.length }, 'ignored a malformed task button click');
      return;
    }
    const { reference, system } = action.value;
    const reply = await queue.run(() =>
      answers.answerText(parsed.data.user.id, taskDoneCommand(reference, system)),
    );
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: reply.text,
      blocks: reply.blocks,
    });
  });
}
