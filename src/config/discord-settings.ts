/**
 * The installation's Discord settings, read from the environment (secrets only ever come from there):
 * the bot token, the application the `/rights` command belongs to, the server it is registered in, who
 * sees it and who holds which staff role, and how interactions arrive (gateway or signed HTTP). Discord is optional: without DISCORD_BOT_TOKEN nothing Discord starts.
 */
import { z } from 'zod';
import type { StaffRole } from '../domain/tickets/vocabulary.js';
import { ConfigError } from './errors.js';

/** Discord's ids ("snowflakes") are 64-bit integers written in decimal: 17 to 20 digits today. */
export const SNOWFLAKE = /^\d{17,20}$/;
const snowflake = z
  .string()
  .regex(SNOWFLAKE, 'expected a Discord id (17 to 20 digits) such as 1234567890123456789');

/** Comma- or space-separated Discord ids: users and server roles alike (ids are unique across both). */
const snowflakes = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(SNOWFLAKE, 'expected Discord user or role ids (17 to 20 digits)')));

/**
 * Permissions a member must hold to see `/rights` (Discord's default_member_permissions): the ones a
 * server gives its staff. Roles still decide what each person may do; this only hides the command from
 * everyone else.
 */
export const DISCORD_PERMISSIONS = [
  'ManageMessages',
  'ManageGuild',
  'ManageChannels',
  'ManageRoles',
  'ModerateMembers',
  'KickMembers',
  'BanMembers',
  'ViewAuditLog',
  'Administrator',
] as const;
export type DiscordPermission = (typeof DISCORD_PERMISSIONS)[number];

const permissions = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z
      .array(
        z.enum(DISCORD_PERMISSIONS, {
          error: `expected permission names: ${DISCORD_PERMISSIONS.join(', ')}`,
        }),
      )
      .min(1),
  );

/** The fields env.ts merges into the environment schema. */
export const discordEnvFields = {
  /** The bot's token (Developer Portal → Bot → Reset Token); setting it turns Discord on. */
  DISCORD_BOT_TOKEN: z
    .string()
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'expected a bot token (three dot-separated parts, from the Bot page)')
    .optional(),
  /** The application the `/rights` command is registered for (General Information → Application ID). */
  DISCORD_APPLICATION_ID: snowflake.optional(),
  /** The server to register `/rights` in (at once); without it, the command is global. */
  DISCORD_GUILD_ID: snowflake.optional(),
  /** Only for pointing the REST client elsewhere (tests, proxies): the base before /v10, like https://discord.com/api. */
  DISCORD_API_URL: z.url().optional(),
  /**
   * gateway (an outbound WebSocket, no public URL) or http (Discord posts each interaction, signed with
   * Ed25519, to DISCORD_HOST:DISCORD_PORT/discord/interactions: for load balancers and no long connection).
   */
  DISCORD_MODE: z.enum(['gateway', 'http']).default('gateway'),
  /** The application's public key (General Information → Public Key): checks the signature of HTTP interactions. */
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected the public key: 64 hexadecimal characters')
    .optional(),
  DISCORD_HOST: z.string().min(1).default('0.0.0.0'),
  DISCORD_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Who sees /rights at all (comma-separated permission names); roles decide what each may do. */
  DISCORD_COMMAND_PERMISSIONS: permissions.default(['ManageMessages']),
  DISCORD_ROLE_VIEWER: snowflakes.optional(),
  DISCORD_ROLE_AGENT: snowflakes.optional(),
  DISCORD_ROLE_APPROVER: snowflakes.optional(),
  DISCORD_ROLE_ADMIN: snowflakes.optional(),
};

type DiscordEnv = z.output<z.ZodObject<typeof discordEnvFields>>;

export interface DiscordRoleMap {
  /** Strongest role first, so someone listed twice (or holding two listed roles) gets the stronger one. */
  readonly grants: readonly { readonly role: StaffRole; readonly ids: readonly string[] }[];
}

interface DiscordCommon {
  readonly botToken: string;
  readonly applicationId: string;
  readonly guildId: string | null;
  readonly apiUrl: string | undefined;
  readonly roles: DiscordRoleMap;
  readonly commandPermissions: readonly DiscordPermission[];
}
export type DiscordSettings =
  | (DiscordCommon & { readonly mode: 'gateway' })
  | (DiscordCommon & {
      readonly mode: 'http';
      readonly publicKey: string;
      readonly host: string;
      readonly port: number;
    });

/** The Discord settings, or null when Discord is not configured; lists every missing variable at once. */
export function discordSettings(env: DiscordEnv): DiscordSettings | null {
  if (!env.DISCORD_BOT_TOKEN) return null;
  const problems: string[] = [];
  if (!env.DISCORD_APPLICATION_ID)
    problems.push('environment: DISCORD_APPLICATION_ID: required with DISCORD_BOT_TOKEN');
  const grants = [
    { role: 'admin' as const, ids: env.DISCORD_ROLE_ADMIN ?? [] },
    { role: 'approver' as const, ids: env.DISCORD_ROLE_APPROVER ?? [] },
    { role: 'agent' as const, ids: env.DISCORD_ROLE_AGENT ?? [] },
    { role: 'viewer' as const, ids: env.DISCORD_ROLE_VIEWER ?? [] },
  ];
  if (grants.every((g) => g.ids.length === 0))
    problems.push(
      'environment: DISCORD_ROLE_*: no Discord user or role holds any role, so nobody could use /rights',
    );
  if (env.DISCORD_MODE === 'http' && !env.DISCORD_PUBLIC_KEY)
    problems.push('environment: DISCORD_PUBLIC_KEY: required in http mode');
  if (problems.length > 0 || !env.DISCORD_APPLICATION_ID) throw new ConfigError(problems);
  const common = {
    botToken: env.DISCORD_BOT_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID ?? null,
    apiUrl: env.DISCORD_API_URL,
    roles: { grants },
    commandPermissions: env.DISCORD_COMMAND_PERMISSIONS,
  };
  return env.DISCORD_MODE === 'http' && env.DISCORD_PUBLIC_KEY
    ? {
        ...common,
        mode: 'http',
        publicKey: env.DISCORD_PUBLIC_KEY.toLowerCase(),
        host: env.DISCORD_HOST,
        port: env.DISCORD_PORT,
      }
    : { ...common, mode: 'gateway' };
}
