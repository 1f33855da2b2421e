/**
 * The Bolt listener for the "Done: <system>" buttons (task-buttons.ts): acks, parses the click with zod,
 * answers `task RD-… <system> done` through the desk queue, for the clicker's eyes only.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { SerialQueue } from '../../app/serial-queue.js';
import { taskDoneCommand } from '../../app/desk/task-lines.js';
import type { Logger } from '../log/logger.js';
import type { SlackAnswers } from './desk-answers.js';
import { jsonOf } from './slack-payloads.js';
import { TASK_BUTTON_PREFIX, TaskRefSchema } from './task-buttons.js';

const TaskClickSchema = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  actions: z.array(z.object({ action_id: z.string(), value: jsonOf(TaskRefSchema) })).min(1),
});

export function registerTaskButtons(
  app: App,
  options: { readonly answers: SlackAnswers; readonly queue: SerialQueue; readonly log: Logger },
): void {
  const { answers, queue, log } = options;
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${TASK_BUTTON_PREFIX}`),
    async ({ body, ack, respond }) => {
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
    },
  );
}
