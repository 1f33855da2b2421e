/**
 * The process environment, validated once at boot with zod. Every problem is listed at once, and
 * nothing starts half-configured. No other module reads process.env.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { DEFAULT_ORGANISATION_HOURLY_CAP } from '../domain/outbound/organisation-cap.js';
import { ConfigError, describeIssues } from './errors.js';
import { discordEnvFields } from './discord-settings.js';
import { slackEnvFields } from './slack-settings.js';

const MiB = 1024 * 1024;
const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'expected file:PATH (SQLite) or postgresql://… (PostgreSQL)')
    .default('file:./var/rightsdesk.db'),
  RIGHTSDESK_ORGANISATIONS_DIR: z.string().min(1).default('organisations'),
  /** Signs our outgoing Message-IDs; when unset a random one is created and kept in var/. */
  RIGHTSDESK_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  RIGHTSDESK_STATE_DIR: z.string().min(1).default('var'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INTAKE_POLL_SECONDS: count(120),
  INTAKE_BATCH_SIZE: count(50),
  INTAKE_STEP_TIMEOUT_SECONDS: count(120),
  INTAKE_MAX_MESSAGE_BYTES: count(25 * MiB),
  INTAKE_MAX_ATTACHMENT_BYTES: count(10 * MiB),
  INTAKE_RECONNECT_MAX_SECONDS: count(300),
  /** Body text kept, classified and threaded per message, and HTML converted to it (characters). */
  INTAKE_MAX_TEXT_CHARS: count(100_000),
  /** Parsing and classifying one message may take this long; a message over it is quarantined. */
  INTAKE_MESSAGE_BUDGET_MS: count(30_000),
  /** Tickets classified with less confidence than this go to human triage. */
  TRIAGE_CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
  /** Outbox sender: a pass at least this often; first retry after OUTBOX_RETRY_BASE_MS, doubling up to the max. */
  OUTBOX_POLL_SECONDS: count(5),
  OUTBOX_RETRY_BASE_MS: count(5000),
  OUTBOX_RETRY_MAX_SECONDS: count(300),
  /** A transiently failing email is retried this long (an SMTP outage of hours loses nothing), then shown as failed. */
  OUTBOX_GIVE_UP_HOURS: count(72),
  /** Automatic emails per organisation and hour, to all requesters together; more are held as capped. */
  OUTBOX_ORGANISATION_HOURLY_CAP: count(DEFAULT_ORGANISATION_HOURLY_CAP),
  /**
   * When the weekly digest is posted to each organisation's `chat.slack.digestChannel` and
   * `chat.discord.digestChannel`: a cron pattern
   * (minute hour day-of-month month day-of-week) read in the organisation's time zone. Monday 08:00.
   */
  DIGEST_SCHEDULE: z
    .string()
    .regex(/^\S+( \S+){4,5}$/, 'expected a cron pattern such as "0 8 * * 1" (Mondays at 08:00)')
    .default('0 8 * * 1'),
  /**
   * When `run` applies the organisations' retention rules (as `rightsdesk purge` does): a cron pattern
   * read in UTC, daily at 03:30 by default; `off` leaves the purge to an external scheduler.
   */
  PURGE_SCHEDULE: z
    .string()
    .regex(
      /^(off|\S+( \S+){4,5})$/,
      'expected a cron pattern such as "30 3 * * *" (daily at 03:30 UTC) or off',
    )
    .default('30 3 * * *'),
  /**
   * When `run` reminds the triage channels of tickets due soon and overdue (as `rightsdesk remind`
   * does): a cron pattern read in UTC, daily at 08:00 by default, so staff find the day's list at the
   * start of the European working day. Each reminder is given once a day at most whatever the pattern
   * (an hourly pass would post an overdue ticket just after each organisation's midnight); `off` leaves
   * the reminders to `rightsdesk remind` from an external scheduler.
   */
  REMIND_SCHEDULE: z
    .string()
    .regex(
      /^(off|\S+( \S+){4,5})$/,
      'expected a cron pattern such as "0 8 * * *" (daily at 08:00 UTC) or off',
    )
    .default('0 8 * * *'),
  /**
   * Replies on one ticket not shown to be its requester's (another address, or a From our server says
   * failed DMARC) posted one by one to a chat per hour; the rest are told in one summary line an hour.
   */
  CHAT_OTHER_REPLY_POSTS_PER_HOUR: count(5),
  /**
   * The operations endpoint of `run` (/healthz, /readyz, /metrics); off unless a port is set, since an
   * open port is the operator's decision. Loopback by default: set METRICS_HOST=0.0.0.0 in a container.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Optional Slack adapter (see slack-settings.ts and the README's Slack section). */
  ...slackEnvFields,
  /** Optional Discord adapter (see discord-settings.ts and docs/discord.md). */
  ...discordEnvFields,
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the schema reads (`.env.example` is checked against it by a test). */
export const envVariableNames: readonly string[] = Object.keys(EnvSchema.shape);

export function loadEnv(source: Readonly<Record<string, string | undefined>>): Env {
  // An empty variable means "not set", as in most .env tooling.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) throw new ConfigError(describeIssues('environment', result.error));
  return result.data;
}

/** Reads `.env` from the working directory into the process environment, when there is one (variables already set win). */
export function loadDotEnvFile(file = '.env'): void {
  if (!existsSync(file)) return;
  const values = parseEnv(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(values)) process.env[key] ??= value;
}
