/**
 * The TicketNotifier for Slack: a new ticket is posted (redacted) to its organisation's triage channel,
 * and that same message is edited in place with chat.update as the ticket changes.
 */
import type { webApi } from '@slack/bolt';
import type { TicketView } from '../../app/desk/desk-reply.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import type { Logger } from '../log/logger.js';
import { channelTicketMessage } from './render-ticket.js';
import type { TicketMessageStore } from '../db/chat-message-store.js';

export interface SlackNotifierDeps {
  readonly client: webApi.WebClient;
  readonly store: TicketMessageStore;
  /** The organisation's triage channel id, or null when it has none configured. */
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createSlackTicketNotifier(deps: SlackNotifierDeps): TicketNotifier {
  const { client, store, log } = deps;

  async function post(ticket: TicketView, channel: string): Promise<void> {
    const message = channelTicketMessage(ticket);
    const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    if (!posted.ts) throw new Error(`chat.postMessage gave no ts for ${ticket.reference}`);
    const kept = await store.remember(ticket.reference, {
      channel,
      messageId: posted.ts,
      version: ticket.version,
    });
    if (!kept) {
      // Another receiver posted this ticket first; keep one message in the channel, then bring it up to date.
      await client.chat.delete({ channel, ts: posted.ts });
      await update(ticket);
    }
    log.info({ reference: ticket.reference, channel }, 'ticket posted to Slack');
  }

  async function update(ticket: TicketView): Promise<boolean> {
    const existing = await store.find(ticket.reference);
    if (!existing) return false;
    // Only a newer version replaces what the channel shows; a late, older update is dropped.
    if (!(await store.advance(ticket.reference, ticket.version))) return true;
    const message = channelTicketMessage(ticket);
    await client.chat.update({
      channel: existing.channel,
      ts: existing.messageId,
      text: message.text,
      blocks: message.blocks,
    });
    return true;
  }

  async function show(ticket: TicketView): Promise<void> {
    if (await update(ticket)) return;
    const channel = deps.triageChannelOf(ticket.organisationId);
    // A ticket changed before it was ever posted (Slack added later) is posted now, so staff see it.
    if (channel) await post(ticket, channel);
  }

  return {
    ticketOpened: show,
    ticketChanged: show,
    // Only tickets of organisations with a triage channel can be missing from one.
    unannounced: async (references) => store.unposted(references),
  };
}
