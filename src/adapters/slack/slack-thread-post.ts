/**
 * How a line about a ticket is posted in Slack (issue 15): as a reply in the thread of the ticket's
 * channel message, or in the channel. The text is escaped, so a requester's words cannot ping a channel
 * or forge a link, and cut to a section's 3,000 characters (slack-limits.ts).
 */
import type { webApi } from '@slack/bolt';
import { chatThreadPoster, type TicketThreadPoster } from '../../app/desk/ticket-threads.js';
import type { ChannelMessageStore } from '../../app/desk/channel-notifier.js';
import { clip, SLACK_LIMITS } from './slack-limits.js';
import { escapeMrkdwn } from './slack-text.js';

export function createSlackThreadPoster(deps: {
  readonly client: webApi.WebClient;
  readonly store: ChannelMessageStore;
  readonly triageChannelOf: (organisationId: string) => string | null;
}): TicketThreadPoster {
  return chatThreadPoster({
    transport: 'slack',
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    post: async (channel, replyTo, text) => {
      const safe = clip(escapeMrkdwn(text), SLACK_LIMITS.sectionText);
      await deps.client.chat.postMessage(
        replyTo ? { channel, thread_ts: replyTo, text: safe } : { channel, text: safe },
      );
    },
  });
}
