/**
 * Builds the Discord adapter from the installation's settings. Interactions arrive one of two ways,
 * chosen by DISCORD_MODE: over the gateway (one discord.js client on an outbound WebSocket authenticated
 * by the bot token, so no public URL is needed), or as Ed25519-signed HTTP requests from Discord (no long
 * connection, any number of processes behind a load balancer). Both feed the same interaction handler
 * with the queue its work waits in; the REST API client sends the follow-ups, the ticket posts and the
 * digests.
 */
import type { AddressInfo } from 'node:net';
import { type Client, REST, Routes } from 'discord.js';
import type { ExecuteDeskCommand } from '../../app/desk/chat-answers.js';
import type { DigestPublisher } from '../../app/desk/digest.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import type { ReplayGuard } from '../../app/desk/request-replay.js';
import { suggestTickets } from '../../app/desk/ticket-suggestions.js';
import { groundOptions, type RejectScope } from '../../app/desk/reject-options.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import { createSerialQueue } from '../../app/serial-queue.js';
import type { DiscordSettings } from '../../config/discord-settings.js';
import { createTicketMessageStore } from '../db/chat-message-store.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../log/logger.js';
import { createDiscordAnswers } from './discord-answers.js';
import { createDiscordDigestPublisher } from './discord-digest-publisher.js';
import { createDiscordReminderPublisher } from './discord-reminder-publisher.js';
import { createDiscordThreadPoster } from './discord-thread-post.js';
import type { TicketThreadPoster } from '../../app/desk/ticket-threads.js';
import { createInteractionHandler, type InteractionAnswer } from './discord-interactions.js';
import { discordRoleOf } from './discord-roles.js';
import { actorIdOf } from './discord-text.js';
import { createDiscordTicketNotifier, messageBody } from './discord-ticket-notifier.js';
import { startGateway } from './gateway.js';
import { createInteractionServer, DISCORD_INTERACTIONS_PATH, discordPublicKey } from './http-interactions.js';
import { registerRightsCommand } from './rights-command.js';
import type { ChatUploadDeps } from '../../app/delivery/chat-uploads.js';
import { discordUploadHandler } from './export-uploads.js';

export interface DiscordAdapterDeps {
  readonly settings: DiscordSettings;
  readonly execute: ExecuteDeskCommand;
  readonly db: Db;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly digestChannelOf: (organisationId: string) => string | null;
  /** The law and opt-out kind of a ticket, for the grounds `/rights decide reject` completes; null: no such ticket. */
  readonly rejectScopeOf: (reference: string) => Promise<RejectScope | null>;
  /** Audits a refusal the adapter makes itself: a Discord user with no role. */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  /** Admits each signed HTTP interaction once, near its timestamp (HTTP mode). */
  readonly replayGuard: ReplayGuard;
  readonly log: Logger;
  /** Files posted in a ticket's thread become its export (issue 15; gateway mode); absent: ignored. */
  readonly uploads?: ChatUploadDeps;
}

export type RunningDiscord =
  | {
      readonly mode: 'gateway';
      /** The bot's user id, as the gateway's READY named it. */
      readonly botUserId: string;
      /** Where `/rights` was registered: one server's id, or `global`. */
      readonly commandScope: string;
    }
  | { readonly mode: 'http'; readonly botUserId: string; readonly port: number; readonly path: string };

export interface DiscordAdapter {
  readonly notifier: TicketNotifier;
  readonly digests: DigestPublisher;
  /** Staff reminders, as replies to the ticket's channel message (issue 15, item 4). */
  readonly reminders: ReminderPublisher;
  /** Lines about a ticket as replies to its channel message (issue 15: identity reminders, requester replies). */
  readonly threads: TicketThreadPoster;
  /**
   * Gateway: logs in, waits until ready and registers `/rights`. HTTP: checks the bot token and listens
   * (`/rights` is registered by `rightsdesk discord register`). Fails loudly on a bad token.
   */
  start(): Promise<RunningDiscord>;
  /** Overwrites the application's commands with `/rights`; returns where (a server id, or `global`). */
  register(): Promise<string>;
  stop(): Promise<void>;
}

