/**
 * Posts staff reminders (issue 15, item 4) to Slack: each as a reply in the thread of the ticket's
 * channel message when the ticket has one, so the reminder sits with the ticket, else as a post in the
 * organisation's triage channel. Reference, due date and status only: it is a channel.
 */
import type { webApi } from '@slack/bolt';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import { reminderText } from '../../domain/fulfilment/staff-reminders.js';
import type { Logger } from '../log/logger.js';

export interface SlackReminderDeps {
  readonly client: webApi.WebClient;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createSlackReminderPublisher(deps: SlackReminderDeps): ReminderPublisher {
  return {
    async postReminders(organisationId, reminders) {
      const channel = deps.triageChannelOf(organisationId);
      if (!channel) return false;
      for (const reminder of reminders) {
        const message = await deps.store.find(reminder.reference);
        await deps.client.chat.postMessage(
          message
            ? { channel: message.channel, thread_ts: message.messageId, text: reminderText(reminder) }
            : { channel, text: reminderText(reminder) },
        );
      }
      deps.log.info({ organisationId, reminders: reminders.length }, 'reminders posted to Slack');
      return true;
    },
  };
}
