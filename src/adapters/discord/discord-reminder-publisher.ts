/**
 * Posts staff reminders (issue 15, item 4) to Discord: each as a reply to the ticket's channel message
 * when the ticket has one, so the reminder sits with the ticket, else as a post in the organisation's
 * triage channel. Reference, due date and status only: it is a channel. No mention is pinged.
 */
import { type REST, Routes } from 'discord.js';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import { reminderText } from '../../domain/fulfilment/staff-reminders.js';
import type { Logger } from '../log/logger.js';

export interface DiscordReminderDeps {
  readonly rest: REST;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createDiscordReminderPublisher(deps: DiscordReminderDeps): ReminderPublisher {
  return {
    async postReminders(organisationId, reminders) {
      const channel = deps.triageChannelOf(organisationId);
      if (!channel) return false;
      for (const reminder of reminders) {
        const message = await deps.store.find(reminder.reference);
        const body = { content: reminderText(reminder), allowed_mentions: { parse: [] } };
        await deps.rest.post(Routes.channelMessages(message?.channel ?? channel), {
          body: message
            ? // A reply to a message since deleted is posted as a plain message rather than refused.
              { ...body, message_reference: { message_id: message.messageId, fail_if_not_exists: false } }
            : body,
        });
      }
      deps.log.info({ organisationId, reminders: reminders.length }, 'reminders posted to Discord');
      return true;
    },
  };
}
