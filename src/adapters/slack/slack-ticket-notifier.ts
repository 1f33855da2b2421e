/**
 * The TicketNotifier for Slack (app/desk/channel-notifier.ts does the bookkeeping): a new ticket is
 * posted, redacted, with chat.postMessage, and that message is edited in place with chat.update.
 */
import type { webApi } from '@slack/bolt';
import { type ChannelMessageStore, createChannelNotifier } from '../../app/desk/channel-notifier.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import type { Logger } from '../log/logger.js';
import { channelTicketMessage } from './render-ticket.js';
import { ownersMessage } from '../../app/desk/task-lines.js';
import type { SystemOwner } from '../../domain/fulfilment/data-systems.js';

/** A user group (S…) is mentioned as `<!subteam^S…>`, a user as `<@U…>` (Slack's mention syntax). */
function slackMention(owner: SystemOwner): string | null {
  if (!owner.slack) return null;
  return owner.slack.startsWith('S') ? `<!subteam^${owner.slack}>` : `<@${owner.slack}>`;
}

export interface SlackNotifierDeps {
  readonly client: webApi.WebClient;
  readonly store: ChannelMessageStore;
  /** The organisation's triage channel id, or null when it has none configured. */
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createSlackTicketNotifier(deps: SlackNotifierDeps): TicketNotifier {
  const { client } = deps;
  return createChannelNotifier({
    store: deps.store,
    triageChannelOf: deps.triageChannelOf,
    onPosted: (reference, channel) => deps.log.info({ reference, channel }, 'ticket posted to Slack'),
    messages: {
      async post(channel, ticket) {
        const { text, blocks } = channelTicketMessage(ticket);
        const posted = await client.chat.postMessage({ channel, text, blocks });
        if (!posted.ts) throw new Error(`chat.postMessage gave no ts for ${ticket.reference}`);
        return posted.ts;
      },
      async edit(channel, ts, ticket) {
        const { text, blocks } = channelTicketMessage(ticket);
        await client.chat.update({ channel, ts, text, blocks });
      },
      async remove(channel, ts) {
        await client.chat.delete({ channel, ts });
      },
      async announceTasks(channel, ts, ticket, tasks) {
        const text = ownersMessage(ticket.reference, tasks, slackMention);
        if (text) await client.chat.postMessage({ channel, thread_ts: ts, text });
      },
    },
  });
}
