/**
 * Builds the Discord adapter from the installation's settings: one discord.js client on the gateway (an
 * outbound WebSocket authenticated by the bot token, so no public URL is needed), the interaction handler
 * with the queue its work waits in, and the ticket notifier and digest publisher that share the client's
 * REST API client.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DigestPublisher } from '../../app/desk/digest.js';
import { createSerialQueue } from '../../app/serial-queue.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import type { DiscordSettings } from '../../config/discord-settings.js';
import { createTicketMessageStore } from '../db/chat-message-store.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../log/logger.js';
import type { ExecuteDeskCommand } from '../../app/desk/chat-answers.js';
import { createDiscordAnswers } from './discord-answers.js';
import { createDiscordDigestPublisher } from './discord-digest-publisher.js';
import { createInteractionHandler } from './discord-interactions.js';
import { createDiscordTicketNotifier } from './discord-ticket-notifier.js';
import { registerRightsCommand } from './register-command.js';

export interface DiscordAdapterDeps {
  readonly settings: DiscordSettings;
  readonly execute: ExecuteDeskCommand;
  readonly db: Db;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly digestChannelOf: (organisationId: string) => string | null;
  /** Audits a refusal the adapter makes itself: a Discord user with no role. */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: Logger;
}

export interface RunningDiscord {
  /** The bot's user id, as the gateway's READY named it. */
  readonly botUserId: string;
  /** Where `/rights` was registered: one server's id, or `global`. */
  readonly commandScope: string;
}

export interface DiscordAdapter {
  readonly notifier: TicketNotifier;
  readonly digests: DigestPublisher;
  /** Logs in to the gateway, waits until ready and registers `/rights`; fails loudly on a bad token. */
  start(): Promise<RunningDiscord>;
  stop(): Promise<void>;
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): DiscordAdapter {
  const { settings, log } = deps;
  const child = log.child({ component: 'discord' });
  const client = new Client({
    // Guilds alone: the server's roles arrive with it, and interactions need no other intent (no message content).
    intents: [GatewayIntentBits.Guilds],
    ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}),
  });
  // The REST client posts tickets from the moment the process starts, before the gateway is connected.
  client.rest.setToken(settings.botToken);
  const queue = createSerialQueue();
  const answers = createDiscordAnswers({
    execute: deps.execute,
    roles: settings.roles,
    auditRefusal: deps.auditRefusal,
    log,
  });
  const onInteraction = createInteractionHandler({ answers, queue, log });
  // The handler catches and logs its own failures, so the promise it returns never rejects.
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  // discord.js's debug output can quote whole payloads (a modal's note), so only errors and warnings are kept.
  client.on(Events.Error, (error) => child.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => child.warn(message));

  return {
    notifier: createDiscordTicketNotifier({
      rest: client.rest,
      store: createTicketMessageStore(deps.db, 'discord'),
      triageChannelOf: deps.triageChannelOf,
      log,
    }),
    digests: createDiscordDigestPublisher({ rest: client.rest, digestChannelOf: deps.digestChannelOf, log }),
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(settings.botToken);
      await ready;
      await registerRightsCommand(client.rest, settings);
      const running = { botUserId: client.user?.id ?? 'unknown', commandScope: settings.guildId ?? 'global' };
      child.info(running, 'Discord client started');
      return running;
    },
    stop: async () => {
      await client.destroy();
      // Interactions already deferred are answered before the caller closes the database under them.
      await queue.idle();
    },
  };
}