const BotUser = (value: unknown) => (value as { id?: unknown }).id;

export function createDiscordAdapter(deps: DiscordAdapterDeps): DiscordAdapter {
  const { settings, log } = deps;
  const child = log.child({ component: 'discord' });
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.botToken);
  const queue = createSerialQueue();
  const answers = createDiscordAnswers({
    execute: deps.execute,
    roles: settings.roles,
    auditRefusal: deps.auditRefusal,
    log,
  });
  const handle = createInteractionHandler({
    answers,
    queue,
    log,
    suggest: async (member, typed) => {
      // No role, no suggestions, and no audit entry either: this runs on every keystroke.
      const role = discordRoleOf(settings.roles, member);
      return role
        ? queue.run(() => suggestTickets(deps.execute, { id: actorIdOf(member.userId), role }, typed, 25))
        : [];
    },
    grounds: async (member, reference) => {
      if (!discordRoleOf(settings.roles, member)) return [];
      // No ticket given yet, or none by that reference: every ground (the desk checks the one chosen).
      const scope = reference.trim() === '' ? null : await queue.run(() => deps.rejectScopeOf(reference));
      return groundOptions(scope);
    },
  });
  // Interaction callbacks and follow-ups are authorised by the interaction's token, not the bot's.
  const deliverLater = async (answer: InteractionAnswer) => {
    if (!answer.later) return;
    const reply = await answer.later();
    await rest.patch(Routes.webhookMessage(settings.applicationId, answer.token, '@original'), {
      body: messageBody(reply),
      auth: false,
    });
  };
  let client: Client | null = null;
  let server: ReturnType<typeof createInteractionServer> | null = null;
  const register = async () => {
    await registerRightsCommand(rest, settings);
    return settings.guildId ?? 'global';
  };

  const messages = createTicketMessageStore(deps.db, 'discord');
  return {
    reminders: createDiscordReminderPublisher({
      rest,
      store: messages,
      triageChannelOf: deps.triageChannelOf,
      log,
    }),
    threads: createDiscordThreadPoster({ rest, store: messages, triageChannelOf: deps.triageChannelOf }),
    notifier: createDiscordTicketNotifier({
      rest,
      store: messages,
      triageChannelOf: deps.triageChannelOf,
      log,
    }),
    digests: createDiscordDigestPublisher({ rest, digestChannelOf: deps.digestChannelOf, log }),
    register,
    async start() {
      if (settings.mode === 'gateway') {
        const onMessage = deps.uploads
          ? discordUploadHandler({
              uploads: deps.uploads,
              roles: settings.roles,
              rest,
              apiUrl: settings.apiUrl,
              queue,
              log: child,
            })
          : undefined;
        const started = await startGateway({
          settings,
          rest,
          handle,
          deliverLater,
          log: child,
          ...(onMessage ? { onMessage } : {}),
        });
        client = started.client;
        const running = {
          mode: 'gateway' as const,
          botUserId: started.botUserId,
          commandScope: await register(),
        };
        child.info(running, 'Discord client started');
        return running;
      }
      // A bad token fails here, as it does at the gateway's login.
      const botUserId = String(BotUser(await rest.get(Routes.user('@me'))));
      const listening = createInteractionServer({
        publicKey: discordPublicKey(settings.publicKey),
        guard: deps.replayGuard,
        answer: handle,
        deliverLater,
        log: child,
      });
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(settings.port, settings.host, () => resolve());
      });
      server = listening;
      const { port } = listening.address() as AddressInfo;
      const running = { mode: 'http' as const, botUserId, port, path: DISCORD_INTERACTIONS_PATH };
      child.info(running, 'Discord interactions endpoint started');
      return running;
    },
    stop: async () => {
      await client?.destroy();
      client = null;
      const listening = server;
      server = null;
      if (listening) await new Promise<void>((resolve) => listening.close(() => resolve()));
      // Interactions already deferred are answered before the caller closes the database under them.
      await queue.idle();
    },
  };
}
