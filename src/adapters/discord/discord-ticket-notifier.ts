/**
 * The TicketNotifier for Discord: a new ticket is posted (redacted) to its organisation's triage channel,
 * and that same message is edited in place as the ticket changes. The message id is kept in the shared
 * chat message table, under the transport `discord`.
 */
import { type REST, Routes } from 'discord.js';
import { z } from 'zod';
import type { TicketView } from '../../app/desk/desk-reply.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import { SNOWFLAKE } from '../../config/discord-settings.js';
import type { TicketMessageStore } from '../db/chat-message-store.js';
import type { Logger } from '../log/logger.js';
import { channelTicketMessage, type DiscordMessage } from './render-ticket.js';

export interface DiscordNotifierDeps {
  readonly rest: REST;
  readonly store: TicketMessageStore;
  /** The organisation's triage channel id, or null when it has none configured. */
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

/** What Discord answers to a posted message, as far as it is read. */
const PostedSchema = z.object({ id: z.string().regex(SNOWFLAKE) });

/** A message body for the REST API; mentions are shown but never ping anyone. */
export function messageBody(message: DiscordMessage) {
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
}

export function createDiscordTicketNotifier(deps: DiscordNotifierDeps): TicketNotifier {
  const { rest, store, log } = deps;

  async function post(ticket: TicketView, channel: string): Promise<void> {
    const body = messageBody(channelTicketMessage(ticket));
    const posted = PostedSchema.parse(await rest.post(Routes.channelMessages(channel), { body }));
    const kept = await store.remember(ticket.reference, {
      channel,
      messageId: posted.id,
      version: ticket.version,
    });
    if (!kept) {
      // Another process posted this ticket first; keep one message in the channel, then bring it up to date.
      await rest.delete(Routes.channelMessage(channel, posted.id));
      await update(ticket);
    }
    log.info({ reference: ticket.reference, channel }, 'ticket posted to Discord');
  }

  async function update(ticket: TicketView): Promise<boolean> {
    const existing = await store.find(ticket.reference);
    if (!existing) return false;
    // Only a newer version replaces what the channel shows; a late, older update is dropped.
    if (!(await store.advance(ticket.reference, ticket.version))) return true;
    await rest.patch(Routes.channelMessage(existing.channel, existing.messageId), {
      body: messageBody(channelTicketMessage(ticket)),
    });
    return true;
  }

  async function show(ticket: TicketView): Promise<void> {
    if (await update(ticket)) return;
    const channel = deps.triageChannelOf(ticket.organisationId);
    // A ticket changed before it was ever posted (Discord added later) is posted now, so staff see it.
    if (channel) await post(ticket, channel);
  }

  return {
    ticketOpened: show,
    ticketChanged: show,
    // Only tickets of organisations with a triage channel can be missing from one.
    unannounced: async (references) => store.unposted(references),
  };
}
