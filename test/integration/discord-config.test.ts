// Discord's configuration through the composition root: a bad environment variable or organisation
// field stops the start with a message naming it, and a bot token Discord refuses stops `start()`
// instead of leaving a bot that never answers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { UsageError } from '../../src/cli/command.js';
import { discordCommand } from '../../src/cli/commands/discord.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { DISCORD_IDS, discordTestEnv, type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { createTestApp, repoRoot } from '../support/test-app.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
});

/** The problems a start with this environment is refused for. */
async function problemsOf(env: Record<string, string>): Promise<readonly string[]> {
  try {
    const app = await createTestApp({ env });
    await app.close();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** Organisations whose importly file carries `chat`. */
function organisationsWithChat(chat: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-config-'));
  const text = readFileSync(join(repoRoot, 'organisations', 'importly.yaml'), 'utf8');
  writeFileSync(join(dir, 'importly.yaml'), `${text}\nchat:\n${chat}\n`);
  return dir;
}

describe('Discord configuration', () => {
  it('refuses an application id that is not a Discord id, naming the variable', async () => {
    const problems = await problemsOf({ ...discordTestEnv(fake), DISCORD_APPLICATION_ID: 'rightsdesk' });
    expect(problems).toEqual([
      expect.stringMatching(/^environment: DISCORD_APPLICATION_ID: expected a Discord id/),
    ]);
  });

  it('refuses a role list with something other than Discord ids, naming the variable', async () => {
    const problems = await problemsOf({
      ...discordTestEnv(fake),
      DISCORD_ROLE_AGENT: '1100000000000000103,@agents',
    });
    expect(problems.join('\n')).toMatch(
      /^environment: DISCORD_ROLE_AGENT\.1: expected Discord user or role ids/,
    );
  });

  it('lists every missing piece at once: the application id and any role', async () => {
    const problems = await problemsOf({ DISCORD_BOT_TOKEN: discordTestEnv(fake).DISCORD_BOT_TOKEN! });
    expect(problems).toEqual([
      'environment: DISCORD_APPLICATION_ID: required with DISCORD_BOT_TOKEN',
      'environment: DISCORD_ROLE_*: no Discord user or role holds any role, so nobody could use /rights',
    ]);
  });

  it('lists the Slack and the Discord problems together when both chats are misconfigured', async () => {
    const problems = await problemsOf({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_MODE: 'http',
      DISCORD_BOT_TOKEN: discordTestEnv(fake).DISCORD_BOT_TOKEN!,
    });
    expect(problems).toEqual([
      'environment: SLACK_SIGNING_SECRET: required in http mode',
      'environment: SLACK_ROLE_*: no Slack user or group holds any role, so nobody could use /rights',
      'environment: DISCORD_APPLICATION_ID: required with DISCORD_BOT_TOKEN',
      'environment: DISCORD_ROLE_*: no Discord user or role holds any role, so nobody could use /rights',
    ]);
  });

  it('asks for the public key in HTTP mode, and refuses a permission name Discord does not have', async () => {
    const problems = await problemsOf({
      ...discordTestEnv(fake),
      DISCORD_MODE: 'http',
      DISCORD_COMMAND_PERMISSIONS: 'ManageMessages,BeStaff',
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^environment: DISCORD_COMMAND_PERMISSIONS\.1: expected permission names: ManageMessages, /,
      ),
    ]);
    expect(await problemsOf({ ...discordTestEnv(fake), DISCORD_MODE: 'http' })).toEqual([
      'environment: DISCORD_PUBLIC_KEY: required in http mode',
    ]);
  });

  it('rightsdesk discord register overwrites /rights with the configured permission, and says where and how each command is reached', async () => {
    const state = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-register-'));
    const env = { ...cliEnv(state), ...discordTestEnv(fake), DISCORD_COMMAND_PERMISSIONS: 'ManageGuild' };
    const before = fake.requests.filter((r) => r.method === 'PUT').length;
    const { code, out } = await runCli(discordCommand, ['register'], env);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`/rights registered in server ${DISCORD_IDS.guild}`);
    expect(lines[1]).toMatch(/^subcommands: help, list, show, /);
    expect(lines[2]).toMatch(/^\/rights decide: approve, reject, /);
    const puts = fake.requests.filter((r) => r.method === 'PUT').slice(before);
    expect(puts).toHaveLength(1);
    // Manage Server is 1 << 5; no gateway connection was needed to register.
    expect(puts[0]?.body).toMatchObject([{ name: 'rights', default_member_permissions: '32' }]);
    await expect(runCli(discordCommand, ['unregister'], env)).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses a triage channel given by name, naming the file and the field', async () => {
    const dir = organisationsWithChat('  discord:\n    triageChannel: "#privacy-triage"');
    const problems = await problemsOf({ ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: dir });
    expect(problems).toEqual([
      expect.stringMatching(/importly\.yaml: chat\.discord\.triageChannel: expected a Discord channel id/),
    ]);
  });

  it('refuses a channel id written without quotes, which YAML would round, and says to quote it', async () => {
    const dir = organisationsWithChat('  discord:\n    triageChannel: 1100000000000000010');
    const problems = await problemsOf({ ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: dir });
    expect(problems).toEqual([
      expect.stringMatching(/chat\.discord\.triageChannel: expected the channel id in quotes/),
    ]);
  });

  it('refuses an unknown field under chat.discord', async () => {
    const dir = organisationsWithChat(
      '  discord:\n    triageChannel: "1100000000000000010"\n    channel: "x"',
    );
    const problems = await problemsOf({ ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: dir });
    expect(problems.join('\n')).toMatch(/importly\.yaml: chat\.discord: .*"channel"/);
  });

  it('starts no Discord without a bot token', async () => {
    const app = await createTestApp();
    try {
      expect(app.discord).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('fails the start when Discord refuses the bot token, before any gateway connection', async () => {
    const app = await createTestApp({ env: { ...discordTestEnv(fake), DISCORD_BOT_TOKEN: 'bad.bot.token' } });
    try {
      await expect(app.discord!.start()).rejects.toThrow(/token/i);
      expect(fake.connections).toBe(0);
    } finally {
      await app.discord?.stop();
      await app.close();
    }
  });

  it('registers /rights for every server (globally) when no server id is configured', async () => {
    const { DISCORD_GUILD_ID: _guild, ...env } = discordTestEnv(fake);
    const before = fake.requests.length;
    const app = await createTestApp({ env });
    try {
      const running = await app.discord!.start();
      expect(running).toMatchObject({ mode: 'gateway', commandScope: 'global' });
      const global = `/applications/${env.DISCORD_APPLICATION_ID}/commands`;
      const put = await fake.waitForRequest(
        (r) => r.method === 'PUT' && r.path === global,
        'the global command registration',
      );
      expect(JSON.stringify(put.body)).toContain('"name":"rights"');
      const since = fake.requests.slice(before);
      expect(since.filter((r) => r.method === 'PUT' && r.path.includes('/guilds/'))).toEqual([]);
    } finally {
      await app.discord?.stop();
      await app.close();
    }
  });
});
