/**
 * Posts staff reminders (issue 15, item 4) to Slack: each as a reply in the thread of the ticket's
 * channel message when the ticket has one, so the reminder sits with the ticket, else as a post in the
 * organisation's triage channel. Reference, due date and status only: it is a channel.
 */
import type { webApi } from '@slack/bolt';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import { chatReminderPublisher } from '../../app/fulfilment/chat-reminders.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import type { Logger } from '../log/logger.js';

export interface SlackReminderDeps {
  readonly client: webApi.WebClient;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createSlackReminderPublisher(deps: SlackReminderDeps): ReminderPublisher {
  return chatReminderPublisher({
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    post: async (channel, replyTo, text) => {
      await deps.client.chat.postMessage(replyTo ? { channel, thread_ts: replyTo, text } : { channel, text });
    },
    onPosted: (organisationId, count) =>
      deps.log.info({ organisationId, reminders: count }, 'reminders posted to Slack'),
  });
}
