/**
 * Posts staff reminders (issue 15, item 4) to Discord: each as a reply to the ticket's channel message
 * when the ticket has one, so the reminder sits with the ticket, else as a post in the organisation's
 * triage channel. Reference, due date and status only: it is a channel. No mention is pinged.
 */
import { type REST, Routes } from 'discord.js';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import { chatReminderPublisher } from '../../app/fulfilment/chat-reminders.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import type { Logger } from '../log/logger.js';

export interface DiscordReminderDeps {
  readonly rest: REST;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createDiscordReminderPublisher(deps: DiscordReminderDeps): ReminderPublisher {
  return chatReminderPublisher({
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    post: async (channel, replyTo, text) => {
      const body = { content: text, allowed_mentions: { parse: [] } };
      await deps.rest.post(Routes.channelMessages(channel), {
        body: replyTo
          ? // A reply to a message since deleted is posted as a plain message rather than refused.
            { ...body, message_reference: { message_id: replyTo, fail_if_not_exists: false } }
          : body,
      });
    },
    onPosted: (organisationId, count) =>
      deps.log.info({ organisationId, reminders: count }, 'reminders posted to Discord'),
  });
}
