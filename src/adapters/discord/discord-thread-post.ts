/**
 * How a line about a ticket is posted in Discord (issue 15): as a reply to the ticket's channel
 * message, or in the channel. Markdown in it is escaped, no mention pings anyone, and it is cut to a
 * message's 2,000 characters.
 */
import { type REST, Routes } from 'discord.js';
import { chatThreadPoster, type TicketThreadPoster } from '../../app/desk/ticket-threads.js';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import { clipped, escaped } from './discord-text.js';

const CONTENT_LIMIT = 2000;

export function createDiscordThreadPoster(deps: {
  readonly rest: REST;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
}): TicketThreadPoster {
  return chatThreadPoster({
    transport: 'discord',
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    post: async (channel, replyTo, text) => {
      const body = { content: clipped(escaped(text), CONTENT_LIMIT), allowed_mentions: { parse: [] } };
      await deps.rest.post(Routes.channelMessages(channel), {
        body: replyTo
          ? // A reply to a message since deleted is posted as a plain message rather than refused.
            { ...body, message_reference: { message_id: replyTo, fail_if_not_exists: false } }
          : body,
      });
    },
  });
}
