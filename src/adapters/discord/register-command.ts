/**
 * The `/rights` slash command as Discord knows it, registered (overwritten in one PUT) when the bot
 * starts: in one server when DISCORD_GUILD_ID is set (available at once), else globally.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type REST,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { DiscordSettings } from '../../config/discord-settings.js';
import { COMMAND_NAME, COMMAND_OPTION } from './discord-interactions.js';

export const RIGHTS_COMMAND = {
  name: COMMAND_NAME,
  type: ApplicationCommandType.ChatInput,
  description: 'Work privacy rights requests (try: help, list, show RD-1042)',
  // Servers only: the answers name requesters, and a server's roles are what grant access.
  contexts: [InteractionContextType.Guild],
  options: [
    {
      name: COMMAND_OPTION,
      type: ApplicationCommandOptionType.String,
      description: 'e.g. list open, show RD-1042, approve RD-1042 (empty: help)',
      required: false,
      max_length: 4000,
    },
  ],
} satisfies RESTPutAPIApplicationCommandsJSONBody[number];

export async function registerRightsCommand(
  rest: REST,
  settings: Pick<DiscordSettings, 'applicationId' | 'guildId'>,
): Promise<void> {
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  await rest.put(route, { body: [RIGHTS_COMMAND] });
}
