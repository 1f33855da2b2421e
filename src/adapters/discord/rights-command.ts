/**
 * `/rights` as Discord knows it: one subcommand per desk command, derived from the grammar's command
 * list (app/desk/command-arguments.ts), the decisions gathered in a subcommand group (command-groups.ts:
 * Discord allows 25 subcommands a level), each argument a typed option (choices for laws and filters, a
 * user picker, ticket references completed from the open tickets, a reject's lawful ground completed
 * from those the ticket's law provides). `default_member_permissions` hides the
 * command from members without the configured permission (Manage Messages by default), so ordinary members
 * of the server never see it; server admins can change that per command in Server Settings → Integrations.
 * Registered by overwriting the application's commands in one PUT (`rightsdesk discord register`).
 */
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type REST,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import {
  type CommandArgument,
  type TypedDeskCommand,
  typedDeskCommands,
} from '../../app/desk/command-arguments.js';
import type { DiscordPermission, DiscordSettings } from '../../config/discord-settings.js';
import { discordLayout } from './command-groups.js';

export const COMMAND_NAME = 'rights';
/** Discord's limits: 25 choices per option, 100 characters of description (25 subcommands: command-groups.ts). */
const DESCRIPTION = 100;
const TEXT_LIMIT = 2000;

/**
 * A subcommand's description is the start of its usage line: its options carry their own descriptions,
 * and Discord counts every name, description and choice of `/rights` against one budget (4,000 characters),
 * which the 27 commands' options and choices nearly fill.
 */
const SUBCOMMAND_DESCRIPTION = 40;
/** Options' descriptions likewise: a free-text option's is the usage line, which `help` gives in full. */
const OPTION_DESCRIPTION = 60;
const described = (text: string, limit = DESCRIPTION) =>
  text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;

function optionOf(argument: CommandArgument): APIApplicationCommandBasicOption {
  const base = {
    name: argument.name,
    description: described(argument.description, OPTION_DESCRIPTION),
    required: argument.required,
  };
  switch (argument.kind) {
    case 'ticket':
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true, max_length: 12 };
    case 'user':
      return { ...base, type: ApplicationCommandOptionType.User };
    // Completed from the grounds the ticket given in the same command may be refused on (its law's).
    case 'ground':
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true, max_length: 32 };
    case 'choice':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        choices: argument.choices.slice(0, 25).map((c) => ({ name: c.label, value: c.value })),
      };
    case 'integer':
      return { ...base, type: ApplicationCommandOptionType.Integer, min_value: argument.min };
    case 'word':
      return { ...base, type: ApplicationCommandOptionType.String, max_length: 200 };
    case 'text':
      return { ...base, type: ApplicationCommandOptionType.String, max_length: TEXT_LIMIT };
  }
}

function subcommandOf(command: TypedDeskCommand): APIApplicationCommandSubcommandOption {
  // Discord wants the required options before the optional ones; the grammar puts them there too.
  const options = command.arguments.map(optionOf);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: described(command.usage, SUBCOMMAND_DESCRIPTION),
    options: [...options.filter((o) => o.required), ...options.filter((o) => !o.required)],
  };
}

/** Every desk command, at the top level or in its group: never one left out (discordLayout throws instead). */
function rightsOptions(): (
  APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption
)[] {
  const commands = new Map(typedDeskCommands().map((c) => [c.name, c]));
  const layout = discordLayout([...commands.keys()]);
  const subcommand = (name: string) => subcommandOf(commands.get(name)!);
  return [
    ...layout.topLevel.map(subcommand),
    ...layout.groups.map((group) => ({
      type: ApplicationCommandOptionType.SubcommandGroup as const,
      name: group.name,
      description: described(group.description),
      options: group.commands.map(subcommand),
    })),
  ];
}

/** The permission bits a member needs to see `/rights`, as Discord's decimal string. */
export function permissionBits(permissions: readonly DiscordPermission[]): string {
  return String(permissions.reduce((bits, name) => bits | PermissionFlagsBits[name], 0n));
}

export function rightsCommand(permissions: readonly DiscordPermission[]) {
  return {
    name: COMMAND_NAME,
    type: ApplicationCommandType.ChatInput,
    description: 'Work privacy rights requests',
    // Servers only: the answers name requesters, and a server's roles are what grant access.
    contexts: [InteractionContextType.Guild],
    default_member_permissions: permissionBits(permissions),
    options: rightsOptions(),
  } satisfies RESTPutAPIApplicationCommandsJSONBody[number];
}

/** Overwrites the application's commands with `/rights`: in one server when DISCORD_GUILD_ID is set, else globally. */
export async function registerRightsCommand(
  rest: REST,
  settings: Pick<DiscordSettings, 'applicationId' | 'guildId' | 'commandPermissions'>,
): Promise<void> {
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  await rest.put(route, { body: [rightsCommand(settings.commandPermissions)] });
}
