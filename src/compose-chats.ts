/**
 * The chat part of the composition root: the Slack and Discord adapters (each loaded only when
 * configured), each organisation's triage and digest channels, the uploads that become exports, and the
 * managers' weekly digest posted to every chat with a digest channel. `composition-root.ts` calls it once.
 */
import { renderDigestChart } from './adapters/chart/digest-chart.js';
import { ticketOfChatMessage } from './adapters/db/chat-thread-lookup.js';
import type { Database } from './adapters/db/database.js';
import { createSeenRequestStore } from './adapters/db/seen-request-store.js';
import type { DiscordAdapter } from './adapters/discord/discord-adapter.js';
import type { Logger } from './adapters/log/logger.js';
import { type DigestSchedule, scheduleDigests } from './adapters/schedule/digest-schedule.js';
import type { SlackAdapter } from './adapters/slack/slack-adapter.js';
import { type ChartRenderer, publishWeekDigest } from './app/desk/digest.js';
import { auditRefusal } from './app/desk/refusal-audit.js';
import { rejectScopeByReference } from './app/desk/reject-options.js';
import { createReplayGuard } from './app/desk/request-replay.js';
import type { ExportsModule } from './compose-exports.js';
import type { TicketsModule } from './compose-tickets.js';
import type { ChatSettings } from './config/chat-settings.js';
import type { Env } from './config/env.js';
import type { LoadedOrganisation } from './config/organisations.js';
import type { StaffRole } from './domain/tickets/vocabulary.js';

/** The managers' weekly digest: posted now (tests, a manual run), or on DIGEST_SCHEDULE by `run`. */
export interface Digests {
  /** Posts one organisation's digest to every chat that has a digest channel for it; false when none. */
  publishNow(organisationId: string): Promise<boolean>;
  /** Schedules each organisation with a digest channel; null when there is none. */
  start(): DigestSchedule | null;
}

export interface ChatsModule {
  readonly slack: SlackAdapter | null;
  readonly discord: DiscordAdapter | null;
  /** The adapters configured, each with its notifier already wired into the tickets module. */
  readonly chats: readonly (SlackAdapter | DiscordAdapter)[];
  readonly digests: Digests;
}

export async function composeChats(input: {
  readonly env: Env;
  readonly settings: ChatSettings;
  readonly organisations: readonly LoadedOrganisation[];
  readonly database: Database;
  readonly tickets: TicketsModule;
  readonly exports: ExportsModule;
  readonly log: Logger;
}): Promise<ChatsModule> {
  const { env, settings, organisations, database, tickets, exports, log } = input;
  /** Each organisation's channel of one chat, by organisation id. */
  const channels = (pick: (o: LoadedOrganisation['organisation']) => string | undefined) =>
    new Map(
      organisations.flatMap(({ organisation: o }) => {
        const channel = pick(o);
        return channel ? [[o.id, channel] as const] : [];
      }),
    );
  const slackTriage = channels((o) => o.chat.slack?.triageChannel);
  const slackDigest = channels((o) => o.chat.slack?.digestChannel);
  const discordTriage = channels((o) => o.chat.discord?.triageChannel);
  const discordDigest = channels((o) => o.chat.discord?.digestChannel);
  const uploads = {
    attach: exports.attach,
    ticketOfMessage: ticketOfChatMessage(database.db),
    auditRefusal: (actorId: string, command: string, role: StaffRole | null) =>
      auditRefusal(tickets.store, {
        actorId,
        command,
        code: role === null ? 'no_role' : 'role_required',
        role,
        reference: null,
        at: new Date(),
      }),
  };
  // Signed chat requests are admitted once, whichever process receives them (Slack HTTP, Discord HTTP).
  const replayGuard = createReplayGuard({ seen: createSeenRequestStore(database.db), now: Date.now });
  // Loaded only when configured: Bolt and its Web API client cost about 24 MB of memory.
  const slack = settings.slack
    ? (await import('./adapters/slack/slack-adapter.js')).createSlackAdapter({
        settings: settings.slack,
        execute: tickets.execute,
        db: database.db,
        triageChannelOf: (id) => slackTriage.get(id) ?? null,
        digestChannelOf: (id) => slackDigest.get(id) ?? null,
        auditRefusal: (actorId, command) => tickets.refuseUnknown(actorId, command),
        replayGuard,
        log,
        uploads,
      })
    : null;
  // Likewise discord.js, only when a bot token is set.
  const discord = settings.discord
    ? (await import('./adapters/discord/discord-adapter.js')).createDiscordAdapter({
        settings: settings.discord,
        execute: tickets.execute,
        rejectScopeOf: (reference) => rejectScopeByReference(tickets.store, reference),
        db: database.db,
        triageChannelOf: (id) => discordTriage.get(id) ?? null,
        digestChannelOf: (id) => discordDigest.get(id) ?? null,
        auditRefusal: (actorId, command) => tickets.refuseUnknown(actorId, command),
        replayGuard,
        log,
        uploads,
      })
    : null;
  const chats = [slack, discord].filter((chat) => chat !== null);
  for (const chat of chats) tickets.notifiers.push(chat.notifier);
  const publishers = chats.map((chat) => chat.digests);
  /** Organisations with a digest channel in a chat that is configured. */
  const hasDigestChannel = (id: string) =>
    (slack !== null && slackDigest.has(id)) || (discord !== null && discordDigest.has(id));
  // A chart that cannot be drawn is logged, and the digest goes out without it.
  const renderChart: ChartRenderer = (title, weeks) =>
    renderDigestChart(title, weeks).catch((error: unknown) => {
      log.warn({ err: error }, 'digest chart not drawn; posting the digest without it');
      return null;
    });
  const digests: Digests = {
    publishNow: (organisationId) =>
      publishWeekDigest(
        {
          tickets: tickets.store,
          publishers,
          renderChart,
          now: () => new Date(),
          zoneOf: (id) => organisations.find((o) => o.organisation.id === id)?.organisation.timezone ?? 'UTC',
        },
        organisationId,
      ),
    start: () => {
      const scheduled = organisations.map((o) => o.organisation).filter((o) => hasDigestChannel(o.id));
      if (scheduled.length === 0) return null;
      return scheduleDigests({
        pattern: env.DIGEST_SCHEDULE,
        organisations: scheduled.map((o) => ({ id: o.id, timezone: o.timezone })),
        publish: async (id) => {
          await digests.publishNow(id);
        },
        log,
      });
    },
  };
  return { slack, discord, chats, digests };
}
