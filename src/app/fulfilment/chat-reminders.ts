/**
 * Staff reminders as chat posts, the same for every chat: each reminder goes with its ticket (under the
 * ticket's channel message, where the chat has one) or else to the organisation's triage channel. Its
 * text is the reference, due date and status only, since it lands in a channel. A chat adapter supplies
 * only how to post one message.
 */
import { reminderText } from '../../domain/fulfilment/staff-reminders.js';
import type { ChannelMessageStore } from '../desk/channel-notifier.js';
import type { ReminderPublisher } from './remind-staff.js';

export interface ChatReminderDeps {
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  /** Posts `text` to `channel`, under the message `replyTo` when given. */
  readonly post: (channel: string, replyTo: string | null, text: string) => Promise<void>;
  readonly onPosted: (organisationId: string, count: number) => void;
}

export function chatReminderPublisher(deps: ChatReminderDeps): ReminderPublisher {
  return {
    async postReminders(organisationId, reminders) {
      const channel = deps.triageChannelOf(organisationId);
      if (!channel) return false;
      for (const reminder of reminders) {
        const message = await deps.store.find(reminder.reference);
        await deps.post(message?.channel ?? channel, message?.messageId ?? null, reminderText(reminder));
      }
      deps.onPosted(organisationId, reminders.length);
      return true;
    },
  };
}
