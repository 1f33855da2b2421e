/**
 * What `rightsdesk doctor` asks each configured part, for real and with a short deadline: the database
 * (reachable, at the committed migrations), an IMAP mailbox (logs in, finds its folder), an SMTP relay
 * (accepts a connection and the credentials), Slack (`auth.test`, `conversations.info`) and Discord
 * (`/users/@me`, `/channels/:id`). Each answers a finding, never throws.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { adapterFor, providerOf, readMigrations } from '../db/database.js';
import { migrationsCurrent } from '../db/migration-status.js';
import { withTimeout } from '../imap/timeout.js';

export type Verdict = 'ok' | 'warn' | 'fail';
export interface Finding {
  readonly verdict: Verdict;
  /** What was found, and for a warning or failure what to fix. */
  readonly detail: string;
}

const TIMEOUT_MS = 10_000;
const ok = (detail: string): Finding => ({ verdict: 'ok', detail });
const fail = (detail: string): Finding => ({ verdict: 'fail', detail });
const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim()) ?? 'error';

export async function probeDatabase(url: string): Promise<Finding> {
  const provider = providerOf(url);
  if (provider === 'sqlite' && !existsSync(resolve(url.slice('file:'.length))))
    return {
      verdict: 'warn',
      detail: 'the SQLite file does not exist yet: `rightsdesk run` creates and migrates it',
    };
  try {
    // The migration check reads a missing table as "not migrated", so reachability is asked first.
    await withTimeout(selectOne(url), TIMEOUT_MS, 'connect');
  } catch (error) {
    return fail(
      `${provider}: cannot connect (${messageOf(error)}): check DATABASE_URL and that the server runs`,
    );
  }
  const current = await migrationsCurrent(await adapterFor(url), readMigrations(provider));
  return current
    ? ok(`${provider}: reachable, at the committed migrations`)
    : {
        verdict: 'warn',
        detail: `${provider}: reachable, not at the committed migrations: \`rightsdesk run\` applies them on start`,
      };
}

async function selectOne(url: string): Promise<void> {
  const adapter = await (await adapterFor(url)).connect();
  try {
    await adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
}

export async function probeImap(mailbox: {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
  readonly folder: string;
}): Promise<Finding> {
  const client = new ImapFlow({
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.secure,
    doSTARTTLS: mailbox.secure ? undefined : false,
    auth: { user: mailbox.user, pass: mailbox.password },
    logger: false,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  const where = `${mailbox.host}:${mailbox.port}`;
  try {
    await withTimeout(client.connect(), TIMEOUT_MS, 'connect');
  } catch (error) {
    const refused = (error as { authenticationFailed?: unknown }).authenticationFailed === true;
    return fail(
      refused
        ? `${where}: login refused: check the user and password variables`
        : `${where}: cannot connect (${messageOf(error)}): check host, port and secure`,
    );
  }
  try {
    const status = await withTimeout(client.status(mailbox.folder, { messages: true }), TIMEOUT_MS, 'status');
    return ok(
      `${where}: logged in; folder ${mailbox.folder} holds ${status ? (status.messages ?? 0) : 0} message(s)`,
    );
  } catch {
    return fail(`${where}: logged in, but there is no folder "${mailbox.folder}": fix imap.folder`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export async function probeSmtp(smtp: {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
}): Promise<Finding> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
  });
  const where = `${smtp.host}:${smtp.port}`;
  try {
    await transport.verify();
    return ok(`${where}: accepts a connection${smtp.auth ? ' and the credentials' : ''}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(
      code === 'EAUTH'
        ? `${where}: credentials refused: check outbound.smtp's user and password variables`
        : `${where}: ${messageOf(error)}: check outbound.smtp host, port and secure`,
    );
  } finally {
    transport.close();
  }
}

async function callJson(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return (await response.json()) as unknown;
}
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Slack: the token (`auth.test`), then each channel (`conversations.info`: exists, and the bot is in it). */
export async function probeSlack(
  settings: { readonly botToken: string; readonly apiUrl: string | undefined },
  channels: readonly { readonly label: string; readonly channel: string }[],
): Promise<{ token: Finding; channels: Finding[] }> {
  const api = settings.apiUrl ?? 'https://slack.com/api/';
  const call = (method: string, params: Record<string, string> = {}) =>
    callJson(`${api}${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${settings.botToken}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(params).toString(),
    });
  try {
    const auth = await call('auth.test');
    if (field(auth, 'ok') !== true)
      return {
        token: fail(`auth.test: ${String(field(auth, 'error'))}: set SLACK_BOT_TOKEN to the app's bot token`),
        channels: [],
      };
    const token = ok(
      `auth.test: bot ${String(field(auth, 'user_id'))} in team ${String(field(auth, 'team'))}`,
    );
    const found = await Promise.all(
      channels.map(async ({ label, channel }) => {
        const info = await call('conversations.info', { channel });
        if (field(info, 'ok') !== true)
          return fail(
            `${label} ${channel}: ${String(field(info, 'error'))}: check the channel id (and the channels:read scope)`,
          );
        return field(field(info, 'channel'), 'is_member') === true
          ? ok(`${label} ${channel}: exists, the bot is in it`)
          : fail(`${label} ${channel}: the bot is not in it: /invite @Rightsdesk there`);
      }),
    );
    return { token, channels: found };
  } catch (error) {
    return { token: fail(`cannot reach Slack (${messageOf(error)})`), channels: [] };
  }
}

/** Discord: the token (`/users/@me`), then each channel (`/channels/:id`: visible to the bot). */
export async function probeDiscord(
  settings: { readonly botToken: string; readonly apiUrl: string | undefined },
  channels: readonly { readonly label: string; readonly channel: string }[],
): Promise<{ token: Finding; channels: Finding[] }> {
  const api = `${settings.apiUrl ?? 'https://discord.com/api'}/v10`;
  const get = async (path: string) => {
    const response = await fetch(`${api}${path}`, {
      headers: { authorization: `Bot ${settings.botToken}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  try {
    const me = await get('/users/@me');
    if (me.status !== 200)
      return {
        token: fail(`/users/@me answered ${me.status}: set DISCORD_BOT_TOKEN to the bot's token`),
        channels: [],
      };
    const token = ok(`bot ${String(field(me.body, 'username'))} (${String(field(me.body, 'id'))})`);
    const found = await Promise.all(
      channels.map(async ({ label, channel }) => {
        const seen = await get(`/channels/${channel}`);
        return seen.status === 200
          ? ok(`${label} ${channel}: visible to the bot`)
          : fail(
              `${label} ${channel}: answered ${seen.status}: check the id, and that the bot may view the channel`,
            );
      }),
    );
    return { token, channels: found };
  } catch (error) {
    return { token: fail(`cannot reach Discord (${messageOf(error)})`), channels: [] };
  }
}
