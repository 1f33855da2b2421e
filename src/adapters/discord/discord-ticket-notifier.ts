/**
 * The TicketNotifier for Discord (app/desk/channel-notifier.ts does the bookkeeping): a new ticket is
 * posted, redacted, to its organisation's triage channel, and that message is edited in place. The
 * message id is kept in the shared chat message table, under the transport `discord`.
 */
import { type REST, Routes } from 'discord.js';
import { z } from 'zod';
import { type ChannelMessageStore, createChannelNotifier } from '../../app/desk/channel-notifier.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import { SNOWFLAKE } from '../../config/discord-settings.js';
import type { Logger } from '../log/logger.js';
import { channelTicketMessage, type DiscordMessage } from './render-ticket.js';
import { ownersMessage } from '../../app/desk/task-lines.js';

export interface DiscordNotifierDeps {
  readonly rest: REST;
  readonly store: ChannelMessageStore;
  /** The organisation's triage channel id, or null when it has none configured. */
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

/** What Discord answers to a posted message, as far as it is read. */
const PostedSchema = z.object({ id: z.string().regex(SNOWFLAKE) });

/** A message body for the REST API; mentions are shown but never ping anyone. */
export function messageBody(message: DiscordMessage) {
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
}

export function createDiscordTicketNotifier(deps: DiscordNotifierDeps): TicketNotifier {
  const { rest } = deps;
  return createChannelNotifier({
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    onPosted: (reference, channel) => deps.log.info({ reference, channel }, 'ticket posted to Discord'),
    messages: {
      async post(channel, ticket) {
        const body = messageBody(channelTicketMessage(ticket));
        return PostedSchema.parse(await rest.post(Routes.channelMessages(channel), { body })).id;
      },
      async edit(channel, messageId, ticket) {
        await rest.patch(Routes.channelMessage(channel, messageId), {
          body: messageBody(channelTicketMessage(ticket)),
        });
      },
      async remove(channel, messageId) {
        await rest.delete(Routes.channelMessage(channel, messageId));
      },
      async announceTasks(channel, messageId, ticket, tasks) {
        const content = ownersMessage(ticket.reference, tasks, (owner) =>
          owner.discord ? `<@&${owner.discord}>` : null,
        );
        if (!content) return;
        // The owners' roles are the point of this message: those, and nothing else, are pinged.
        const roles = [...new Set(tasks.flatMap((t) => (t.owner?.discord ? [t.owner.discord] : [])))];
        await rest.post(Routes.channelMessages(channel), {
          body: {
            content: content.slice(0, 2000),
            allowed_mentions: { parse: [], roles },
            message_reference: { message_id: messageId, fail_if_not_exists: false },
          },
        });
      },
    },
  });
}
