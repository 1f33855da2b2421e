/**
 * Interactions over Discord's gateway: one discord.js client logs in with the bot token (an outbound
 * WebSocket, so no public URL is needed) and hands each INTERACTION_CREATE, as Discord sent it, to the
 * same handler the HTTP endpoint uses; the first response goes back through the interaction callback.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type REST, Routes } from 'discord.js';
import type { DiscordSettings } from '../../config/discord-settings.js';
import type { Logger } from '../log/logger.js';
import type { InteractionAnswer } from './discord-interactions.js';

export interface GatewayDeps {
  readonly settings: DiscordSettings;
  readonly rest: REST;
  readonly handle: (payload: unknown) => Promise<InteractionAnswer | null>;
  readonly deliverLater: (answer: InteractionAnswer) => Promise<void>;
  readonly log: Logger;
  /** MESSAGE_CREATE as Discord sent it: files posted in ticket threads (issue 15); absent: not subscribed. */
  readonly onMessage?: (payload: unknown) => Promise<void>;
}

/** Logs in and resolves once the gateway is ready; a token Discord refuses rejects. */
export async function startGateway(deps: GatewayDeps): Promise<{ client: Client; botUserId: string }> {
  const { rest, log } = deps;
  const client = new Client({
    // Guilds alone serves interactions; files posted in ticket threads need the guild messages and
    // their content (a privileged intent, switched on in the Developer Portal: docs/discord.md).
    intents: deps.onMessage
      ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
      : [GatewayIntentBits.Guilds],
    ...(deps.settings.apiUrl ? { rest: { api: deps.settings.apiUrl } } : {}),
  });
  const onInteraction = async (payload: unknown) => {
    const answer = await deps.handle(payload);
    if (!answer) return;
    await rest.post(Routes.interactionCallback(answer.id, answer.token), { body: answer.first, auth: false });
    await deps.deliverLater(answer);
  };
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t === GatewayDispatchEvents.MessageCreate && deps.onMessage) {
      void deps.onMessage(packet.d);
      return;
    }
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    onInteraction(packet.d).catch((error: unknown) =>
      // Ids only: the interaction's options may hold a note with personal data.
      log.error({ err: error }, 'Discord interaction failed'),
    );
  });
  // discord.js's debug output can quote whole payloads (a modal's note), so only errors and warnings are kept.
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(deps.settings.botToken);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  await ready;
  return { client, botUserId: client.user?.id ?? 'unknown' };
}
