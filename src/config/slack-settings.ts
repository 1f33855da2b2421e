/**
 * The installation's Slack settings, read from the environment (secrets only ever come from there):
 * tokens, the transport (socket mode for a laptop, HTTP for production) and who holds which staff role.
 * Slack is optional: without SLACK_BOT_TOKEN nothing Slack starts.
 */
import { z } from 'zod';
import type { StaffRole } from '../domain/tickets/vocabulary.js';
import { ConfigError } from './errors.js';

/** Comma- or space-separated Slack ids: users (U…, W… on Enterprise Grid) and user groups (S…). */
const slackIds = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z.array(z.string().regex(/^[UWS][A-Z0-9]{2,}$/, 'expected Slack ids such as U012AB3CD or S0614TZR7')),
  );

/** The fields env.ts merges into the environment schema. */
export const slackEnvFields = {
  /** Bot token (xoxb-…); setting it turns Slack on. */
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'expected a bot token (xoxb-…)').optional(),
  /** Signs every HTTP request from Slack; checked with the request timestamp (max 5 minutes old). */
  SLACK_SIGNING_SECRET: z.string().min(16).optional(),
  /** App-level token (xapp-…) with connections:write, for socket mode. */
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'expected an app-level token (xapp-…)').optional(),
  /** socket (no public URL needed) or http (production); socket when an app token is set, else http. */
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  SLACK_HOST: z.string().min(1).default('0.0.0.0'),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Only for pointing the Web API client elsewhere (tests, proxies); must end in /api/. */
  SLACK_API_URL: z.url().endsWith('/api/', 'must end in /api/').optional(),
  SLACK_ROLE_VIEWER: slackIds.optional(),
  SLACK_ROLE_AGENT: slackIds.optional(),
  SLACK_ROLE_APPROVER: slackIds.optional(),
  SLACK_ROLE_ADMIN: slackIds.optional(),
};

type SlackEnv = z.output<z.ZodObject<typeof slackEnvFields>>;

export interface SlackRoleMap {
  /** Strongest role first, so a user listed twice gets the stronger one. */
  readonly grants: readonly {
    readonly role: StaffRole;
    readonly users: readonly string[];
    readonly groups: readonly string[];
  }[];
}

interface SlackCommon {
  readonly botToken: string;
  readonly apiUrl: string | undefined;
  readonly roles: SlackRoleMap;
}
export type SlackSettings =
  | (SlackCommon & { readonly mode: 'socket'; readonly appToken: string })
  | (SlackCommon & {
      readonly mode: 'http';
      readonly signingSecret: string;
      readonly host: string;
      readonly port: number;
    });

/** The Slack settings, or null when Slack is not configured; lists every missing variable at once. */
export function slackSettings(env: SlackEnv): SlackSettings | null {
  if (!env.SLACK_BOT_TOKEN) return null;
  const mode = env.SLACK_MODE ?? (env.SLACK_APP_TOKEN ? 'socket' : 'http');
  const problems: string[] = [];
  if (mode === 'socket' && !env.SLACK_APP_TOKEN)
    problems.push('environment: SLACK_APP_TOKEN: required in socket mode');
  if (mode === 'http' && !env.SLACK_SIGNING_SECRET)
    problems.push('environment: SLACK_SIGNING_SECRET: required in http mode');
  const split = (ids: readonly string[] | undefined) => ({
    users: (ids ?? []).filter((id) => !id.startsWith('S')),
    groups: (ids ?? []).filter((id) => id.startsWith('S')),
  });
  const grants = [
    { role: 'admin' as const, ...split(env.SLACK_ROLE_ADMIN) },
    { role: 'approver' as const, ...split(env.SLACK_ROLE_APPROVER) },
    { role: 'agent' as const, ...split(env.SLACK_ROLE_AGENT) },
    { role: 'viewer' as const, ...split(env.SLACK_ROLE_VIEWER) },
  ];
  if (grants.every((g) => g.users.length + g.groups.length === 0))
    problems.push(
      'environment: SLACK_ROLE_*: no Slack user or group holds any role, so nobody could use /rights',
    );
  if (problems.length > 0) throw new ConfigError(problems);
  const common = { botToken: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL, roles: { grants } };
  return mode === 'socket'
    ? { ...common, mode, appToken: env.SLACK_APP_TOKEN! }
    : {
        ...common,
        mode,
        signingSecret: env.SLACK_SIGNING_SECRET!,
        host: env.SLACK_HOST,
        port: env.SLACK_PORT,
      };
}
