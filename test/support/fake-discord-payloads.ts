// What the fake Discord (fake-discord.ts) says about the world it fakes: the ids of its application,
// server, channels, roles and users, and the JSON of the gateway's GUILD_CREATE, an interaction's member
// and a message, with the fields discord.js reads.

export const DISCORD_IDS = {
  application: '1100000000000000001',
  guild: '1100000000000000002',
  bot: '1100000000000000003',
  triage: '1100000000000000010',
  digest: '1100000000000000011',
  /** A server role that grants agent to whoever holds it. */
  agentRole: '1100000000000000201',
  /** A server role that grants nothing. */
  otherRole: '1100000000000000202',
  /** A server the bot is in whose GUILD_CREATE never came, so discord.js has not cached it. */
  uncachedGuild: '1100000000000000009',
} as const;

/** Discord users of the tests: one per role by user id, one agent through a role, and one with none. */
export const DISCORD_USERS = {
  admin: '1100000000000000101',
  approver: '1100000000000000102',
  agent: '1100000000000000103',
  viewer: '1100000000000000104',
  roleAgent: '1100000000000000105',
  stranger: '1100000000000000106',
} as const;

/** The bot's own user, as READY names it and as the author of what it posts. */
export const BOT_USER = {
  id: DISCORD_IDS.bot,
  username: 'Rightsdesk',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
} as const;

export const BOT_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMw.fake.discord-test-token';

/** Who sends an interaction: a user and the server roles they hold. */
export interface InteractionUser {
  readonly userId: string;
  readonly roleIds?: readonly string[];
  /** The server the interaction comes from; the one the tests configure when absent. */
  readonly guildId?: string;
}

const role = (id: string, name: string, position: number) => ({
  id,
  name,
  position,
  permissions: '0',
  color: 0,
  colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
  hoist: false,
  managed: false,
  mentionable: false,
  icon: null,
  unicode_emoji: null,
  flags: 0,
});

/** The server as GUILD_CREATE brings it, with its roles (discord.js resolves a member's roles from these). */
export function guildCreate() {
  return {
    id: DISCORD_IDS.guild,
    name: 'Privacy team',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: DISCORD_USERS.admin,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      role(DISCORD_IDS.guild, '@everyone', 0),
      role(DISCORD_IDS.agentRole, 'privacy-agents', 1),
      role(DISCORD_IDS.otherRole, 'marketing', 2),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 7,
    voice_states: [],
    members: [],
    channels: [],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The `member` of an interaction: the user and the ids of the roles they hold. */
export function memberOf(user: InteractionUser) {
  return {
    user: {
      id: user.userId,
      username: `user${user.userId.slice(-3)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
    },
    roles: [...(user.roleIds ?? [])],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: '2248473465835073',
    nick: null,
    avatar: null,
  };
}

/** A message as Discord returns it, carrying `body` (content, embeds, components). */
export const messageJson = (id: string, channel: string, body: Record<string, unknown>) => ({
  id,
  channel_id: channel,
  type: 0,
  content: '',
  embeds: [],
  components: [],
  ...body,
  author: BOT_USER,
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [],
  mention_roles: [],
  attachments: [],
  pinned: false,
  flags: 0,
});
