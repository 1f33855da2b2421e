/**
 * Where each desk command sits under `/rights` in Discord. Discord allows 25 options at each level of a
 * command (subcommands and subcommand groups together), and the grammar has more commands than that, so
 * the decisions on a request are gathered in one group, `/rights decide approve|reject|…`; every other
 * command stays a subcommand of its own (`/rights show`, `/rights new`). The subcommand keeps the desk
 * command's name, so a command is found by its name whatever group holds it. A command added to the
 * grammar lands at the top level until it is placed here; `discordLayout` refuses a layout over Discord's
 * limits instead of cutting commands off, and a test keeps every command reachable.
 */
import { USAGE } from '../../domain/desk/desk-command.js';

export interface CommandGroup {
  readonly name: string;
  readonly description: string;
  readonly commands: readonly string[];
}

/** The one table: the groups, in the order Discord shows them. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  {
    name: 'decide',
    description: 'Decide a request: approve, reject, extend, fulfil, withdraw, dismiss, its law, appeals',
    commands: [
      'approve',
      'reject',
      'extend',
      'fulfil',
      'withdraw',
      'dismiss',
      'jurisdiction',
      'appeal',
      'uphold',
      'overturn',
    ],
  },
];

/** Discord's limit on the options of one level: subcommands and groups of a command, subcommands of a group. */
export const MAX_OPTIONS_PER_LEVEL = 25;

export interface DiscordLayout {
  /** Commands that are subcommands of `/rights` itself. */
  readonly topLevel: readonly string[];
  readonly groups: readonly CommandGroup[];
}

/** Where each of `commands` goes: in its group, else at the top level; throws when Discord would refuse it. */
export function discordLayout(commands: readonly string[] = Object.keys(USAGE)): DiscordLayout {
  const grouped = new Set(COMMAND_GROUPS.flatMap((g) => g.commands));
  const known = new Set(commands);
  const groups = COMMAND_GROUPS.map((g) => ({
    ...g,
    commands: g.commands.filter((c) => known.has(c)),
  })).filter((g) => g.commands.length > 0);
  const topLevel = commands.filter((c) => !grouped.has(c));
  const clash = topLevel.find((c) => groups.some((g) => g.name === c));
  if (clash) throw new Error(`/rights ${clash} is both a command and a Discord subcommand group`);
  if (topLevel.length + groups.length > MAX_OPTIONS_PER_LEVEL)
    throw new Error(
      `/rights would have ${topLevel.length + groups.length} subcommands and groups; Discord allows ${MAX_OPTIONS_PER_LEVEL}: place more commands in a group (src/adapters/discord/command-groups.ts)`,
    );
  const full = groups.find((g) => g.commands.length > MAX_OPTIONS_PER_LEVEL);
  if (full) throw new Error(`/rights ${full.name} holds more than ${MAX_OPTIONS_PER_LEVEL} commands`);
  return { topLevel, groups };
}

/** How a person reaches a desk command in Discord, e.g. `/rights decide approve` or `/rights show`. */
export function discordPath(command: string): string {
  const group = COMMAND_GROUPS.find((g) => g.commands.includes(command));
  return group ? `/rights ${group.name} ${command}` : `/rights ${command}`;
}
