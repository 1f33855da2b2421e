/**
 * A line about one ticket for the staff in chat, the same for every chat: posted under the ticket's
 * channel message where the chat has one, else in the organisation's triage channel. The caller gives
 * text fit for a channel (references and states, never the requester); a chat adapter supplies only
 * how to post one message.
 */
import type { ChannelMessageStore } from './channel-notifier.js';

export interface TicketThreadPoster {
  /** The chat, as its channel messages are recorded (`slack`, `discord`). */
  readonly transport: string;
  /** Posts `text` about the ticket; false when this chat has no place for the organisation. */
  postOnTicket(organisationId: string, reference: string, text: string): Promise<boolean>;
  /** Posts `text` under the ticket's channel message only; false when this chat shows none for it. */
  postUnderMessage(reference: string, text: string): Promise<boolean>;
  /** Posts `text`, about no one ticket (a catch-up's summary), to the organisation's triage channel. */
  postToTriage(organisationId: string, text: string): Promise<boolean>;
}

export interface ThreadPostDeps {
  readonly transport: string;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
  /** Posts `text` to `channel`, under the message `replyTo` when given. */
  readonly post: (channel: string, replyTo: string | null, text: string) => Promise<void>;
}

export function chatThreadPoster(deps: ThreadPostDeps): TicketThreadPoster {
  return {
    transport: deps.transport,
    async postOnTicket(organisationId, reference, text) {
      const message = await deps.store.find(reference);
      const channel = message?.channel ?? deps.triageChannelOf(organisationId);
      if (!channel) return false;
      await deps.post(channel, message?.messageId ?? null, text);
      return true;
    },
    async postUnderMessage(reference, text) {
      const message = await deps.store.find(reference);
      if (!message) return false;
      await deps.post(message.channel, message.messageId, text);
      return true;
    },
    async postToTriage(organisationId, text) {
      const channel = deps.triageChannelOf(organisationId);
      if (!channel) return false;
      await deps.post(channel, null, text);
      return true;
    },
  };
}
