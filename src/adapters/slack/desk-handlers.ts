/**
 * Registers the Bolt listeners: the `/rights` slash command, the ticket buttons and the reason modals.
 * Each one parses its payload with zod and acks at once, then calls the desk answers once through the
 * desk queue and sends the result to the actor alone (ephemeral), since replies may carry personal data.
 */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import type { Logger } from '../log/logger.js';
import {
  NEW_TICKET_MODAL,
  NewTicketSubmissionSchema,
  newTicketModal,
  submittedRequest,
} from './new-ticket-modal.js';
import type { SlackAnswers } from './desk-answers.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import { directCommand, isModalButton, type ModalButton } from '../../app/desk/ticket-buttons.js';
import {
  EXTEND_MODAL,
  REJECT_MODAL,
  REPLY_MODAL,
  type ReasonModal,
  reasonModal,
  submittedCommand,
} from './reason-modals.js';
import { renderNotice } from './render-reply.js';
import type { SlackMessage } from './render-ticket.js';
import {
  ButtonClickSchema,
  ModalSubmissionSchema,
  SlashCommandSchema,
  type TicketRef,
} from './slack-payloads.js';
import { actorIdOf } from './slack-text.js';
import { buttonOf } from './ticket-buttons.js';

export const SLASH_COMMAND = '/rights';

/** The error code of a refused Web API call (`not_in_channel`), never its payload. */
const slackErrorCode = (error: unknown): string | null =>
  (error as { data?: { error?: unknown } } | null)?.data?.error?.toString() ?? null;

export interface DeskHandlerOptions {
  readonly answers: SlackAnswers;
  /** Where every answer that may touch the database waits its turn, after the ack. */
  readonly queue: SerialQueue;
  readonly log: Logger;
}

const MODALS: Readonly<Record<ModalButton, ReasonModal>> = {
  reject: REJECT_MODAL,
  extend: EXTEND_MODAL,
  reply: REPLY_MODAL,
};

const ephemeral = (message: SlackMessage) => ({
  response_type: 'ephemeral' as const,
  replace_original: false,
  text: message.text,
  blocks: message.blocks,
});

export function registerDeskHandlers(app: App, options: DeskHandlerOptions): void {
  const { answers, queue, log } = options;

  /**
   * A modal has no response URL of its own. Its answer goes, for the actor's eyes only, to the channel the
   * button was in; where Slack refuses that (the bot is not in the channel, or it is a DM with someone
   * else), to the response URL of the click that opened the modal; failing that, to a DM from the app.
   */
  async function answerModal(to: {
    readonly client: AllMiddlewareArgs['client'];
    readonly userId: string;
    readonly reply: SlackMessage;
    readonly channel: string | null;
    readonly responseUrl: string | null;
  }): Promise<void> {
    const { client, userId, reply } = to;
    if (to.channel) {
      try {
        await client.chat.postEphemeral({
          channel: to.channel,
          user: userId,
          text: reply.text,
          blocks: reply.blocks,
        });
        return;
      } catch (error) {
        log.warn(
          { code: slackErrorCode(error) },
          'modal answer refused in its channel; trying the response URL',
        );
      }
    }
    if (to.responseUrl) {
      const posted = await fetch(to.responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ephemeral(reply)),
      }).catch(() => null);
      if (posted?.ok) return;
      log.warn(
        { status: posted?.status ?? null },
        'modal answer refused at the response URL; sending it as a DM',
      );
    }
    await client.chat.postMessage({ channel: userId, text: reply.text, blocks: reply.blocks });
  }

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      await ack(ephemeral(renderNotice('That command did not look like one from Slack; nothing was done.')));
      return;
    }
    // Acked empty before any desk work, then answered at the response URL (Slack's pattern for work that
    // may take a while): with the answer in the ack, each ack of a burst waited for the database work of
    // the whole burst, since the SQLite driver holds the one event loop while it runs.
    await ack();
    const { user_id: userId, text } = parsed.data;
    // `/rights new` alone asks for the request in a modal; with fields it is run as typed.
    if (/^\s*new\s*$/i.test(text)) {
      await client.views.open({
        trigger_id: parsed.data.trigger_id,
        view: newTicketModal(parsed.data.channel_id),
      });
      return;
    }
    await respond(ephemeral(await queue.run(() => answers.answerText(userId, text))));
  });

  app.action<BlockAction<ButtonAction>>(/^rd_/, async ({ body, ack, client, respond }) => {
    await ack();
    const parsed = ButtonClickSchema.safeParse(body);
    const action = parsed.data?.actions[0];
    if (!parsed.success || !action) {
      log.warn({ issues: parsed.error?.issues.length }, 'ignored a malformed button click');
      return;
    }
    const userId = parsed.data.user.id;
    const seen = action.value;
    const button = buttonOf(action.action_id);
    if (button === null) {
      log.warn({ actionId: action.action_id.slice(0, 100) }, 'ignored a click on an unknown button');
      return;
    }
    if (isModalButton(button)) {
      // The trigger id is valid for 3 seconds, so the modal opens before any slower work.
      const allowed = await answers.authorise(userId, button);
      if ('refusal' in allowed) {
        await respond(ephemeral(allowed.refusal));
        return;
      }
      const context = {
        ...seen,
        channel: parsed.data.channel?.id ?? null,
        responseUrl: parsed.data.response_url ?? null,
      };
      await client.views.open({
        trigger_id: parsed.data.trigger_id,
        view: reasonModal(MODALS[button], context),
      });
      return;
    }
    const command = directCommand(button, seen.reference, actorIdOf(userId));
    await respond(ephemeral(await queue.run(() => answers.answerClick(userId, command, seen.version))));
  });

  const onSubmit =
    (modal: ReasonModal) =>
    async ({
      body,
      ack,
      client,
    }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
      const parsed = ModalSubmissionSchema.safeParse(body);
      if (!parsed.success) {
        await ack({ response_action: 'errors', errors: { reason: 'Please fill in the reason.' } });
        return;
      }
      await ack();
      const context = parsed.data.view.private_metadata;
      const seen: TicketRef = { reference: context.reference, version: context.version };
      const userId = parsed.data.user.id;
      const command = submittedCommand(modal, parsed.data.view);
      const reply = await queue.run(() => answers.answerClick(userId, command, seen.version));
      await answerModal({
        client,
        userId,
        reply,
        channel: context.channel,
        responseUrl: context.responseUrl ?? null,
      });
    };
  app.view<ViewSubmitAction>(NEW_TICKET_MODAL, async ({ body, ack, client }) => {
    const parsed = NewTicketSubmissionSchema.safeParse(body);
    if (!parsed.success) {
      await ack({
        response_action: 'errors',
        errors: { org: 'That form did not look like ours; nothing was done.' },
      });
      return;
    }
    const submitted = submittedRequest(parsed.data.view.state);
    // Each problem beside its field; the modal stays open with what was typed.
    if (!submitted.ok) {
      await ack({ response_action: 'errors', errors: { ...submitted.problems } });
      return;
    }
    await ack();
    const userId = parsed.data.user.id;
    const reply = await queue.run(() => answers.answerText(userId, submitted.line));
    await answerModal({
      client,
      userId,
      reply,
      channel: parsed.data.view.private_metadata?.channel ?? null,
      responseUrl: null,
    });
  });
  app.view<ViewSubmitAction>(REJECT_MODAL, onSubmit(REJECT_MODAL));
  app.view<ViewSubmitAction>(EXTEND_MODAL, onSubmit(EXTEND_MODAL));
  app.view<ViewSubmitAction>(REPLY_MODAL, onSubmit(REPLY_MODAL));
}
