/**
 * A TicketNotifier for any chat that keeps one message per ticket in a triage channel: a new ticket is
 * posted (redacted) to its organisation's channel, and that same message is edited as the ticket
 * changes. Which message shows which ticket, and at which version, is kept in a store, so that of two
 * processes posting one ticket only one message stays, and a late, older update never replaces a newer.
 */
import type { TicketView } from './desk-reply.js';
import type { TicketNotifier } from './ticket-notifier.js';
import { unannouncedTasks } from './task-lines.js';

/** Where a chat's message for a ticket sits, and the ticket version it shows. */
export interface ChannelMessage {
  readonly channel: string;
  readonly messageId: string;
  readonly version: number;
}

export interface ChannelMessageStore {
  find(reference: string): Promise<ChannelMessage | null>;
  /** Records a newly posted message; false when another process posted one for the ticket first. */
  remember(reference: string, posted: ChannelMessage): Promise<boolean>;
  /** Records that the message now shows `version`; false when it already shows that or a newer one. */
  advance(reference: string, version: number): Promise<boolean>;
  /** The messages kept for these tickets: reference and the version each shows. */
  versions(references: readonly string[]): Promise<Map<string, number>>;
}

/** The chat's three operations on a channel message; `ticket` views are redacted for channels. */
export interface ChannelMessages {
  /** Posts the ticket's message; returns its id in the chat. */
  post(channel: string, ticket: TicketView): Promise<string>;
  edit(channel: string, messageId: string, ticket: TicketView): Promise<void>;
  remove(channel: string, messageId: string): Promise<void>;
  /**
   * Asks the owners of newly opened fulfilment tasks to act, in the thread of the ticket's message
   * (issue 15); absent: the chat shows the tasks on the message only.
   */
  announceTasks?(
    channel: string,
    messageId: string,
    ticket: TicketView,
    tasks: readonly TaskView[],
  ): Promise<void>;
}

type TaskView = NonNullable<TicketView['tasks']>[number];

export function createChannelNotifier(deps: {
  readonly messages: ChannelMessages;
  readonly store: ChannelMessageStore;
  /** The organisation's triage channel in this chat, or null when it has none. */
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly onPosted: (reference: string, channel: string) => void;
}): TicketNotifier {
  const { messages, store } = deps;

  async function post(ticket: TicketView, channel: string): Promise<void> {
    const messageId = await messages.post(channel, ticket);
    const kept = await store.remember(ticket.reference, { channel, messageId, version: ticket.version });
    if (!kept) {
      // Another process posted this ticket first; keep one message in the channel, then bring it up to date.
      await messages.remove(channel, messageId);
      await update(ticket);
    } else await announce(channel, messageId, ticket, null);
    deps.onPosted(ticket.reference, channel);
  }

  async function update(ticket: TicketView): Promise<boolean> {
    const existing = await store.find(ticket.reference);
    if (!existing) return false;
    // Only a newer version replaces what the channel shows; a late, older update is dropped.
    if (!(await store.advance(ticket.reference, ticket.version))) return true;
    await messages.edit(existing.channel, existing.messageId, ticket);
    // Only the process that moved the message past the tasks' version mentions their owners: once.
    await announce(existing.channel, existing.messageId, ticket, existing.version);
    return true;
  }

  async function announce(channel: string, messageId: string, ticket: TicketView, shown: number | null) {
    const tasks = unannouncedTasks(ticket, shown);
    if (tasks.length > 0 && messages.announceTasks)
      await messages.announceTasks(channel, messageId, ticket, tasks);
  }

  async function show(ticket: TicketView): Promise<void> {
    if (await update(ticket)) return;
    const channel = deps.triageChannelOf(ticket.organisationId);
    // A ticket changed before it was ever posted (the chat added later) is posted now, so staff see it.
    if (channel) await post(ticket, channel);
  }

  return {
    ticketOpened: show,
    ticketChanged: show,
    async outOfDate(tickets) {
      const shown = await store.versions(tickets.map((t) => t.reference));
      return tickets
        .filter((t) => {
          const version = shown.get(t.reference);
          // Only tickets of organisations with a triage channel here can be missing from one.
          return version === undefined
            ? deps.triageChannelOf(t.organisationId) !== null
            : version < t.version;
        })
        .map((t) => t.reference);
    },
  };
}
